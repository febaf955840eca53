package io.opadynamodb.rego.types;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Import;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.RefNames;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Rejects calls to deprecated built-ins ({@code any}, {@code all}, {@code re_match}, {@code
 * set_diff}, {@code cast_*}, {@code net.cidr_overlap}) in Rego v1 modules, v0 modules importing
 * {@code rego.v1}, or any module when strict (OPA's {@code CheckDeprecatedBuiltins} stage):
 * {@code rego_type_error: deprecated built-in function calls in expression: any}.
 */
public final class DeprecatedBuiltinCheck {
  private DeprecatedBuiltinCheck() {}

  /** The errors for the modules (parsed or compiled), in module order. */
  public static List<RegoError> check(List<Module> modules, BuiltinDecls decls, boolean strict) {
    List<RegoError> errors = new ArrayList<>();
    for (Module m : modules) {
      if (strict || isV1(m)) {
        for (Rule r : m.rules()) {
          for (Rule x = r; x != null; x = x.elseRule()) {
            rule(x, decls, errors);
          }
        }
      }
    }
    return errors;
  }

  /** The errors for a query. */
  public static List<RegoError> checkQuery(Body query, BuiltinDecls decls) {
    List<RegoError> errors = new ArrayList<>();
    body(query, decls, errors);
    return errors;
  }

  private static boolean isV1(Module m) {
    if (m.version() == RegoVersion.V1) {
      return true;
    }
    for (Import i : m.imports()) {
      if (RefNames.dotted(i.path()).equals("rego.v1")) {
        return true;
      }
    }
    return false;
  }

  private static void rule(Rule r, BuiltinDecls decls, List<RegoError> errors) {
    List<Term> heads = new ArrayList<>();
    if (r.head().args() != null) {
      heads.addAll(r.head().args());
    }
    if (r.head().key() != null) {
      heads.add(r.head().key());
    }
    if (r.head().value() != null) {
      heads.add(r.head().value());
    }
    for (Term t : heads) {
      term(t, decls, errors);
    }
    body(r.body(), decls, errors);
  }

  private static void body(Body b, BuiltinDecls decls, List<RegoError> errors) {
    for (Expr e : b.exprs()) {
      if (e instanceof Expr.CallExpr c) {
        report(c.name(), c.location(), decls, errors);
        c.args().forEach(t -> term(t, decls, errors));
      } else if (e instanceof Expr.TermExpr t) {
        term(t.term(), decls, errors);
      } else if (e instanceof Expr.SomeExpr s) {
        s.symbols().forEach(t -> term(t, decls, errors));
      } else if (e instanceof Expr.EveryExpr ev) {
        term(ev.domain(), decls, errors);
        body(ev.body(), decls, errors);
      }
      e.with().forEach(w -> term(w.value(), decls, errors));
    }
  }

  private static void term(Term t, BuiltinDecls decls, List<RegoError> errors) {
    if (t instanceof Call c) {
      report(c.name(), c.operator().location(), decls, errors);
      c.args().forEach(x -> term(x, decls, errors));
    } else if (t instanceof io.opadynamodb.rego.ast.Ref r) {
      r.terms().forEach(x -> term(x, decls, errors));
    } else if (t instanceof io.opadynamodb.rego.ast.ArrayTerm a) {
      a.elements().forEach(x -> term(x, decls, errors));
    } else if (t instanceof io.opadynamodb.rego.ast.SetTerm s) {
      s.elements().forEach(x -> term(x, decls, errors));
    } else if (t instanceof io.opadynamodb.rego.ast.ObjectTerm o) {
      for (io.opadynamodb.rego.ast.ObjectTerm.Entry e : o.entries()) {
        term(e.key(), decls, errors);
        term(e.value(), decls, errors);
      }
    } else if (t instanceof io.opadynamodb.rego.ast.ArrayComprehension c) {
      term(c.head(), decls, errors);
      body(c.body(), decls, errors);
    } else if (t instanceof io.opadynamodb.rego.ast.SetComprehension c) {
      term(c.head(), decls, errors);
      body(c.body(), decls, errors);
    } else if (t instanceof io.opadynamodb.rego.ast.ObjectComprehension c) {
      term(c.key(), decls, errors);
      term(c.value(), decls, errors);
      body(c.body(), decls, errors);
    }
  }

  private static void report(String name, Location loc, BuiltinDecls decls, List<RegoError> errors) {
    if (decls.isDeprecated(name)) {
      errors.add(new RegoError(TypeError.CODE, "deprecated built-in function calls in expression: " + name, loc));
    }
  }
}
