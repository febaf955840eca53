package example_test

import data.example

test_admin_is_allowed if {
	example.allow with input as {"user": "alice"}
}

test_others_are_denied if {
	not example.allow with input as {"user": "bob"}
}
