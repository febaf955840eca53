package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.ast.With;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Bodies, expressions and terms: a port of the corresponding half of OPA's {@code ast/parser.go}. */
class ExprParser extends ParserBase {
  static final Map<String, Token> ALL_FUTURE_KEYWORDS = new HashMap<>();

  static {
    ALL_FUTURE_KEYWORDS.putAll(Token.FUTURE_KEYWORDS_V1);
    ALL_FUTURE_KEYWORDS.putAll(Token.FUTURE_KEYWORDS_V0);
  }

  /** The and/or/not-body layer. */
  final LogicalParser logic = new LogicalParser(this);

  ExprParser(String file, RegoVersion version) {
    super(file, version);
  }

  /** A copy of this parser at the current state with a scanner using the given keyword table. */
  ExprParser fork(Scanner scanner) {
    ExprParser q = new ExprParser(file, version);
    q.s = save();
    q.s.s = scanner;
    q.notBodies = notBodies;
    q.recursionDepth = recursionDepth;
    return q;
  }

  /** OPA's futureParser: knows every future keyword; used to produce hints. */
  ExprParser futureParser() {
    return fork(s.s.withKeywords(ALL_FUTURE_KEYWORDS));
  }

  // ---- bodies and literals

  Body parseBody(Token end) {
    if (!enter()) {
      return null;
    }
    try {
      return parseQuery(false, end);
    } finally {
      leave();
    }
  }

  Body parseQuery(boolean requireSemi, Token end) {
    if (s.tok == end) {
      error(loc(), "found empty body");
      return null;
    }
    List<Expr> body = new ArrayList<>();
    while (true) {
      Expr expr = parseLiteral();
      if (expr == null) {
        return null;
      }
      body.add(expr);
      if (s.tok == Token.SEMICOLON) {
        scan();
        continue;
      }
      if (s.tok == end || requireSemi) {
        return new Body(body, body.get(0).location());
      }
      if (!s.skippedNL) {
        if (!hasErrors()) {
          hintMissingInfixKeyword();
          illegal("expected \\n or %s or %s", Token.SEMICOLON, end);
        }
        return null;
      }
    }
  }

  Expr parseLiteral() {
    Pos start = pos();
    Expr expr = parseLiteralInner();
    if (expr != null) {
      expr = logic.remark(expr, Nodes.withLocation(expr, loc(start, s.lastEnd)));
    }
    return expr;
  }

  private Expr parseLiteralInner() {
    if (s.tok == Token.LBRACE && logic.keywordsActive()) {
      boolean[] failed = {false};
      Expr e = logic.tryBraceLed(failed);
      if (failed[0]) {
        return null;
      }
      if (e != null) {
        return e;
      }
    }
    if (s.tok == Token.LPAREN && logic.keywordsActive()) {
      LogicalParser.Group g = logic.parseGroup(false, "");
      if (g.committed()) {
        return g.operand() == null ? null : logic.foldTail(g.operand());
      }
    }
    if (scanAheadRef()) {
      return parseLiteralExpr(false, null);
    }
    Pos notPos = null;
    boolean negated = isNegated();
    if (negated) {
      notPos = pos();
      scan();
    }
    if (negated && notBodies && s.tok == Token.LBRACE) {
      Expr nb = logic.parseNotBody(notPos);
      if (nb == null) {
        return null;
      }
      return logic.foldTail(new LogicalParser.Operand(List.of(nb), false, notPos));
    }
    switch (s.tok) {
      case SOME:
        if (negated) {
          illegal("illegal negation of 'some'");
          return null;
        }
        return parseSome();
      case EVERY:
        if (negated) {
          illegal("illegal negation of 'every'");
          return null;
        }
        return parseEvery();
      default:
        return parseLiteralExpr(negated, notPos);
    }
  }

  boolean isNegated() {
    if (s.tok != Token.NOT) {
      return false;
    }
    ParserState st = save();
    scanWS();
    Token tok = s.tok;
    restore(st);
    return tok != Token.DOT && tok != Token.LBRACK;
  }

  Expr parseLiteralExpr(boolean negated, Pos notPos) {
    ParserState st = save();
    if (negated && notBodies && s.tok == Token.LPAREN) {
      LogicalParser.Group g = logic.parseGroup(true, "not ");
      if (g.committed()) {
        if (g.operand() == null) {
          return null;
        }
        Location spanned = loc(notPos, s.lastEnd);
        Expr not = logic.notExpr(g.operand().body(), g.operand().explicit(), spanned);
        return logic.foldTail(new LogicalParser.Operand(List.of(not), false, notPos));
      }
    }
    Pos start = pos();
    Expr expr = parseExpr();
    if (expr == null) {
      return null;
    }
    Location withLoc = null;
    if (s.tok == Token.WITH) {
      withLoc = loc();
      List<With> withs = parseWith();
      if (withs == null) {
        return null;
      }
      expr = Nodes.withWith(expr, withs);
    }
    if (isFutureKeyword("every") && expr instanceof Expr.TermExpr te && te.term() instanceof Var v
        && v.name().equals("every")) {
      ParserState t = save();
      restore(st);
      Expr ev = futureParser().parseEvery();
      restore(t);
      if (ev instanceof Expr.EveryExpr) {
        hint("`import future.keywords.every` for `every x in xs { ... }` expressions");
      }
    }
    Pos opStart = start;
    if (negated && notBodies) {
      expr = logic.notExpr(List.of(expr), false, loc(notPos, s.lastEnd));
      opStart = notPos;
    } else if (negated) {
      expr = Nodes.negate(expr);
    }
    if (logic.atOperator()) {
      if (withLoc != null) {
        logic.errWithOnOperand(withLoc, s.tok.toString());
        return null;
      }
      Location exprLoc = loc(opStart, s.lastEnd);
      expr = Nodes.withLocation(expr, exprLoc);
      if (notPos == null && LogicalParser.startsWithBrace(exprLoc)) {
        if (LogicalParser.isEmptyObject(expr)) {
          error(exprLoc, "found empty body");
          return null;
        }
        logic.errorBraceLedOperand(exprLoc, exprLoc.text(), s.tok.toString());
        return null;
      }
      Expr outer = logic.parseOrChain(new LogicalParser.Operand(List.of(expr), false, opStart));
      return outer == null ? null : logic.attachWith(outer);
    }
    return expr;
  }

  List<With> parseWith() {
    List<With> withs = new ArrayList<>();
    while (true) {
      Pos start = pos();
      scan();
      if (s.tok != Token.IDENT) {
        illegal("expected ident");
        return null;
      }
      Term target = parseTerm();
      if (target == null) {
        return null;
      }
      if (!(target instanceof Ref || target instanceof Var)) {
        illegal("expected with target path");
      }
      if (s.tok != Token.AS) {
        illegal("expected as keyword");
        return null;
      }
      scan();
      Term value = parseTermInfixCall();
      if (value == null) {
        return null;
      }
      withs.add(new With(target, value, loc(start, s.lastEnd)));
      if (s.tok != Token.WITH) {
        break;
      }
    }
    return withs;
  }

  private static final Map<String, String> INFIX_FUTURE_KEYWORDS = Map.of("in", "x in xs", "and", "x and y", "or",
      "x or y");

  void hintMissingInfixKeyword() {
    if (!s.hints.isEmpty()) {
      return;
    }
    String kw = "in";
    if (s.tok == Token.IDENT) {
      kw = s.lit;
      if (!INFIX_FUTURE_KEYWORDS.containsKey(kw)) {
        return;
      }
    } else if (s.tok == Token.COMMA) {
      ParserState st = save();
      scan();
      Term term = futureParser().parseTermInfixCall();
      restore(st);
      if (!(term instanceof Call c) || !isMemberCall(c)) {
        return;
      }
    } else {
      return;
    }
    hint("`import future.keywords." + kw + "` for `" + INFIX_FUTURE_KEYWORDS.get(kw) + "` expressions");
  }

  static boolean isMemberCall(Call c) {
    String n = c.name();
    return n.equals("internal.member_2") || n.equals("internal.member_3");
  }

  Expr parseSome() {
    Pos start = pos();
    Location declLoc = loc();
    ParserState st = save();
    scan();
    Term term = parseTermInfixCall();
    if (term instanceof Call call) {
      String n = call.name();
      if (n.equals("internal.member_2")) {
        if (call.args().size() != 2) {
          illegal("illegal domain");
          return null;
        }
      } else if (n.equals("internal.member_3")) {
        if (call.args().size() != 3) {
          illegal("illegal domain");
          return null;
        }
      } else {
        illegal("expected `x in xs` or `x, y in xs` expression");
        return null;
      }
      Expr expr = new Expr.SomeExpr(List.of(term), false, List.of(), declLoc);
      if (s.tok == Token.WITH) {
        List<With> w = parseWith();
        if (w == null) {
          return null;
        }
        expr = Nodes.withWith(expr, w);
      }
      return expr;
    }
    restore(st);
    if (isFutureKeyword("in")) {
      st = save();
      boolean hint = false;
      scan();
      Term t = futureParser().parseTermInfixCall();
      if (t instanceof Call c && isMemberCall(c)) {
        hint = true;
      }
      restore(st);
      if (hint) {
        hint("`import future.keywords.in` for `some x in xs` expressions");
      }
    }
    List<Term> symbols = new ArrayList<>();
    while (true) {
      scan();
      if (s.tok != Token.IDENT) {
        illegal("expected var");
        return null;
      }
      symbols.add(parseVar());
      scan();
      if (s.tok != Token.COMMA) {
        break;
      }
    }
    return new Expr.SomeExpr(symbols, false, List.of(), locNoText(start));
  }

  Expr parseEvery() {
    Location everyLoc = loc();
    scan();
    Term term = parseTermInfixCall();
    if (term == null) {
      return null;
    }
    if (!(term instanceof Call call)) {
      illegal("expected `x[, y] in xs { ... }` expression");
      return null;
    }
    Term key = null;
    Term value;
    Term domain;
    String n = call.name();
    if (n.equals("internal.member_2")) {
      if (call.args().size() != 2) {
        illegal("illegal domain");
        return null;
      }
      value = call.args().get(0);
      domain = call.args().get(1);
    } else if (n.equals("internal.member_3")) {
      if (call.args().size() != 3) {
        illegal("illegal domain");
        return null;
      }
      key = call.args().get(0);
      value = call.args().get(1);
      domain = call.args().get(2);
      if (!(key instanceof Var)) {
        illegal("expected key to be a variable");
        return null;
      }
    } else {
      illegal("expected `x[, y] in xs { ... }` expression");
      return null;
    }
    if (!(value instanceof Var)) {
      illegal("expected value to be a variable");
      return null;
    }
    if (s.tok == Token.LBRACE) {
      scan();
      Body body = parseBody(Token.RBRACE);
      if (body == null) {
        return null;
      }
      scan();
      Expr expr = new Expr.EveryExpr(key, value, domain, body, false, List.of(), everyLoc);
      if (s.tok == Token.WITH) {
        List<With> w = parseWith();
        if (w == null) {
          return null;
        }
        expr = Nodes.withWith(expr, w);
      }
      return expr;
    }
    illegal("missing body");
    return null;
  }

  Expr parseExpr() {
    Term lhs = parseTermInfixCall();
    if (lhs == null) {
      return null;
    }
    Ref op = parseTermOp(Token.ASSIGN, Token.UNIFY);
    if (op != null) {
      Term rhs = parseTermInfixCall();
      if (rhs != null) {
        return new Expr.CallExpr(op, List.of(lhs, rhs), false, List.of(), lhs.location());
      }
      return null;
    }
    if (lhs instanceof Call call) {
      return new Expr.CallExpr(call.operator(), call.args(), false, List.of(), call.location());
    }
    return new Expr.TermExpr(lhs, false, List.of(), lhs.location());
  }

  // ---- infix operators, by precedence

  Term parseTermInfixCall() {
    if (!enter()) {
      return null;
    }
    try {
      return parseTermIn(null, true, s.offset);
    } finally {
      leave();
    }
  }

  Term parseTermInfixCallInList() {
    if (!enter()) {
      return null;
    }
    try {
      return parseTermIn(null, false, s.offset);
    } finally {
      leave();
    }
  }

  private Term callTerm(Ref op, Term lhs, int offset, Term... args) {
    Location l = lhs.location();
    return new Call(op, List.of(args), new Location(file, l.row(), l.col(), text(offset, s.lastEnd)));
  }

  private Term parseTermIn(Term lhs, boolean keyVal, int offset) {
    if (!enter()) {
      return null;
    }
    try {
      if (lhs == null) {
        lhs = parseTermRelation(null, offset);
      }
      if (lhs != null) {
        if (keyVal && s.tok == Token.COMMA) {
          ParserState st = save();
          scan();
          Term mhs = parseTermRelation(null, offset);
          if (mhs != null) {
            Ref op = parseTermOpName("member_3", Token.IN);
            if (op != null) {
              Term rhs = parseTermRelation(null, s.offset);
              if (rhs != null) {
                Term call = callTerm(op, lhs, offset, lhs, mhs, rhs);
                if (s.tok == Token.IN) {
                  return parseTermIn(call, keyVal, offset);
                }
                return call;
              }
            }
          }
          restore(st);
        }
        scanAheadRef();
        Ref op = parseTermOpName("member_2", Token.IN);
        if (op != null) {
          Term rhs = parseTermRelation(null, s.offset);
          if (rhs != null) {
            Term call = callTerm(op, lhs, offset, lhs, rhs);
            if (s.tok == Token.IN) {
              return parseTermIn(call, keyVal, offset);
            }
            return call;
          }
        }
      }
      return lhs;
    } finally {
      leave();
    }
  }

  /**
   * The binary operators below {@code in}, loosest first: relations, {@code |}, {@code &},
   * {@code + -}, {@code * / %}. Each level's operands are terms of the next level.
   */
  private static final Token[][] BINARY_LEVELS = {
      {Token.EQUAL, Token.NEQ, Token.LT, Token.GT, Token.LTE, Token.GTE},
      {Token.OR},
      {Token.AND},
      {Token.ADD, Token.SUB},
      {Token.MUL, Token.QUO, Token.REM},
  };

  private Term parseTermRelation(Term lhs, int offset) {
    return parseTermBinary(0, lhs, offset);
  }

  /**
   * One precedence level, left-associative: OPA's parseTermRelation, parseTermOr, parseTermAnd,
   * parseTermArith and parseTermFactor, which differ only in their operators and operands.
   */
  private Term parseTermBinary(int level, Term lhs, int offset) {
    if (!enter()) {
      return null;
    }
    try {
      if (lhs == null) {
        lhs = parseBinaryOperand(level, offset);
      }
      if (lhs != null) {
        Token[] ops = BINARY_LEVELS[level];
        Ref op = parseTermOp(ops);
        if (op != null) {
          Term rhs = parseBinaryOperand(level, s.offset);
          if (rhs != null) {
            Term call = callTerm(op, lhs, offset, lhs, rhs);
            if (isOneOf(s.tok, ops)) {
              return parseTermBinary(level, call, offset);
            }
            return call;
          }
        }
      }
      return lhs;
    } finally {
      leave();
    }
  }

  private Term parseBinaryOperand(int level, int offset) {
    if (level + 1 < BINARY_LEVELS.length) {
      return parseTermBinary(level + 1, null, offset);
    }
    return parseTerm();
  }

  private static boolean isOneOf(Token tok, Token[] ops) {
    for (Token op : ops) {
      if (tok == op) {
        return true;
      }
    }
    return false;
  }

  // ---- terms

  Term parseTerm() {
    if (!enter()) {
      return null;
    }
    try {
      TermCache.Entry cached = termCache.lookup(s.offset);
      if (cached != null) {
        restore(cached.post().copy());
        return cached.term();
      }
      int startOffset = s.offset;
      Term term = null;
      Pos unaryMinus = null;
      scanAheadLogicalCall();
      switch (s.tok) {
        case NULL -> term = new Scalar(NullValue.INSTANCE, loc());
        case TRUE -> term = new Scalar(BooleanValue.TRUE, loc());
        case FALSE -> term = new Scalar(BooleanValue.FALSE, loc());
        case SUB -> {
          Pos p = pos();
          ParserState st = save();
          scan();
          if (s.tok == Token.IDENT || s.tok == Token.CONTAINS) {
            unaryMinus = p;
            term = parseVar();
          } else {
            restore(st);
            term = parseNumber();
          }
        }
        case DOT, NUMBER -> term = parseNumber();
        case STRING -> term = parseString();
        case TEMPLATE_STRING_PART, TEMPLATE_STRING_END -> term = parseTemplateString(false);
        case RAW_TEMPLATE_STRING_PART, RAW_TEMPLATE_STRING_END -> term = parseTemplateString(true);
        case IDENT, CONTAINS -> term = parseVar();
        case LBRACK -> term = parseArray();
        case LBRACE -> term = parseSetOrObject();
        case LPAREN -> {
          int offset = s.offset;
          scan();
          Term r = parseTermInfixCall();
          if (r != null) {
            if (s.tok == Token.RPAREN) {
              Location l = r.location();
              term = Nodes.withLocation(r, new Location(file, l.row(), l.col(), text(offset, s.tokEnd)));
            } else {
              error(loc(), "non-terminated expression");
            }
          }
        }
        default -> illegalToken();
      }
      term = parseTermFinish(term, false);
      if (unaryMinus != null && term != null) {
        Location ml = locNoText(unaryMinus);
        Location zl = new Location(file, unaryMinus.row(), unaryMinus.col(), text(unaryMinus.offset(),
            unaryMinus.offset() + 1));
        Ref op = new Ref(List.of(new Var("minus", ml)), ml);
        term = new Call(op, List.of(new Scalar(NumberValue.of(0), zl), term), loc(unaryMinus, s.lastEnd));
      }
      // like OPA, caching a term drops the entries at or after its offset
      termCache.push(startOffset, term, save());
      return term;
    } finally {
      leave();
    }
  }

  /** Template strings are parsed by {@link TemplateStrings}. */
  Term parseTemplateString(boolean raw) {
    return TemplateStrings.parse(this, raw);
  }

  private void scanAheadLogicalCall() {
    if (s.tok != Token.LOGICAL_AND && s.tok != Token.LOGICAL_OR) {
      return;
    }
    ParserState st = save();
    scanWS();
    Token tok = s.tok;
    restore(st);
    if (tok == Token.LPAREN) {
      s.tok = Token.IDENT;
    }
  }

  Term parseTermFinish(Term head, boolean skipws) {
    if (head == null) {
      return null;
    }
    int offset = s.offset;
    doScan(skipws, null);
    switch (s.tok) {
      case LPAREN, DOT, LBRACK:
        return parseRef(head, offset);
      case WHITESPACE:
        scan();
        return rootRef(head);
      default:
        return rootRef(head);
    }
  }

  /** {@code input} and {@code data} alone are refs. */
  static Term rootRef(Term head) {
    if (head instanceof Var v && v.isRoot()) {
      return new Ref(List.of(head), head.location());
    }
    return head;
  }

  Term parseNumber() {
    String prefix = "";
    Location first = loc();
    if (s.tok == Token.SUB) {
      prefix = "-";
      scan();
      if (s.tok != Token.NUMBER && s.tok != Token.DOT) {
        illegal("expected number");
        return null;
      }
    }
    if (s.tok == Token.DOT) {
      prefix += ".";
      scan();
      if (s.tok != Token.NUMBER) {
        illegal("expected number");
        return null;
      }
    }
    boolean decimalPrefix = prefix.endsWith(".");
    String lit = s.lit;
    if (!decimalPrefix && lit.length() > 1 && lit.charAt(0) == '0') {
      boolean isDecimal = lit.charAt(1) == '.';
      boolean isScientific = lit.length() > 2 && (lit.charAt(1) == 'e' || lit.charAt(1) == 'E');
      if (!isDecimal && !isScientific) {
        illegal("expected number without leading zero");
        return null;
      }
    }
    String text = prefix + lit;
    BigDecimal bd;
    try {
      bd = new BigDecimal(text);
    } catch (NumberFormatException e) {
      illegal("%s", "invalid float");
      return null;
    }
    // OPA rejects binary exponents beyond 1e5
    if (bd.signum() != 0 && Math.abs((bd.precision() - bd.scale()) * 3.3219280948873626) > 100000) {
      error(loc(), "number too big");
      return null;
    }
    NumberValue n;
    try {
      n = NumberValue.parse(text);
    } catch (RuntimeException e) {
      illegal("%s", "invalid float");
      return null;
    }
    // like OPA, the location keeps the text of the first token only ("-" for -1)
    return new Scalar(n, first);
  }

  Term parseString() {
    if (s.lit.charAt(0) == '"') {
      String inner = s.lit.substring(1, s.lit.length() - 1);
      if (inner.indexOf('\\') < 0) {
        return Nodes.string(inner, loc());
      }
      String decoded = StringLiterals.decode(s.lit);
      if (decoded == null) {
        errorf(loc(), "illegal string literal: %s", s.lit);
        return null;
      }
      return Nodes.string(decoded, loc());
    }
    if (s.lit.length() < 2) {
      return null;
    }
    return Nodes.string(s.lit.substring(1, s.lit.length() - 1), loc());
  }

  Term parseCall(Ref operator, Location headLoc, int offset) {
    if (!enter()) {
      return null;
    }
    try {
      scan();
      if (s.tok == Token.RPAREN) {
        int end = s.tokEnd;
        scanWS();
        Location l = new Location(file, headLoc.row(), headLoc.col(), text(offset, end));
        if (operator.size() == 1 && operator.head() instanceof Var v && v.name().equals("set")) {
          return new SetTerm(List.of(), l);
        }
        return new Call(operator, List.of(), l);
      }
      List<Term> r = parseTermList(Token.RPAREN, new ArrayList<>());
      if (r != null) {
        int end = s.tokEnd;
        scanWS();
        return new Call(operator, r, new Location(file, headLoc.row(), headLoc.col(), text(offset, end)));
      }
      return null;
    } finally {
      leave();
    }
  }

  Term parseRef(Term head, int offset) {
    if (!enter()) {
      return null;
    }
    try {
      Location l = head.location();
      if (head instanceof Scalar) {
        errorf(l, "illegal ref (head cannot be %s)", Nodes.valueName(head));
      }
      List<Term> ref = new ArrayList<>();
      ref.add(head);
      while (true) {
        switch (s.tok) {
          case DOT -> {
            scanWS();
            if (s.tok != Token.IDENT && !isAllowedRefKeyword(s.tok)) {
              illegal("expected %s", Token.IDENT);
              return null;
            }
            ref.add(Nodes.string(s.lit, loc()));
            scanWS();
          }
          case LPAREN -> {
            Ref op = new Ref(ref, new Location(file, l.row(), l.col(), text(offset, s.offset)));
            Term term = parseCall(op, l, offset);
            if (term != null) {
              if (s.tok == Token.WHITESPACE) {
                scan();
                return relocated(term, l, offset, s.lastEnd);
              } else if (s.tok == Token.DOT || s.tok == Token.LBRACK) {
                term = parseRef(term, offset);
              }
            }
            return term == null ? null : relocated(term, l, offset, s.lastEnd);
          }
          case LBRACK -> {
            scan();
            Term term = parseTermInfixCall();
            if (term == null) {
              return null;
            }
            if (s.tok != Token.RBRACK) {
              illegal("expected %s", Token.LBRACK);
              return null;
            }
            ref.add(term);
            scanWS();
          }
          case WHITESPACE -> {
            int end = s.lastEnd;
            scan();
            return new Ref(ref, new Location(file, l.row(), l.col(), text(offset, end)));
          }
          default -> {
            return new Ref(ref, new Location(file, l.row(), l.col(), text(offset, s.lastEnd)));
          }
        }
      }
    } finally {
      leave();
    }
  }

  private Term relocated(Term t, Location l, int offset, int end) {
    return Nodes.withLocation(t, new Location(file, l.row(), l.col(), text(offset, end)));
  }

  Term parseArray() {
    return parseBracketed(this::parseArrayInner);
  }

  /** A bracketed term located from its opening token to its closing one. */
  private Term parseBracketed(Supplier<Term> inner) {
    if (!enter()) {
      return null;
    }
    try {
      Pos start = pos();
      Term t = inner.get();
      return t == null ? null : Nodes.withLocation(t, loc(start, s.tokEnd));
    } finally {
      leave();
    }
  }

  private Term parseArrayInner() {
    scan();
    if (s.tok == Token.RBRACK) {
      return new ArrayTerm(List.of(), null);
    }
    boolean potentialComprehension = true;
    if (s.tok == Token.COMMA) {
      potentialComprehension = false;
      scan();
    }
    ParserState st = save();
    Term head = parseTerm();
    if (head == null) {
      return null;
    }
    switch (s.tok) {
      case RBRACK:
        return new ArrayTerm(List.of(head), null);
      case COMMA: {
        scan();
        List<Term> terms = new ArrayList<>();
        terms.add(head);
        terms = parseTermList(Token.RBRACK, terms);
        return terms == null ? null : new ArrayTerm(terms, null);
      }
      case OR:
        if (potentialComprehension) {
          scan();
          Body body = parseBody(Token.RBRACK);
          if (body != null) {
            return new ArrayComprehension(head, body, null);
          }
          if (s.tok != Token.COMMA) {
            return null;
          }
        }
        break;
      default:
        break;
    }
    restore(st);
    List<Term> terms = parseTermList(Token.RBRACK, new ArrayList<>());
    return terms == null ? null : new ArrayTerm(terms, null);
  }

  Term parseSetOrObject() {
    return parseBracketed(this::parseSetOrObjectInner);
  }

  private Term parseSetOrObjectInner() {
    scan();
    if (s.tok == Token.RBRACE) {
      return new ObjectTerm(List.of(), null);
    }
    boolean potentialComprehension = true;
    if (s.tok == Token.COMMA) {
      potentialComprehension = false;
      scan();
    }
    ParserState st = save();
    Term head = parseTerm();
    if (head == null) {
      return null;
    }
    switch (s.tok) {
      case OR:
        if (potentialComprehension) {
          return parseSet(st, head, true);
        }
        break;
      case RBRACE, COMMA:
        return parseSet(st, head, potentialComprehension);
      case COLON:
        return parseObject(head, potentialComprehension);
      default:
        break;
    }
    restore(st);
    head = parseTermInfixCallInList();
    if (head == null) {
      return null;
    }
    switch (s.tok) {
      case RBRACE, COMMA:
        return parseSet(st, head, false);
      case COLON:
        return parseObject(head, potentialComprehension);
      default:
        break;
    }
    illegal("non-terminated set");
    return null;
  }

  private Term parseSet(ParserState st, Term head, boolean potentialComprehension) {
    if (!enter()) {
      return null;
    }
    try {
      switch (s.tok) {
        case RBRACE:
          return new SetTerm(List.of(head), null);
        case COMMA: {
          scan();
          List<Term> terms = new ArrayList<>();
          terms.add(head);
          terms = parseTermList(Token.RBRACE, terms);
          return terms == null ? null : new SetTerm(terms, null);
        }
        case OR: {
          if (potentialComprehension) {
            scan();
            Body body = parseBody(Token.RBRACE);
            if (body != null) {
              return new SetComprehension(head, body, null);
            }
            if (s.tok != Token.COMMA) {
              return null;
            }
          }
          restore(st);
          List<Term> terms = parseTermList(Token.RBRACE, new ArrayList<>());
          return terms == null ? null : new SetTerm(terms, null);
        }
        default:
          return null;
      }
    } finally {
      leave();
    }
  }

  private Term parseObject(Term k, boolean potentialComprehension) {
    if (!enter()) {
      return null;
    }
    try {
      scan();
      ParserState st = save();
      Term v = parseTerm();
      if (v == null) {
        return null;
      }
      if (potentialComprehension) {
        if (s.tok == Token.RBRACE || s.tok == Token.COMMA) {
          return parseObjectFinish(k, v, true);
        } else if (s.tok == Token.OR) {
          Term term = parseObjectFinish(k, v, true);
          if (term != null) {
            return term;
          }
        }
      }
      restore(st);
      v = parseTermInfixCallInList();
      if (v == null) {
        return null;
      }
      if (s.tok == Token.RBRACE || s.tok == Token.COMMA) {
        return parseObjectFinish(k, v, false);
      }
      illegal("non-terminated object");
      return null;
    } finally {
      leave();
    }
  }

  private Term parseObjectFinish(Term key, Term val, boolean potentialComprehension) {
    if (!enter()) {
      return null;
    }
    try {
      switch (s.tok) {
        case RBRACE:
          return new ObjectTerm(List.of(new ObjectTerm.Entry(key, val)), null);
        case OR:
          if (potentialComprehension) {
            scan();
            Body body = parseBody(Token.RBRACE);
            if (body != null) {
              return new ObjectComprehension(key, val, body, null);
            }
          } else {
            illegal("non-terminated object");
          }
          return null;
        case COMMA: {
          scan();
          List<ObjectTerm.Entry> r = new ArrayList<>();
          r.add(new ObjectTerm.Entry(key, val));
          r = parseTermPairList(Token.RBRACE, r);
          return r == null ? null : new ObjectTerm(r, null);
        }
        default:
          return null;
      }
    } finally {
      leave();
    }
  }

  List<Term> parseTermList(Token end, List<Term> r) {
    if (s.tok == end) {
      return r;
    }
    while (true) {
      Term term = parseTermInfixCallInList();
      if (term == null) {
        return null;
      }
      r.add(term);
      if (s.tok == end) {
        return r;
      } else if (s.tok == Token.COMMA) {
        scan();
        if (s.tok == end) {
          return r;
        }
      } else {
        illegal("expected %s or %s", quote(Token.COMMA), quote(end));
        return null;
      }
    }
  }

  private List<ObjectTerm.Entry> parseTermPairList(Token end, List<ObjectTerm.Entry> r) {
    if (s.tok == end) {
      return r;
    }
    while (true) {
      Term key = parseTermInfixCallInList();
      if (key == null) {
        return null;
      }
      if (s.tok != Token.COLON) {
        illegal("expected %s", quote(Token.COLON));
        return null;
      }
      scan();
      Term val = parseTermInfixCallInList();
      if (val == null) {
        return null;
      }
      r.add(new ObjectTerm.Entry(key, val));
      if (s.tok == end) {
        return r;
      } else if (s.tok == Token.COMMA) {
        scan();
        if (s.tok == end) {
          return r;
        }
      } else {
        illegal("expected %s or %s", quote(Token.COMMA), quote(end));
        return null;
      }
    }
  }

  /** Go's {@code %q} of a token. */
  private static String quote(Token t) {
    return "\"" + t + "\"";
  }

  Ref parseTermOp(Token... values) {
    for (Token v : values) {
      if (s.tok == v) {
        Location l = loc();
        Ref r = new Ref(List.of(new Var(s.tok.toString(), l)), l);
        scan();
        return r;
      }
    }
    return null;
  }

  /** {@code internal.member_2} / {@code internal.member_3} at the current {@code in} token. */
  Ref parseTermOpName(String member, Token tok) {
    if (s.tok == tok) {
      Location l = loc();
      Ref r = new Ref(List.of(new Var("internal", l), Nodes.string(member, l)), l);
      scan();
      return r;
    }
    return null;
  }

  Term parseVar() {
    if (s.lit.equals("_")) {
      return new Var(genWildcard(), loc());
    }
    return new Var(s.lit, loc());
  }

  String genWildcard() {
    return "$" + (s.wildcard++);
  }
}
