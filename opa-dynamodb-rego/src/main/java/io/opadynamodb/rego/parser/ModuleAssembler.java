package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Annotations;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Head;
import io.opadynamodb.rego.ast.Import;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.Package;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.BooleanValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns parsed statements into a {@link Module}: OPA's {@code parseModule} (rules written as plain
 * expressions, such as {@code p = 1} or {@code p[x]}, become rules), the Rego v1 checks that OPA
 * reports as parse errors, and annotation attachment.
 */
final class ModuleAssembler {
  private final String file;
  private final RegoVersion version;
  private final boolean processAnnotations;
  private final List<RegoError> errors = new ArrayList<>();
  private List<RuleDraft> drafts = List.of();

  ModuleAssembler(String file, RegoVersion version, boolean processAnnotations) {
    this.file = file;
    this.version = version;
    this.processAnnotations = processAnnotations;
  }

  /** The rules as parsed, parallel to the module's rules (for OPA's JSON form). */
  List<RuleDraft> drafts() {
    return drafts;
  }

  List<RegoError> errors() {
    return errors;
  }

  /** The module, or null when there are errors (see {@link #errors()}). */
  Module assemble(List<Object> stmts, List<Comment> comments) {
    if (stmts.isEmpty()) {
      errors.add(new RegoError(ParserBase.PARSE_ERR, "empty module", new Location(file, 0, 0, "")));
      return null;
    }
    Package pkg = null;
    if (stmts.get(0) instanceof Package p) {
      pkg = p;
    } else {
      errors.add(new RegoError(ParserBase.PARSE_ERR, "package expected", locationOf(stmts.get(0))));
    }
    boolean v1Checks = version == RegoVersion.V1;
    List<Import> imports = new ArrayList<>();
    List<RuleDraft> rules = new ArrayList<>();
    for (int i = 1; i < stmts.size(); i++) {
      Object stmt = stmts.get(i);
      if (stmt instanceof ImportDecl d) {
        imports.add(d.imp());
        Ref path = d.imp().path();
        if ("rego".equals(path.headName()) && path.size() == 2) {
          v1Checks = true;
        }
      } else if (stmt instanceof RuleDraft r) {
        rules.add(r);
      } else if (stmt instanceof Body b) {
        String[] err = new String[1];
        RuleDraft r = ruleFromBody(b, err);
        if (r == null) {
          String msg = err[0];
          String kw = missingHeadKeyword(v1Checks, b, stmts, i);
          if (kw != null) {
            msg = msg + " (hint: `import future.keywords." + kw + "` for `" + HEAD_FUTURE_KEYWORDS.get(kw)
                + "` rules)";
          }
          errors.add(new RegoError(ParserBase.PARSE_ERR, msg, b.get(0).location()));
          continue;
        }
        r.generatedBody = true;
        rules.add(r);
      } else if (stmt instanceof Package p) {
        errors.add(new RegoError(ParserBase.PARSE_ERR, "unexpected package", p.location()));
      }
    }
    if (v1Checks) {
      for (RuleDraft rule : rules) {
        for (RuleDraft r = rule; r != null; r = r.elseRule) {
          checkRegoV1(r);
        }
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    drafts = rules;
    AnnotationAttacher attacher = new AnnotationAttacher(file, pkg, imports, rules);
    List<Annotations> annotations = processAnnotations ? attacher.attach(comments, errors) : List.of();
    if (!errors.isEmpty()) {
      return null;
    }
    List<Rule> out = new ArrayList<>();
    for (RuleDraft r : rules) {
      out.add(toRule(r, attacher.annotationsFor(r)));
    }
    return new Module(file, pkg, imports, out, annotations, version);
  }

  private static Location locationOf(Object stmt) {
    if (stmt instanceof ImportDecl d) {
      return d.imp().location();
    }
    if (stmt instanceof RuleDraft r) {
      return r.location;
    }
    if (stmt instanceof Body b) {
      return b.get(0).location();
    }
    if (stmt instanceof Package p) {
      return p.location();
    }
    return Location.NONE;
  }

  // ---- rules written as expressions (OPA's ParseRuleFromBody)

  private RuleDraft ruleFromBody(Body body, String[] err) {
    if (body.size() != 1) {
      err[0] = "multiple expressions cannot be used for rule head";
      return null;
    }
    Expr expr = body.get(0);
    if (!expr.with().isEmpty()) {
      err[0] = "expressions using with keyword cannot be used for rule head";
      return null;
    }
    if (expr.negated()) {
      err[0] = "negated expressions cannot be used for rule head";
      return null;
    }
    if (expr instanceof Expr.SomeExpr) {
      err[0] = "'some' declarations cannot be used for rule head";
      return null;
    }
    if (expr instanceof Expr.TermExpr te) {
      Term t = te.term();
      if (t instanceof Ref r) {
        if (r.size() > 2) {
          return completeRuleWithDots(r, t.location(), err);
        }
        return partialSetRule(r, t.location(), err);
      }
      err[0] = Nodes.valueName(t) + " cannot be used for rule name";
      return null;
    }
    if (!(expr instanceof Expr.CallExpr ce)) {
      err[0] = "expression cannot be used for rule head";
      return null;
    }
    String op = ce.name();
    if ((op.equals("eq") || op.equals("assign")) && ce.args().size() == 2) {
      RuleDraft r = completeRuleFromEq(ce, err);
      if (r != null && op.equals("assign")) {
        r.assign = true;
      }
      if (r != null) {
        r.location = expr.location();
        r.headLocation = expr.location();
      }
      return r;
    }
    if (BuiltinNames.contains(op)) {
      err[0] = "rule name conflicts with built-in function";
      return null;
    }
    return ruleFromCall(ce, err);
  }

  private RuleDraft completeRuleFromEq(Expr.CallExpr ce, String[] err) {
    Term lhs = ce.args().get(0);
    Term rhs = ce.args().get(1);
    if (lhs instanceof Call call) {
      Ref ref = call.operator();
      if (!(ref.head() instanceof Var)) {
        err[0] = "invalid rule head: " + io.opadynamodb.rego.ast.TermPrinter.print(ref);
        return null;
      }
      RuleDraft r = refHead(ref.terms());
      r.value = rhs;
      r.args = new ArrayList<>(call.args());
      r.body = StatementParser.implicitTrueBody(rhs.location());
      return r;
    }
    if (lhs instanceof Ref ref) {
      if (!(ref.head() instanceof Var hv)) {
        err[0] = "invalid rule head: " + io.opadynamodb.rego.ast.TermPrinter.print(ref);
        return null;
      }
      RuleDraft r = refHead(ref.terms());
      r.value = rhs;
      if (ref.size() == 2) {
        r.name = hv.name();
        r.key = ref.get(1);
      }
      r.body = StatementParser.implicitTrueBody(rhs.location());
      r.generatedBody = true;
      return r;
    }
    if (lhs instanceof Var v) {
      RuleDraft r = refHead(List.of(v));
      r.name = v.name();
      r.value = rhs;
      r.body = StatementParser.implicitTrueBody(rhs.location());
      r.generatedBody = true;
      return r;
    }
    err[0] = Nodes.valueName(lhs) + " cannot be used for rule name";
    return null;
  }

  private RuleDraft completeRuleWithDots(Ref ref, Location l, String[] err) {
    if (!(ref.head() instanceof Var)) {
      err[0] = "invalid rule head: " + io.opadynamodb.rego.ast.TermPrinter.print(ref);
      return null;
    }
    RuleDraft r = refHead(ref.terms());
    r.value = new Scalar(BooleanValue.TRUE, l);
    r.generatedValue = true;
    r.headLocation = l;
    r.location = l;
    r.body = StatementParser.implicitTrueBody(l);
    return r;
  }

  private RuleDraft partialSetRule(Ref ref, Location l, String[] err) {
    if (ref.size() == 1) {
      err[0] = "refs cannot be used for rule head";
      return null;
    }
    if (!(ref.head() instanceof Var hv)) {
      err[0] = "invalid rule head: " + io.opadynamodb.rego.ast.TermPrinter.print(ref);
      return null;
    }
    RuleDraft r = refHead(List.of(ref.head()));
    r.name = hv.name();
    r.key = ref.get(1);
    r.headLocation = l;
    r.location = l;
    r.body = StatementParser.implicitTrueBody(l);
    return r;
  }

  private RuleDraft ruleFromCall(Expr.CallExpr ce, String[] err) {
    if (ce.args().isEmpty()) {
      err[0] = "rule argument list must take at least one argument";
      return null;
    }
    Ref ref = ce.operator();
    if (!(ref.head() instanceof Var)) {
      err[0] = "invalid rule head: " + io.opadynamodb.rego.ast.TermPrinter.print(ref);
      return null;
    }
    Location l = ref.location();
    RuleDraft r = refHead(ref.terms());
    r.value = new Scalar(BooleanValue.TRUE, l);
    r.args = new ArrayList<>(ce.args());
    r.headLocation = l;
    r.location = l;
    r.body = StatementParser.implicitTrueBody(l);
    return r;
  }

  private static RuleDraft refHead(List<Term> ref) {
    RuleDraft r = new RuleDraft();
    r.reference = new ArrayList<>(ref);
    if (ref.size() < 2 && ref.get(0) instanceof Var v) {
      r.name = v.name();
    }
    return r;
  }

  private static final Map<String, String> HEAD_FUTURE_KEYWORDS = Map.of("if", "p if { ... }", "contains",
      "p contains x");

  private static String missingHeadKeyword(boolean v1, Body stmt, List<Object> stmts, int idx) {
    if (v1) {
      return null;
    }
    String kw = statementHeadKeyword(stmt);
    if (kw != null) {
      return kw;
    }
    if (idx + 1 >= stmts.size()) {
      return null;
    }
    Object next = stmts.get(idx + 1);
    Location nl = locationOf(next);
    if (nl == null || nl.row() != stmt.get(0).location().row()) {
      return null;
    }
    return statementHeadKeyword(next);
  }

  private static String statementHeadKeyword(Object stmt) {
    String name = null;
    if (stmt instanceof RuleDraft r) {
      name = r.name;
    } else if (stmt instanceof Body b) {
      if (b.size() != 1 || !(b.get(0) instanceof Expr.TermExpr te) || !(te.term() instanceof Var v)) {
        return null;
      }
      name = v.name();
    }
    return name != null && HEAD_FUTURE_KEYWORDS.containsKey(name) ? name : null;
  }

  // ---- Rego v1 checks reported as parse errors (OPA's checkRegoV1Rule)

  private void checkRegoV1(RuleDraft rule) {
    String t = rule.isFunction() ? "function" : "rule";
    if (rule.reference.size() < 2 && rule.name != null
        && ParserBase.isKeywordInVersion(rule.name, RegoVersion.V1)) {
      err(rule.location, rule.name + " keyword cannot be used for rule name");
    }
    if (rule.generatedBody && rule.generatedValue) {
      err(rule.location, t + " must have value assignment and/or body declaration");
    }
    if (rule.body != null && !rule.generatedBody && !rule.keywords.contains(Token.IF) && !rule.isDefault) {
      err(rule.location, "`if` keyword is required before " + t + " body");
    }
    if (rule.isMultiValue() && !rule.keywords.contains(Token.CONTAINS)) {
      err(rule.location, "`contains` keyword is required for partial set rules");
    }
  }

  private void err(Location l, String msg) {
    errors.add(new RegoError(ParserBase.PARSE_ERR, msg, l));
  }

  // ---- conversion to the AST

  static Rule toRule(RuleDraft r, List<Annotations> annotations) {
    Ref ref = new Ref(r.reference, r.headLocation);
    Term key = r.value == null ? r.key : null;
    Head head = new Head(ref, r.args, key, r.value, r.assign, r.headLocation);
    Rule elseRule = r.elseRule == null ? null : toRule(r.elseRule, List.of());
    return new Rule(r.isDefault, head, r.body, elseRule, annotations, r.location);
  }
}
