# Facts about the caller shared by several policies. Its package is outside data.policies, so the router never
# evaluates it as a policy of its own.
package lib.subject

# The caller's roles: their Spring Security roles, without the ROLE_ prefix (ROLE_webdev is webdev).
roles contains role if {
	some authority in input.subject.authorities
	startswith(authority, "ROLE_")
	role := substring(authority, 5, -1)
}
