# XACML policy urn:curtiss:ba:taa:taa-1.1, from OPA's "Comparison to Other Systems", on the starter's input
# (@PolicyCheck("xacml.allow")): users from the organization Curtiss or Packard who are US or GreatBritain
# nationals and who work on DetailedDesign or Simulation are permitted access to documents about
# NavigationSystems. The user's facts are input.subject.attributes; the document is input.resource.
package policies.xacml

default allow := false

user := input.subject.attributes

# deny-overrides: the only Permit rule
allow if {
	# Check that resource has a "NavigationSystem" entry
	input.resource.NavigationSystem

	# Check that organization is one of the options
	user.organization in {"Packard", "Curtiss"}

	# Check that nationality is one of the options
	user.nationality in {"GB", "US"}

	# Check that work_effort is one of the options
	user.work_effort in {"DetailedDesign", "Simulation"}
}

decision := "Permit" if allow

else := "Deny"
