# Static separation of duty (SOD) on top of RBAC, from OPA's "Comparison to Other Systems".
#
# Some pairs of roles must never be assigned to the same user. The user-role assignments are
# data (data.json, data.user_roles); the query data.rbac.sod.sod_violation lists every violator.
package rbac.sod

user_roles := data.user_roles

# Pairs of roles that no user can be assigned to simultaneously
sod_roles := [
	["create-payment", "approve-payment"],
	["create-vendor", "pay-vendor"],
]

# Find all users violating SOD
sod_violation contains user if {
	some user

	# grab one role for a user
	role1 := user_roles[user][_]

	# grab another role for that same user
	role2 := user_roles[user][_]

	# check if those roles are forbidden by SOD
	sod_roles[_] == [role1, role2]
}

# The forbidden pairs each violator holds, for explaining a violation.
violating_pairs[user] := pairs if {
	some user in sod_violation
	pairs := {pair |
		some pair in sod_roles
		every role in pair {
			role in user_roles[user]
		}
	}
}

# Whether the user named in the input violates SOD.
violation if input.user in sod_violation
