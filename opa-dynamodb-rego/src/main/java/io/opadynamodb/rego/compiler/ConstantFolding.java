package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Head;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces array, set and object literals made only of constants by one {@link Scalar} holding the
 * built value, after type checking. The evaluator then reads a large literal (a policy's table of
 * cases, say) as one value instead of element by element, which would nest a continuation per element.
 */
final class ConstantFolding extends AstMapper {
  private static final ConstantFolding INSTANCE = new ConstantFolding();

  private ConstantFolding() {}

  static List<Module> modules(List<Module> modules) {
    List<Module> out = new ArrayList<>(modules.size());
    for (Module m : modules) {
      List<Rule> rules = new ArrayList<>(m.rules().size());
      for (Rule r : m.rules()) {
        rules.add(rule(r));
      }
      out.add(new Module(m.file(), m.pkg(), m.imports(), rules, m.annotations(), m.version()));
    }
    return out;
  }

  static Body query(Body b) {
    return INSTANCE.body(b);
  }

  private static Rule rule(Rule r) {
    Head h = r.head();
    // the head ref stays as written: it places the rule in the rule tree
    Head head = new Head(h.ref(), h.args() == null ? null : INSTANCE.terms(h.args()),
        h.key() == null ? null : INSTANCE.term(h.key()), h.value() == null ? null : INSTANCE.term(h.value()),
        h.assign(), h.location());
    Rule elseRule = r.elseRule() == null ? null : rule(r.elseRule());
    return new Rule(r.isDefault(), head, INSTANCE.body(r.body()), elseRule, r.annotations(), r.location());
  }

  @Override
  protected Term term(Term t) {
    if (t instanceof Call c && c.name().equals("internal.template_string")) {
      return t; // its parts array has a meaning of its own (a one-element set is "every value of")
    }
    Term mapped = super.term(t);
    Value v = constant(mapped);
    return v == null ? mapped : new Scalar(v, mapped.location());
  }

  /** The value of a composite literal whose elements are all constants, or null. */
  private static Value constant(Term t) {
    if (t instanceof ArrayTerm a) {
      Value[] out = values(a.elements());
      return out == null ? null : ArrayValue.wrap(out);
    }
    if (t instanceof SetTerm st) {
      Value[] out = values(st.elements());
      return out == null ? null : SetValue.of(out);
    }
    if (t instanceof ObjectTerm o) {
      ObjectValue.Builder b = ObjectValue.builder();
      for (ObjectTerm.Entry e : o.entries()) {
        if (!(e.key() instanceof Scalar k) || !(e.value() instanceof Scalar v)) {
          return null;
        }
        b.put(k.value(), v.value());
      }
      ObjectValue built = b.build();
      // a repeated key keeps its runtime conflict check
      return built.size() == o.entries().size() ? built : null;
    }
    return null;
  }

  private static Value[] values(List<Term> terms) {
    Value[] out = new Value[terms.size()];
    for (int i = 0; i < out.length; i++) {
      if (!(terms.get(i) instanceof Scalar s)) {
        return null;
      }
      out[i] = s.value();
    }
    return out;
  }
}
