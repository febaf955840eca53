package xacml_test

import data.xacml

user(org, nationality, work) := {"name": "u", "organization": org, "nationality": nationality, "work_effort": work}

request(u) := {"user": u, "resource": {"NavigationSystem": true}, "action": {"name": "read"}}

test_every_permitted_combination if {
	every org in ["Curtiss", "Packard"] {
		every nationality in ["US", "GB"] {
			every work in ["DetailedDesign", "Simulation"] {
				xacml.permit with input as request(user(org, nationality, work))
			}
		}
	}
}

test_other_organization_is_not_permitted if {
	not xacml.permit with input as request(user("Boeing", "US", "Simulation"))
}

test_other_nationality_is_not_permitted if {
	not xacml.permit with input as request(user("Packard", "FR", "Simulation"))
}

test_other_work_effort_is_not_permitted if {
	not xacml.permit with input as request(user("Packard", "GB", "Marketing"))
}

test_other_resource_is_not_permitted if {
	not xacml.permit with input as {"user": user("Packard", "GB", "Simulation"), "resource": {"NavigationSystem": false}}
}

test_missing_resource_is_not_permitted if {
	not xacml.permit with input as {"user": user("Packard", "GB", "Simulation"), "resource": {}}
}

test_decision_is_deny_by_default if {
	xacml.decision == "Deny"
}

test_decision_is_permit if {
	xacml.decision == "Permit" with input as request(user("Curtiss", "US", "DetailedDesign"))
}
