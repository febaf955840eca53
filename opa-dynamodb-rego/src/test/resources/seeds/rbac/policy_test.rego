package rbac.authz_test

import data.rbac.authz

# The four decisions listed in the RBAC example.
test_alice_reads_server123 if {
	authz.allow with input as {"user": "alice", "action": "read", "object": "server123"}
}

test_alice_writes_server123 if {
	authz.allow with input as {"user": "alice", "action": "write", "object": "server123"}
}

test_bob_reads_database456 if {
	authz.allow with input as {"user": "bob", "action": "read", "object": "database456"}
}

test_bob_cannot_read_server123 if {
	not authz.allow with input as {"user": "bob", "action": "read", "object": "server123"}
}

test_unknown_user_is_denied_not_undefined if {
	authz.allow == false with input as {"user": "mallory", "action": "read", "object": "server123"}
}

test_missing_input_is_denied if {
	authz.allow == false
}

test_permissions_follow_replaced_data if {
	authz.allow with input as {"user": "bob", "action": "read", "object": "server123"}
		with data.user_roles as {"bob": ["engineering"]}
}

test_alice_permissions_are_deduplicated if {
	perms := authz.user_permissions with input as {"user": "alice"}
	perms == {{"action": "read", "object": "server123"}, {"action": "write", "object": "server123"}}
}
