# The network team's rule, composed by the router for @PolicyCheck("network.deny"): SSH is never open to the
# whole internet.
package policies.network.ssh

deny contains sprintf("network.ssh: port 22 must not be open to %s", [input.resource.source]) if {
	input.resource.port == 22
	input.resource.source == "0.0.0.0/0"
}
