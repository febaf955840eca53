package policies.aws_test

import data.policies.aws

call(principal, action, resource) := {
	"subject": {"id": principal},
	"action": {"name": action},
	"resource": {"type": "aws", "id": resource},
}

test_alice_changes_password if {
	aws.allow with input as call("alice", "iam:ChangePassword", "arn:aws:iam:::user/alice")
}

test_alice_lists_buckets if {
	aws.allow with input as call("alice", "s3:ListAllMyBuckets", "*")
}

test_alice_gets_confidential_object if {
	aws.allow with input as call("alice", "s3:GetObject", "arn:aws:s3:::confidential-data/q3.csv")
}

test_alice_lists_confidential_bucket if {
	aws.allow with input as call("alice", "s3:ListBucket", "arn:aws:s3:::confidential-data")
}

test_alice_cannot_put_confidential_object if {
	not aws.allow with input as call("alice", "s3:PutObject", "arn:aws:s3:::confidential-data/q3.csv")
}

test_alice_cannot_get_other_bucket if {
	not aws.allow with input as call("alice", "s3:GetObject", "arn:aws:s3:::public-data/x")
}

test_alice_cannot_start_instances if {
	not aws.allow with input as call("alice", "ec2:StartInstance", "arn:aws:ec2:::instance/i78999879")
}

test_policy_is_attached_to_alice_only if {
	not aws.allow with input as call("bob", "iam:ChangePassword", "*")
}

test_default_deny if {
	aws.allow == false
}
