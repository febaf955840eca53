package policies.network_test

import data.policies.network.ssh

rule(port, source) := {"resource": {"type": "firewall-rule", "port": port, "source": source}}

test_ssh_from_the_internet_is_denied if {
	ssh.deny == {"network.ssh: port 22 must not be open to 0.0.0.0/0"} with input as rule(22, "0.0.0.0/0")
}

test_ssh_from_the_office_is_fine if {
	count(ssh.deny) == 0 with input as rule(22, "10.0.0.0/8")
}

test_https_from_the_internet_is_fine if {
	count(ssh.deny) == 0 with input as rule(443, "0.0.0.0/0")
}
