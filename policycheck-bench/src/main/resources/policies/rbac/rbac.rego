# The sample app's RBAC policy (OPA's RBAC example on the starter's input), for @PolicyCheck("rbac.allow"):
# alice (engineering, webdev) reads server123; bob (hr) reads database456 only.
package policies.rbac

default allow := false

# The caller's Spring Security roles, without the ROLE_ prefix.
roles contains substring(a, 5, -1) if {
	some a in input.subject.authorities
	startswith(a, "ROLE_")
}

allow if {
	some r in roles
	some p in data.rbac.role_permissions[r]
	p == {"action": input.action.name, "object": input.resource.id}
}
