# XACML policy urn:curtiss:ba:taa:taa-1.1 (Business Authorization category TAA-1.1), from OPA's
# "Comparison to Other Systems": users from the organization Curtiss or Packard who are US or
# GreatBritain nationals and who work on DetailedDesign or Simulation are permitted access to
# documents about NavigationSystems.
#
# input = {
#    "user": {"name": "alice",
#            "organization": "Packard",
#            "nationality": "GB",
#            "work_effort": "DetailedDesign"},
#    "resource": {"NavigationSystem": true},
#    "action": {"name": "read"}
# }
package xacml

permit if {
	# Check that resource has a "NavigationSystem" entry
	input.resource.NavigationSystem

	# Check that organization is one of the options (underscore implements "any")
	org_options := ["Packard", "Curtiss"]
	input.user.organization == org_options[_]

	# Check that nationality is one of the options (underscore implements "any")
	nationality_options := ["GB", "US"]
	input.user.nationality == nationality_options[_]

	# Check that work_effort is one of the options (underscore implements "any")
	work_options := ["DetailedDesign", "Simulation"]
	input.user.work_effort == work_options[_]
}

# deny-overrides: the decision is Permit only when the permit rule applies.
decision := "Permit" if permit

else := "Deny"
