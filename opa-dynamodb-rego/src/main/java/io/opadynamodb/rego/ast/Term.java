package io.opadynamodb.rego.ast;

/**
 * A Rego term: a scalar, variable, reference, composite, comprehension or call.
 *
 * <p>Terms are immutable. Compiler stages produce rewritten copies.
 */
public sealed interface Term
    permits Scalar, Var, Ref, ArrayTerm, ObjectTerm, SetTerm, ArrayComprehension, SetComprehension,
        ObjectComprehension, Call {

  /** Where the term appears in source. */
  Location location();
}
