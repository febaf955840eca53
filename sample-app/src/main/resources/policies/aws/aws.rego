# An AWS IAM customer managed policy attached to principal alice, from OPA's "Comparison to Other Systems", on
# the starter's input (@PolicyCheck("aws.allow")): the principal is input.subject.id, the API call
# input.action.name, the ARN input.resource.id. Each AWS statement becomes one allow rule:
#   FirstStatement:  Allow iam:ChangePassword on *
#   SecondStatement: Allow s3:ListAllMyBuckets on *
#   ThirdStatement:  Allow s3:List* and s3:Get* on arn:aws:s3:::confidential-data and everything under it
package policies.aws

default allow := false

# principals_match is true if the caller is the principal the policy is attached to
principals_match if input.subject.id == "alice"

# FirstStatement
allow if {
	principals_match
	input.action.name == "iam:ChangePassword"
}

# SecondStatement
allow if {
	principals_match
	input.action.name == "s3:ListAllMyBuckets"
}

# ThirdStatement: all of principals_match, actions_match and resources_match must be true
allow if {
	principals_match
	actions_match
	resources_match
}

# actions_match is true if the action matches one in the list
actions_match if {
	some action in ["s3:List.*", "s3:Get.*"]
	regex.globs_match(input.action.name, action)
}

# resources_match is true if the resource matches one in the list
resources_match if {
	some resource in ["arn:aws:s3:::confidential-data", "arn:aws:s3:::confidential-data/.*"]
	regex.globs_match(input.resource.id, resource)
}
