package policies.xacml_test

import data.policies.xacml

user(org, nationality, work) := {"organization": org, "nationality": nationality, "work_effort": work}

request(u) := {"subject": {"attributes": u}, "resource": {"NavigationSystem": true}, "action": {"name": "read"}}

test_every_permitted_combination if {
	every org in ["Curtiss", "Packard"] {
		every nationality in ["US", "GB"] {
			every work in ["DetailedDesign", "Simulation"] {
				xacml.allow with input as request(user(org, nationality, work))
			}
		}
	}
}

test_other_organization_is_not_permitted if {
	not xacml.allow with input as request(user("Boeing", "US", "Simulation"))
}

test_other_nationality_is_not_permitted if {
	not xacml.allow with input as request(user("Packard", "FR", "Simulation"))
}

test_other_work_effort_is_not_permitted if {
	not xacml.allow with input as request(user("Packard", "GB", "Marketing"))
}

test_other_resource_is_not_permitted if {
	not xacml.allow with input as {"subject": {"attributes": user("Packard", "GB", "Simulation")}, "resource": {"NavigationSystem": false}}
}

test_decision_is_deny_by_default if {
	xacml.decision == "Deny"
}

test_decision_is_permit if {
	xacml.decision == "Permit" with input as request(user("Curtiss", "US", "DetailedDesign"))
}
