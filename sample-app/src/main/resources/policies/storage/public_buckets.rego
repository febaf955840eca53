# The storage team's rule, composed by the router for @PolicyCheck("storage.deny"): no public buckets.
package policies.storage.public_buckets

deny contains sprintf("storage.public_buckets: bucket %q must not be public", [input.resource.name]) if {
	input.resource.public == true
}
