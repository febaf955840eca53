package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.value.Value;

/** A continuation receiving one value of a term. Returns true to stop iterating. */
@FunctionalInterface
interface VK {
  boolean accept(Value v);
}
