package policies.compute_test

import data.policies.compute

vm(image, cpus) := {"resource": {"type": "vm", "name": "web-1", "image": image, "cpus": cpus}}

test_small_vm_from_the_registry_is_fine if {
	count(compute.cpus.deny) + count(compute.images.deny) == 0 with input as vm("registry.internal/ubuntu:24.04", 8)
}

test_more_than_8_cpus_is_denied if {
	compute.cpus.deny == {"compute.cpus: a VM may have at most 8 cpus, 16 requested"}
		with input as vm("registry.internal/ubuntu:24.04", 16)
}

test_image_from_elsewhere_is_denied if {
	compute.images.deny == {`compute.images: image "docker.io/nginx:latest" is not under registry.internal/`}
		with input as vm("docker.io/nginx:latest", 2)
}

test_registry_name_must_be_a_prefix if {
	count(compute.images.deny) == 1 with input as vm("evil.example/registry.internal/x", 2)
}

test_missing_image_is_denied if {
	count(compute.images.deny) == 1 with input as {"resource": {"cpus": 1}}
}
