# Static separation of duty (SOD) on top of RBAC, from OPA's "Comparison to Other Systems".
#
# Some pairs of roles must never be held together. Two uses:
#   - @PolicyCheck("sod.deny") refuses a caller whose Spring Security roles include a forbidden pair;
#   - sod_violation audits the role assignments in data (sod/data.json, at data.sod.user_roles).
package policies.sod

import data.lib.subject

# Pairs of roles that no user can be assigned to simultaneously
sod_roles := [
	["create-payment", "approve-payment"],
	["create-vendor", "pay-vendor"],
]

# Find all users violating SOD
sod_violation contains user if {
	some user

	# grab one role for a user
	role1 := data.sod.user_roles[user][_]

	# grab another role for that same user
	role2 := data.sod.user_roles[user][_]

	# check if those roles are forbidden by SOD
	sod_roles[_] == [role1, role2]
}

# The caller holds both roles of a forbidden pair.
deny contains sprintf("sod: roles %s and %s must not be held together", pair) if {
	some pair in sod_roles
	every role in pair {
		role in subject.roles
	}
}
