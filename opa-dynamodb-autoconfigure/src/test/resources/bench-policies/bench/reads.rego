package policies.bench.reads

import rego.v1

# A typical small rule: the action and the resource type decide.
default allow := false

allow if {
	input.action.name == "read"
	input.resource.type == "bench"
	not input.resource.id in data.bench.blocked
}
