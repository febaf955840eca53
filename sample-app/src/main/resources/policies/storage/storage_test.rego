package policies.storage_test

import data.policies.storage.public_buckets

test_private_bucket_is_fine if {
	count(public_buckets.deny) == 0 with input as {"resource": {"name": "reports", "public": false}}
}

test_public_bucket_is_denied if {
	public_buckets.deny == {`storage.public_buckets: bucket "reports" must not be public`}
		with input as {"resource": {"name": "reports", "public": true}}
}
