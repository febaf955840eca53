package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Import;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Package;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RefNames;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.StringValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Statements: package, imports, rules (with else chains and v0 multi-body rules) and queries, the
 * statement half of OPA's {@code ast/parser.go}. Produces a list of statements: {@link Package},
 * {@link ImportDecl}, {@link RuleDraft} and {@link Body}.
 */
final class StatementParser extends ExprParser {
  private final boolean skipRules;
  /** Future keywords this module may import. */
  private final Map<String, Token> allowedFutureKeywords = ALL_FUTURE_KEYWORDS;

  StatementParser(String file, RegoVersion version, boolean skipRules) {
    super(file, version);
    this.skipRules = skipRules;
  }

  /** Parses every statement; errors are left in the state. */
  List<Object> parse(String source) {
    Map<String, Token> kws = new java.util.HashMap<>(Token.BASE_KEYWORDS);
    if (version == RegoVersion.V1) {
      kws.putAll(Token.FUTURE_KEYWORDS_V0);
    }
    s.s = new Scanner(source, kws);
    scan();
    List<Object> stmts = new ArrayList<>();
    while (s.tok != Token.EOF) {
      ParserState st;
      if (!skipRules && errKeywordRuleName(false)) {
        break;
      }
      if (s.tok == Token.PACKAGE) {
        st = save();
        Package pkg = parsePackage();
        if (pkg != null) {
          if (s.tok == Token.SUB) {
            illegalToken();
            break;
          }
          stmts.add(pkg);
          continue;
        } else if (hasErrors()) {
          break;
        }
        restore(st);
      }
      if (s.tok == Token.IMPORT) {
        st = save();
        ImportDecl imp = parseImport();
        if (imp != null) {
          if (s.tok == Token.SUB) {
            illegalToken();
            break;
          }
          String root = imp.imp().path().headName();
          if ("rego".equals(root)) {
            regoImport(imp);
            reclassifyKeyword();
          } else if ("future".equals(root)) {
            futureImport(imp);
            reclassifyKeyword();
          }
          stmts.add(imp);
          continue;
        } else if (hasErrors()) {
          break;
        }
        restore(st);
      }
      if (!skipRules) {
        st = save();
        List<RuleDraft> rules = parseRules();
        if (rules != null) {
          stmts.addAll(rules);
          continue;
        } else if (hasErrors()) {
          break;
        }
        restore(st);
      }
      Body body = parseQuery(true, Token.EOF);
      if (body != null) {
        stmts.add(body);
        continue;
      }
      break;
    }
    return stmts;
  }

  List<Comment> comments() {
    return s.comments.toList();
  }

  // ---- package and imports

  /**
   * After {@code package} or {@code import}: moves to the path, which must follow after white
   * space (no {@code .} or {@code [} straight after the keyword) and start with a name.
   */
  private boolean scanToPath() {
    scanWS();
    if (s.tok == Token.DOT || s.tok == Token.LBRACK) {
      return false;
    }
    if (s.tok == Token.WHITESPACE) {
      scan();
    }
    if (!isIdentOrAllowedRefKeyword()) {
      illegalToken();
      return false;
    }
    return true;
  }

  private Package parsePackage() {
    Location l = loc();
    if (!scanToPath()) {
      return null;
    }
    Term term = parseTerm();
    Ref path = null;
    if (term != null) {
      if (term instanceof Var v) {
        path = new Ref(List.of(new Var("data", v.location()), Nodes.string(v.name(), v.location())),
            v.location());
      } else if (term instanceof Ref r) {
        List<Term> p = new ArrayList<>();
        Term first = r.get(0);
        p.add(new Var("data", first.location()));
        if (!(first instanceof Var fv)) {
          errorf(first.location(), "unexpected %s token: expecting var", Nodes.valueName(first));
          return null;
        }
        p.add(Nodes.string(fv.name(), first.location()));
        for (int i = 1; i < r.size(); i++) {
          Term t = r.get(i);
          if (!(t instanceof Scalar sc && sc.value() instanceof StringValue)) {
            errorf(t.location(), "unexpected %s token: expecting string", Nodes.valueName(t));
            return null;
          }
          p.add(t);
        }
        path = new Ref(p, r.location());
      } else {
        illegalToken();
        return null;
      }
    }
    if (path == null) {
      if (!hasErrors()) {
        error(loc(), "expected path");
      }
      return null;
    }
    return new Package(path, l);
  }

  private ImportDecl parseImport() {
    Location l = loc();
    if (!scanToPath()) {
      return null;
    }
    Map<String, Token> prev = s.s.keywords();
    ExprParser q = fork(s.s.withoutKeywords(ALL_FUTURE_KEYWORDS));
    q.s.tok = s.tok;
    Term term = q.parseTerm();
    Ref path = null;
    if (term instanceof Var v) {
      path = new Ref(List.of(term), v.location());
    } else if (term instanceof Ref r) {
      for (int i = 1; i < r.size(); i++) {
        Term t = r.get(i);
        if (!(t instanceof Scalar sc && sc.value() instanceof StringValue)) {
          s = q.s;
          errorf(t.location(), "unexpected %s token: expecting string", Nodes.valueName(t));
          return null;
        }
      }
      path = r;
    }
    s = q.s;
    s.s = q.s.s.withKeywords(prev);
    if (path == null) {
      error(loc(), "expected path");
      return null;
    }
    String root = path.headName();
    if (!"data".equals(root) && !"input".equals(root) && !"future".equals(root) && !"rego".equals(root)) {
      hint("if this is unexpected, try updating OPA");
      errorf(path.location(), "unexpected import path, must begin with one of: %s, got: %s",
          "{data, future, input, rego}", io.opadynamodb.rego.ast.TermPrinter.print(path.get(0)));
      return null;
    }
    if (s.tok == Token.AS) {
      scan();
      if (s.tok != Token.IDENT) {
        illegal("expected var");
        return null;
      }
      Term alias = parseTerm();
      if (alias instanceof Var av) {
        return new ImportDecl(new Import(path, av.name(), l), av.location());
      }
      if (alias instanceof Ref ar && ar.size() == 1 && ar.head() instanceof Var rv && rv.isRoot()) {
        errorf(alias.location(), "unexpected import alias, must not be a reserved name, got: %s", rv.name());
        return null;
      }
      illegal("expected var");
      return null;
    }
    if (path.size() == 1) {
      String name = path.headName();
      if (isKeywordInVersion(name, version)) {
        hint("import a different path or use an alias");
        errorf(path.get(0).location(), "unexpected import path, must not end with a keyword, got: %s", name);
      }
    } else if (!"future".equals(root)) {
      Term t = path.get(path.size() - 1);
      String name = ((StringValue) ((Scalar) t).value()).value();
      if (isKeywordInVersion(name, version)) {
        hint("import a different path or use an alias");
        errorf(t.location(), "unexpected import path, must not end with a keyword, got: %s", name);
      }
    }
    return new ImportDecl(new Import(path, null, l), null);
  }

  private void futureImport(ImportDecl decl) {
    Ref path = decl.imp().path();
    if (path.size() == 1 || !isString(path.get(1), "keywords")) {
      errorf(path.location(), "invalid import, must be `future.keywords`");
      return;
    }
    if (decl.imp().alias() != null) {
      errorf(decl.aliasLocation(), "`future` imports cannot be aliased");
      return;
    }
    Set<String> kwds = new TreeSet<>(allowedFutureKeywords.keySet());
    if (path.size() == 3) {
      if (!(path.get(2) instanceof Scalar sc && sc.value() instanceof StringValue sv)) {
        errorf(path.location(), "invalid import, must be `future.keywords.x`, e.g. `import future.keywords.in`");
        return;
      }
      if (!allowedFutureKeywords.containsKey(sv.value())) {
        errorf(path.location(), "unexpected keyword, must be one of [%s]", String.join(" ", kwds));
        return;
      }
      kwds = Set.of(sv.value());
    }
    for (String kw : kwds) {
      if (kw.equals("not")) {
        notBodies = true;
      }
      s.s.addKeyword(kw, allowedFutureKeywords.get(kw));
    }
  }

  private void regoImport(ImportDecl decl) {
    Ref path = decl.imp().path();
    boolean v1 = path.size() == 2 && isString(path.get(1), "v1");
    boolean v2 = path.size() == 2 && isString(path.get(1), "v2");
    if (!v1 && !v2) {
      errorf(path.location(), "invalid import `%s`, must be one of: `rego.v1`, `rego.v2`", RefNames.dotted(path));
      return;
    }
    if (decl.imp().alias() != null) {
      errorf(decl.aliasLocation(), "`rego` imports cannot be aliased");
      return;
    }
    if (v1) {
      if (version == RegoVersion.V1) {
        return;
      }
      addKeywords(Token.FUTURE_KEYWORDS_V0);
    } else {
      addKeywords(Token.FUTURE_KEYWORDS_V0);
      addKeywords(Token.FUTURE_KEYWORDS_V1);
      notBodies = true;
    }
  }

  private void addKeywords(Map<String, Token> kws) {
    for (Map.Entry<String, Token> e : kws.entrySet()) {
      s.s.addKeyword(e.getKey(), e.getValue());
    }
  }

  private static boolean isString(Term t, String value) {
    return t instanceof Scalar sc && sc.value() instanceof StringValue sv && sv.value().equals(value);
  }

  /** Re-tags the lookahead token after an import that registered new keywords. */
  private void reclassifyKeyword() {
    if (s.tok != Token.IDENT) {
      return;
    }
    Token t = ALL_FUTURE_KEYWORDS.get(s.lit);
    if (t != null && s.s.isKeyword(s.lit)) {
      s.tok = t;
    }
  }

  private static final List<Token> RULE_NAME_FOLLOWERS =
      List.of(Token.ASSIGN, Token.UNIFY, Token.IF, Token.CONTAINS, Token.LPAREN);
  private static final List<Token> OPERATOR_RULE_NAME_FOLLOWERS =
      List.of(Token.ASSIGN, Token.UNIFY, Token.IF, Token.CONTAINS);
  private static final List<Token> PATH_RULE_NAME_FOLLOWERS = List.of(Token.ASSIGN, Token.UNIFY, Token.LPAREN);

  private static List<Token> keywordRuleNameFollowers(Token t) {
    switch (t) {
      case EVERY, IF, IN, SOME, AS:
        return RULE_NAME_FOLLOWERS;
      case PACKAGE, IMPORT:
        return PATH_RULE_NAME_FOLLOWERS;
      case NOT, LOGICAL_AND, LOGICAL_OR:
        return OPERATOR_RULE_NAME_FOLLOWERS;
      case CONTAINS:
        return List.of(Token.IF, Token.CONTAINS);
      default:
        return null;
    }
  }

  /** Reports a keyword used as a rule name ({@code every := 1}). */
  private boolean errKeywordRuleName(boolean isDefault) {
    List<Token> followers = keywordRuleNameFollowers(s.tok);
    if (followers == null) {
      return false;
    }
    Token keyword = s.tok;
    Location l = loc();
    if (!isDefault) {
      ParserState st = save();
      scan();
      Token next = s.tok;
      restore(st);
      if (!followers.contains(next)) {
        return false;
      }
    }
    errorf(l, "%s keyword cannot be used for rule name", keyword);
    return true;
  }

  // ---- rules

  private List<RuleDraft> parseRules() {
    RuleDraft rule = new RuleDraft();
    Pos start = pos();
    Location startLoc = loc();
    rule.offset = start.offset();
    scanAheadRef();
    if (s.tok == Token.DEFAULT) {
      scan();
      rule.isDefault = true;
      scanAheadRef();
    }
    if (s.tok != Token.IDENT) {
      if (rule.isDefault) {
        errKeywordRuleName(true);
      }
      return null;
    }
    Boolean usesContains = parseHead(rule, rule.isDefault);
    if (usesContains == null) {
      return null;
    }
    if (usesContains) {
      rule.keywords.add(Token.CONTAINS);
    }
    if (rule.isDefault) {
      // OPA never extends a default rule's location past its first token
      rule.location = startLoc;
      if (!validateDefaultRuleValue(rule)) {
        return null;
      }
      if (rule.args != null && !rule.args.isEmpty() && !validateDefaultRuleArgs(rule)) {
        return null;
      }
      rule.body = implicitTrueBody(rule.location);
      rule.generatedBody = true;
      return List.of(rule);
    }
    boolean hasIf = s.tok == Token.IF;
    if (hasIf && !usesContains && rule.reference.size() == 2) {
      Term v = rule.reference.get(1);
      if ((!Nodes.isGround(v) || v instanceof Ref) && (rule.args == null || rule.args.isEmpty())) {
        rule.key = v;
      }
      if (rule.value == null) {
        rule.generatedValue = true;
        rule.valueLocationless = false;
        rule.value = new Scalar(BooleanValue.TRUE, rule.headLocation);
      } else {
        if (!(rule.reference.get(0) instanceof Var nv)) {
          return null;
        }
        rule.name = nv.name();
      }
    }
    if (!hasIf && !usesContains && (rule.args == null || rule.args.isEmpty()) && rule.reference.size() == 2) {
      if (!(rule.reference.get(0) instanceof Var nv)) {
        return null;
      }
      rule.name = nv.name();
      rule.key = rule.reference.get(1);
      if (rule.value == null) {
        rule.reference = new ArrayList<>(rule.reference.subList(0, 1));
      }
    }
    boolean braceBody = false;
    if (hasIf) {
      rule.keywords.add(Token.IF);
      scan();
      ParserState st = save();
      boolean leadingBrace = s.tok == Token.LBRACE;
      Expr expr = parseLiteral();
      boolean done = false;
      if (expr != null) {
        boolean isSetLiteral = leadingBrace && expr instanceof Expr.TermExpr te
            && te.term() instanceof io.opadynamodb.rego.ast.SetTerm;
        if (!isSetLiteral) {
          rule.body = new Body(List.of(expr), expr.location());
          done = true;
        }
      }
      if (!done) {
        if (!leadingBrace) {
          return null;
        }
        restore(st);
        braceBody = true;
      }
    } else if (s.tok == Token.LBRACE) {
      braceBody = true;
    } else if (usesContains) {
      rule.body = implicitTrueBody(startLoc);
      rule.generatedBody = true;
      rule.location = rule.headLocation;
      return List.of(rule);
    } else {
      return null;
    }
    if (braceBody) {
      scan();
      rule.body = parseBody(Token.RBRACE);
      if (rule.body == null) {
        return null;
      }
      scan();
    }
    if (s.tok == Token.ELSE) {
      if (!scanAheadRef()) {
        if (rule.reference.size() > 1 && !refIsGround(rule.reference)) {
          error(loc(), "else keyword cannot be used on rules with variables in head");
          return null;
        }
        if (rule.key != null) {
          error(loc(), "else keyword cannot be used on multi-value rules");
          return null;
        }
        rule.elseRule = parseElse(rule);
        if (rule.elseRule == null) {
          return null;
        }
      }
    }
    rule.location = loc(start, s.lastEnd);
    List<RuleDraft> rules = new ArrayList<>();
    rules.add(rule);
    while (s.tok == Token.LBRACE) {
      if (rule.elseRule != null) {
        error(loc(), "expected else keyword");
        return null;
      }
      Pos bodyStart = pos();
      scan();
      RuleDraft next = rule.copyHead();
      next.body = parseBody(Token.RBRACE);
      if (next.body == null) {
        return null;
      }
      scan();
      Location l = loc(bodyStart, s.lastEnd);
      next.location = l;
      next.offset = bodyStart.offset();
      next.keywords.addAll(rule.keywords);
      if (next.args != null) {
        for (int i = 0; i < next.args.size(); i++) {
          if (next.args.get(i) instanceof Var v && v.isWildcard()) {
            next.args.set(i, new Var(genWildcard(), v.location()));
          }
        }
      }
      relocateHead(next, l);
      rules.add(next);
    }
    return rules;
  }

  private static boolean refIsGround(List<Term> ref) {
    for (int i = 1; i < ref.size(); i++) {
      if (!Nodes.isGround(ref.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Chained rule heads keep the original head but take the location of their body. */
  private static void relocateHead(RuleDraft r, Location l) {
    r.reference = new ArrayList<>(Nodes.relocateAll(r.reference, l));
    if (r.args != null) {
      r.args = new ArrayList<>(Nodes.relocateAll(r.args, l));
    }
    r.key = r.key == null ? null : Nodes.relocate(r.key, l);
    r.value = r.value == null ? null : Nodes.relocate(r.value, l);
    r.headLocation = l;
  }

  private RuleDraft parseElse(RuleDraft head) {
    RuleDraft rule = head.copyHead();
    Pos start = pos();
    rule.offset = start.offset();
    rule.generatedValue = false;
    if (rule.args != null) {
      for (int i = 0; i < rule.args.size(); i++) {
        if (rule.args.get(i) instanceof Var v && v.isWildcard()) {
          rule.args.set(i, new Var(genWildcard(), v.location()));
        }
      }
    }
    rule.headLocation = loc();
    RuleDraft r = parseElseInner(rule, head, start);
    if (r != null) {
      r.location = loc(start, s.lastEnd);
    }
    return r;
  }

  private RuleDraft parseElseInner(RuleDraft rule, RuleDraft head, Pos start) {
    scan();
    switch (s.tok) {
      case LBRACE, IF -> {
        rule.generatedValue = true;
        rule.valueLocationless = true;
        rule.value = new Scalar(BooleanValue.TRUE, rule.headLocation);
      }
      case ASSIGN, UNIFY -> {
        rule.valueLocationless = false;
        rule.assign = s.tok == Token.ASSIGN;
        scan();
        rule.value = parseTermInfixCall();
        if (rule.value == null) {
          return null;
        }
        rule.headLocation = loc(start, s.lastEnd);
      }
      default -> {
        illegal("expected else value term or rule body");
        return null;
      }
    }
    boolean hasIf = s.tok == Token.IF;
    boolean hasLBrace = s.tok == Token.LBRACE;
    if (!hasIf && !hasLBrace) {
      rule.body = implicitTrueBody(loc(start, s.lastEnd));
      rule.generatedBody = true;
      return rule;
    }
    if (hasIf) {
      rule.keywords.add(Token.IF);
      scan();
    }
    if (s.tok == Token.LBRACE) {
      scan();
      rule.body = parseBody(Token.RBRACE);
      if (rule.body == null) {
        return null;
      }
      scan();
    } else if (s.tok != Token.EOF) {
      Expr expr = parseLiteral();
      if (expr == null) {
        return null;
      }
      rule.body = new Body(List.of(expr), expr.location());
    } else {
      illegal("rule body expected");
      return null;
    }
    if (s.tok == Token.ELSE) {
      rule.elseRule = parseElse(head);
      if (rule.elseRule == null) {
        return null;
      }
    }
    return rule;
  }

  /** Parses a rule head into {@code rule}; returns whether {@code contains} was used, or null on failure. */
  private Boolean parseHead(RuleDraft rule, boolean defaultRule) {
    Pos start = pos();
    Boolean r = parseHeadInner(rule, defaultRule, start);
    if (r != null) {
      rule.headLocation = loc(start, s.lastEnd);
    }
    return r;
  }

  private Boolean parseHeadInner(RuleDraft head, boolean defaultRule, Pos start) {
    Term term = parseVar();
    Term ref = parseHeadFinish(term);
    if (ref == null) {
      illegal("expected rule head name");
      return null;
    }
    if (ref instanceof Var v) {
      head.name = v.name();
      head.reference = new ArrayList<>(List.of(v));
    } else if (ref instanceof Ref r) {
      head.reference = new ArrayList<>(r.terms());
      if (r.size() < 2 && r.head() instanceof Var hv) {
        head.name = hv.name();
      }
    } else if (ref instanceof Call c) {
      Ref op = c.operator();
      if (!(op.head() instanceof Var)) {
        illegal("rule head ref %s invalid", RefNames.dotted(op));
        return null;
      }
      head.reference = new ArrayList<>(op.terms());
      if (op.size() < 2) {
        head.name = op.headName();
      }
      head.args = new ArrayList<>(c.args());
    } else {
      return null;
    }
    String name = RefNames.dotted(new Ref(head.reference, null));
    switch (s.tok) {
      case CONTAINS -> {
        if (head.args != null) {
          illegal("the contains keyword can only be used with multi-value rule definitions (e.g., %s contains "
              + "<VALUE> { ... })", name);
        }
        scan();
        head.key = parseTermInfixCall();
        if (head.key == null) {
          illegal("expected rule key term (e.g., %s contains <VALUE> { ... })", name);
        }
        return true;
      }
      case UNIFY -> {
        scan();
        head.value = parseTermInfixCall();
        if (head.value == null) {
          illegal("expected rule value term (e.g., %s[%s] = <VALUE> { ... })", name,
              head.key == null ? "<nil>" : io.opadynamodb.rego.ast.TermPrinter.print(head.key));
        }
      }
      case ASSIGN -> {
        scan();
        head.assign = true;
        head.value = parseTermInfixCall();
        if (head.value == null) {
          if (head.args != null && !head.args.isEmpty()) {
            illegal("expected function value term (e.g., %s(...) := <VALUE> { ... })", name);
          } else if (head.key != null) {
            illegal("expected partial rule value term (e.g., %s[...] := <VALUE> { ... })", name);
          } else if (defaultRule) {
            illegal("expected default rule value term (e.g., default %s := <VALUE>)", name);
          } else {
            illegal("expected rule value term (e.g., %s := <VALUE> { ... })", name);
          }
        }
      }
      default -> {
        // no value
      }
    }
    if (head.value == null && head.key == null) {
      if (head.reference.size() != 2 || (head.args != null && !head.args.isEmpty())) {
        head.generatedValue = true;
        head.valueLocationless = true;
        head.value = new Scalar(BooleanValue.TRUE, locNoText(start));
      }
    }
    return false;
  }

  private Term parseHeadFinish(Term head) {
    int offset = s.offset;
    scanWS();
    switch (s.tok) {
      case ADD, SUB, MUL, QUO, REM, AND, OR, EQUAL, NEQ, GT, GTE, LT, LTE -> illegalToken();
      case WHITESPACE -> doScan(true, null);
      default -> {
        // nothing
      }
    }
    switch (s.tok) {
      case LPAREN, DOT, LBRACK:
        return parseRef(head, offset);
      case WHITESPACE:
        scan();
        break;
      default:
        break;
    }
    return rootRef(head);
  }

  private boolean validateDefaultRuleValue(RuleDraft rule) {
    if (rule.value == null) {
      error(rule.location, "illegal default rule (must have a value)");
      return false;
    }
    String bad = firstDisallowedInDefault(rule.value);
    if (bad != null) {
      error(rule.location, "illegal default rule (value cannot contain " + bad + ")");
      return false;
    }
    return true;
  }

  /** OPA's TypeName of the first ref, var or call outside closures, or null. */
  private static String firstDisallowedInDefault(Term t) {
    if (t instanceof Ref) {
      return "ref";
    }
    if (t instanceof Var) {
      return "var";
    }
    if (t instanceof Call) {
      return "call";
    }
    List<Term> kids = new ArrayList<>();
    if (t instanceof io.opadynamodb.rego.ast.ArrayTerm a) {
      kids.addAll(a.elements());
    } else if (t instanceof io.opadynamodb.rego.ast.SetTerm st) {
      kids.addAll(st.elements());
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        kids.add(e.key());
        kids.add(e.value());
      }
    }
    for (Term k : kids) {
      String b = firstDisallowedInDefault(k);
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  private boolean validateDefaultRuleArgs(RuleDraft rule) {
    Set<String> vars = new HashSet<>();
    for (Term arg : rule.args) {
      if (arg instanceof Var v) {
        if (!vars.add(v.name())) {
          error(rule.location, "illegal default rule (arguments cannot be repeated " + v.name() + ")");
          return false;
        }
      } else {
        error(rule.location, "illegal default rule (arguments cannot contain " + Nodes.valueName(arg) + ")");
        return false;
      }
    }
    return true;
  }

  static Body implicitTrueBody(Location l) {
    Scalar t = new Scalar(BooleanValue.TRUE, l);
    return new Body(List.of(new Expr.TermExpr(t, false, List.of(), l)), l);
  }
}
