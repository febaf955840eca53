package policies.rbac_test

import data.policies.rbac

request(roles, action, object) := {
	"subject": {"id": "someone", "authorities": [sprintf("ROLE_%s", [r]) | some r in roles]},
	"action": {"name": action},
	"resource": {"type": "server", "id": object},
}

alice := ["engineering", "webdev"]

bob := ["hr"]

# The four decisions of the RBAC example.
test_alice_reads_server123 if {
	rbac.allow with input as request(alice, "read", "server123")
}

test_alice_writes_server123 if {
	rbac.allow with input as request(alice, "write", "server123")
}

test_bob_reads_database456 if {
	rbac.allow with input as request(bob, "read", "database456")
}

test_bob_cannot_read_server123 if {
	not rbac.allow with input as request(bob, "read", "server123")
}

test_engineering_alone_cannot_write if {
	not rbac.allow with input as request(["engineering"], "write", "server123")
}

test_no_role_is_denied_not_undefined if {
	rbac.allow == false with input as request([], "read", "server123")
}

test_permissions_follow_the_data if {
	rbac.allow with input as request(bob, "read", "server123")
		with data.rbac.role_permissions as {"hr": [{"action": "read", "object": "server123"}]}
}
