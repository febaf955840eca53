package policies.compute.images

import rego.v1

deny contains sprintf("image %s is not from registry.internal/", [input.resource.image]) if {
	not startswith(input.resource.image, "registry.internal/")
}
