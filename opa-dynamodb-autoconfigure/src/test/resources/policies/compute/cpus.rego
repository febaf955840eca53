package policies.compute.cpus

import rego.v1

deny contains sprintf("too many cpus: %d > 8", [input.resource.cpus]) if input.resource.cpus > 8
