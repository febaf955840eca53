# An AWS IAM customer managed policy attached to principal alice, from OPA's
# "Comparison to Other Systems". Each AWS statement becomes one allow rule:
#   FirstStatement:  Allow iam:ChangePassword on *
#   SecondStatement: Allow s3:ListAllMyBuckets on *
#   ThirdStatement:  Allow s3:List* and s3:Get* on arn:aws:s3:::confidential-data and everything under it
#
# input = {
#     "principal": "alice",
#     "action": "ec2:StartInstance",
#     "resource": "arn:aws:ec2:::instance/i78999879"
# }
package aws

default allow := false

# principals_match is true if input.principal matches
principals_match if {
	input.principal == "alice"
}

# FirstStatement
allow if {
	principals_match
	input.action == "iam:ChangePassword"
}

# SecondStatement
allow if {
	principals_match
	input.action == "s3:ListAllMyBuckets"
}

# ThirdStatement
#  Use helpers to handle implicit OR in the AWS policy.
#  Below all of the 'principals_match', 'actions_match' and 'resources_match' must be true.
allow if {
	principals_match
	actions_match
	resources_match
}

# actions_match is true if input.action matches one in the list
actions_match if {
	# iterate over the actions in the list
	actions := ["s3:List.*", "s3:Get.*"]
	action := actions[_]

	# check if input.action matches an action
	regex.globs_match(input.action, action)
}

# resources_match is true if input.resource matches one in the list
resources_match if {
	# iterate over the resources in the list
	resources := ["arn:aws:s3:::confidential-data", "arn:aws:s3:::confidential-data/.*"]
	resource := resources[_]

	# check if input.resource matches a resource
	regex.globs_match(input.resource, resource)
}
