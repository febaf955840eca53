package io.opadynamodb.rego.types;

import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.TermValues;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.List;

/** Term helpers the checker needs: constants, groundness, tree keys. */
final class Terms {
  private Terms() {}

  /** Key of a variable in a type tree (kept apart from string keys). */
  record VarKey(String name) {}

  /** The value of a constant term (scalar, or composite of constants), or null. */
  static Value constant(Term t) {
    return TermValues.constant(t);
  }

  static boolean isConstant(Term t) {
    return constant(t) != null;
  }

  /** True when the term contains no variables, refs, comprehensions or calls. */
  static boolean isGround(Term t) {
    return constant(t) != null;
  }

  /** The key under which a term is stored in a type tree, or null when it has none. */
  static Object key(Term t) {
    if (t instanceof Var v) {
      return new VarKey(v.name());
    }
    return constant(t);
  }

  /** True when every operand after the head is ground. */
  static boolean isGroundRef(Ref r) {
    for (int i = 1; i < r.size(); i++) {
      if (!isGround(r.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The prefix of the ref up to the first non-ground operand. */
  static Ref groundPrefix(Ref r) {
    for (int i = 1; i < r.size(); i++) {
      if (!isGround(r.get(i))) {
        return new Ref(r.terms().subList(0, i), r.location());
      }
    }
    return r;
  }

  /** The operands from the first non-ground one on (empty when ground). */
  static List<Term> dynamicSuffix(Ref r) {
    for (int i = 1; i < r.size(); i++) {
      if (!isGround(r.get(i))) {
        return r.terms().subList(i, r.size());
      }
    }
    return List.of();
  }

  /** True for refs rooted at {@code data} or {@code input}. */
  static boolean isRootDocument(Term head) {
    return head instanceof Var v && (v.name().equals("data") || v.name().equals("input"));
  }

  static Term string(String s, io.opadynamodb.rego.ast.Location loc) {
    return new Scalar(StringValue.of(s), loc);
  }
}
