# The compute team's size limit, one of the packages the router composes for @PolicyCheck("compute.deny")
# (from "Dynamic Policy Composition for OPA"): every message of a deny rule under policies.compute denies.
package policies.compute.cpus

max_cpus := 8

deny contains sprintf("compute.cpus: a VM may have at most %d cpus, %d requested", [max_cpus, cpus]) if {
	cpus := input.resource.cpus
	cpus > max_cpus
}
