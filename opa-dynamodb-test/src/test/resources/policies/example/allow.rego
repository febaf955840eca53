# A policy on the test class path: the engine runs its tests whenever the module's tests run.
package example

default allow := false

allow if input.user in data.example.admins
