package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.TermPrinter;
import io.opadynamodb.rego.ast.Var;
import java.util.Comparator;
import java.util.List;

/** OPA's ordering of AST terms (scalars, then vars, refs, arrays, objects, sets, comprehensions, calls). */
final class TermOrder implements Comparator<Term> {
  static final TermOrder INSTANCE = new TermOrder();

  private static int rank(Term t) {
    if (t instanceof Scalar s) {
      return switch (s.value().typeName()) {
        case "null" -> 0;
        case "boolean" -> 1;
        case "number" -> 2;
        default -> 3;
      };
    }
    if (t instanceof Var) {
      return 4;
    }
    if (t instanceof Ref) {
      return 5;
    }
    if (t instanceof ArrayTerm) {
      return 6;
    }
    if (t instanceof ObjectTerm) {
      return 7;
    }
    if (t instanceof SetTerm) {
      return 8;
    }
    if (t instanceof ArrayComprehension) {
      return 9;
    }
    if (t instanceof ObjectComprehension) {
      return 10;
    }
    if (t instanceof SetComprehension) {
      return 11;
    }
    return 12;
  }

  @Override
  public int compare(Term a, Term b) {
    int ra = rank(a);
    int rb = rank(b);
    if (ra != rb) {
      return Integer.compare(ra, rb);
    }
    if (a instanceof Scalar x && b instanceof Scalar y) {
      return x.value().compareTo(y.value());
    }
    if (a instanceof Var x && b instanceof Var y) {
      return x.name().compareTo(y.name());
    }
    if (a instanceof Ref x && b instanceof Ref y) {
      return compareLists(x.terms(), y.terms());
    }
    if (a instanceof ArrayTerm x && b instanceof ArrayTerm y) {
      return compareLists(x.elements(), y.elements());
    }
    if (a instanceof Call x && b instanceof Call y) {
      int c = compare(x.operator(), y.operator());
      return c != 0 ? c : compareLists(x.args(), y.args());
    }
    return TermPrinter.printExact(a).compareTo(TermPrinter.printExact(b));
  }

  private int compareLists(List<Term> a, List<Term> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
