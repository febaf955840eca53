package rbac.sod_test

import data.rbac.sod

test_violators_are_listed if {
	sod.sod_violation == {"carol", "dave"}
}

test_role_order_does_not_matter if {
	sod.sod_violation == {"x"} with data.user_roles as {"x": ["approve-payment", "create-payment"], "y": ["hr"]}
}

test_no_violations_without_conflicting_roles if {
	count(sod.sod_violation) == 0 with data.user_roles as {"a": ["create-payment", "pay-vendor"]}
}

test_violating_pairs_explain_the_violation if {
	sod.violating_pairs == {
		"carol": {["create-payment", "approve-payment"]},
		"dave": {["create-vendor", "pay-vendor"]},
	}
}

test_input_user_violation if {
	sod.violation with input as {"user": "carol"}
}

test_input_user_without_violation if {
	not sod.violation with input as {"user": "erin"}
}
