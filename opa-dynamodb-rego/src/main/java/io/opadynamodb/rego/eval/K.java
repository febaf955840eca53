package io.opadynamodb.rego.eval;

/** A continuation: the rest of the evaluation. Returns true to stop iterating (early exit). */
@FunctionalInterface
interface K {
  boolean run();
}
