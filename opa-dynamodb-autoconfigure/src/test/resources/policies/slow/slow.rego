package policies.slow

import rego.v1

# Millions of iterations: with a short opa.evaluation-timeout this is cancelled.
deny contains "too many" if {
	count([x | some i in numbers.range(1, 4000); some j in numbers.range(1, 4000); x := i * j]) > 1
}
