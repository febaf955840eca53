package lib.subject_test

import data.lib.subject

test_roles_drop_the_role_prefix if {
	subject.roles == {"engineering", "webdev"} with input as {"subject": {"authorities": ["ROLE_engineering", "ROLE_webdev"]}}
}

test_authorities_that_are_not_roles_are_ignored if {
	subject.roles == {"hr"} with input as {"subject": {"authorities": ["SCOPE_read", "ROLE_hr"]}}
}

test_an_anonymous_caller_has_no_roles if {
	count(subject.roles) == 0 with input as {"subject": {"authorities": []}}
}
