# Role-based access control (RBAC), from OPA's "Comparison to Other Systems".
#
# Policy decisions are made using the following input:
#   input = {"user": "bob", "action": "read", "object": "server123"}
#
# The user-role and role-permission assignments are data (data.json):
#   data.user_roles:       user -> list of roles
#   data.role_permissions: role -> list of {"action", "object"} permissions
package rbac.authz

# user-role assignments
user_roles := data.user_roles

# role-permissions assignments
role_permissions := data.role_permissions

# logic that implements RBAC.
default allow := false

allow if {
	# lookup the list of roles for the user
	roles := user_roles[input.user]

	# for each role in that list
	r := roles[_]

	# lookup the permissions list for role r
	permissions := role_permissions[r]

	# for each permission
	p := permissions[_]

	# check if the permission granted to r matches the user's request
	p == {"action": input.action, "object": input.object}
}

# every permission the user holds, through any of their roles
user_permissions contains p if {
	some r in user_roles[input.user]
	some p in role_permissions[r]
}
