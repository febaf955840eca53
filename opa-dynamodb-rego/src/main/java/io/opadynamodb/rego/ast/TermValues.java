package io.opadynamodb.rego.ast;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** The values of constant terms: OPA's {@code IsConstant} terms (no vars, refs, comprehensions or calls). */
public final class TermValues {
  private TermValues() {}

  /** The value of a constant term (scalar, or composite of constants), or null. */
  public static Value constant(Term t) {
    if (t instanceof Scalar s) {
      return s.value();
    }
    if (t instanceof ArrayTerm a) {
      List<Value> out = constants(a.elements());
      return out == null ? null : ArrayValue.of(out);
    }
    if (t instanceof SetTerm s) {
      List<Value> out = constants(s.elements());
      return out == null ? null : SetValue.of(out);
    }
    if (t instanceof ObjectTerm o) {
      ObjectValue.Builder b = ObjectValue.builder();
      for (ObjectTerm.Entry e : o.entries()) {
        Value k = constant(e.key());
        Value v = constant(e.value());
        if (k == null || v == null) {
          return null;
        }
        b.put(k, v);
      }
      return b.build();
    }
    return null;
  }

  private static List<Value> constants(List<Term> terms) {
    List<Value> out = new ArrayList<>(terms.size());
    for (Term e : terms) {
      Value v = constant(e);
      if (v == null) {
        return null;
      }
      out.add(v);
    }
    return out;
  }
}
