# Role-based access control (RBAC), from OPA's "Comparison to Other Systems", on the starter's input document.
#
# Checked by @PolicyCheck("rbac.allow"). The caller's roles are their Spring Security roles (data.lib.subject);
# which role may do what is data (rbac/data.json, at data.rbac.role_permissions):
#   alice (engineering, webdev) reads and writes server123; bob (hr) reads database456 only.
#
# input = {"subject": {"id": "bob", "authorities": ["ROLE_hr"], ...},
#          "action": {"name": "read", ...}, "resource": {"type": "server", "id": "server123"}}
package policies.rbac

import data.lib.subject

default allow := false

allow if {
	# for each role of the caller
	some r in subject.roles

	# and each permission of that role
	some p in data.rbac.role_permissions[r]

	# check if the permission granted to r matches the request
	p == {"action": input.action.name, "object": input.resource.id}
}
