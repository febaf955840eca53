package aws_test

import data.aws

test_alice_changes_password if {
	aws.allow with input as {"principal": "alice", "action": "iam:ChangePassword", "resource": "arn:aws:iam:::user/alice"}
}

test_alice_lists_buckets if {
	aws.allow with input as {"principal": "alice", "action": "s3:ListAllMyBuckets", "resource": "*"}
}

test_alice_gets_confidential_object if {
	aws.allow with input as {"principal": "alice", "action": "s3:GetObject", "resource": "arn:aws:s3:::confidential-data/q3.csv"}
}

test_alice_lists_confidential_bucket if {
	aws.allow with input as {"principal": "alice", "action": "s3:ListBucket", "resource": "arn:aws:s3:::confidential-data"}
}

test_alice_cannot_put_confidential_object if {
	not aws.allow with input as {"principal": "alice", "action": "s3:PutObject", "resource": "arn:aws:s3:::confidential-data/q3.csv"}
}

test_alice_cannot_get_other_bucket if {
	not aws.allow with input as {"principal": "alice", "action": "s3:GetObject", "resource": "arn:aws:s3:::public-data/x"}
}

test_alice_cannot_start_instances if {
	not aws.allow with input as {"principal": "alice", "action": "ec2:StartInstance", "resource": "arn:aws:ec2:::instance/i78999879"}
}

test_policy_is_attached_to_alice_only if {
	not aws.allow with input as {"principal": "bob", "action": "iam:ChangePassword", "resource": "*"}
}

test_default_deny if {
	aws.allow == false
}
