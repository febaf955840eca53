# The compute team's image rule: VMs boot images from the internal registry only.
package policies.compute.images

registry := "registry.internal/"

deny contains sprintf("compute.images: image %q is not under %s", [image, registry]) if {
	image := object.get(input.resource, "image", "")
	not startswith(image, registry)
}
