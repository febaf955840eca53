package policies.sod_test

import data.policies.sod

caller(roles) := {"subject": {"authorities": [sprintf("ROLE_%s", [r]) | some r in roles]}}

test_violators_in_the_data_are_listed if {
	sod.sod_violation == {"carol", "dave"}
}

test_role_order_does_not_matter if {
	sod.sod_violation == {"x"} with data.sod.user_roles as {"x": ["approve-payment", "create-payment"], "y": ["hr"]}
}

test_no_violations_without_conflicting_roles if {
	count(sod.sod_violation) == 0 with data.sod.user_roles as {"a": ["create-payment", "pay-vendor"]}
}

test_caller_with_a_forbidden_pair_is_denied if {
	sod.deny == {"sod: roles create-vendor and pay-vendor must not be held together"}
		with input as caller(["hr", "pay-vendor", "create-vendor"])
}

test_caller_with_compatible_roles_is_fine if {
	count(sod.deny) == 0 with input as caller(["create-payment", "pay-vendor"])
}
