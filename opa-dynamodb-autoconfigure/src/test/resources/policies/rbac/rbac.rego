package policies.rbac

import rego.v1

default allow := false

allow if {
	some role in data.rbac.user_roles[input.subject.id]
	some grant in data.rbac.role_grants[role]
	grant.action == input.action.name
	grant.type == input.resource.type
}

# An evaluation error on demand: two values for one complete rule is a conflict at run time.
allow if input.resource.id == "conflict"

allow := false if input.resource.id == "conflict"
