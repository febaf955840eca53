package io.opadynamodb.rego.types;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import java.util.function.Consumer;

/** Finds the variables of a term (not descending into comprehensions). */
final class TermWalker {
  private TermWalker() {}

  static void vars(Term t, Consumer<Var> f) {
    if (t instanceof Var v) {
      f.accept(v);
    } else if (t instanceof Ref r) {
      for (Term x : r.terms()) {
        vars(x, f);
      }
    } else if (t instanceof ArrayTerm a) {
      for (Term x : a.elements()) {
        vars(x, f);
      }
    } else if (t instanceof SetTerm s) {
      for (Term x : s.elements()) {
        vars(x, f);
      }
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry x : o.entries()) {
        vars(x.key(), f);
        vars(x.value(), f);
      }
    } else if (t instanceof Call c) {
      for (Term x : c.args()) {
        vars(x, f);
      }
    } else if (t instanceof ArrayComprehension || t instanceof SetComprehension
        || t instanceof ObjectComprehension) {
      return;
    }
  }
}
