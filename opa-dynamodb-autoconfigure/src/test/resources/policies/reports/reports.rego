package policies.reports

import rego.v1

default allow := false

allow if {
	input.subject.id == "alice"
	input.resource.id != "secret"
}
