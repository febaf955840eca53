package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.ast.With;
import io.opadynamodb.rego.value.NumberValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The logical operators of {@code future.keywords.and/or/not} and {@code rego.v2}: {@code a and b},
 * {@code a or b}, {@code not { body }}, and parenthesised groups, parsed as OPA's parser does.
 *
 * <p>OPA keeps LogicalAnd/LogicalOr/Not nodes whose operands are scoped bodies tested for
 * definedness. The AST here has no such nodes, so each is written with existing constructs that
 * evaluate the same way: an operand body {@code B} is defined when {@code [1 | B] != []} (the
 * comprehension gives the body its own scope and sees outer variables); {@code A and B} is
 * {@code [1 | A' ; B'] != []}, {@code A or B} is {@code [1 | not A'; not B'] == []} (both short-circuit),
 * and {@code not { B }} is {@code [1 | B] == []}.
 */
final class LogicalParser {
  /** An and/or operand: its body, whether it was written in braces, and where it starts. */
  record Operand(List<Expr> body, boolean explicit, Pos pos) {}

  /** The result of {@link #parseGroup}: committed is false when the parens are not a logical group. */
  record Group(Operand operand, boolean committed) {}

  private final ExprParser p;
  /** Expressions standing for and/or nodes. */
  private final Set<Expr> logical = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Expressions standing for Not nodes. */
  private final Set<Expr> nots = Collections.newSetFromMap(new IdentityHashMap<>());

  LogicalParser(ExprParser p) {
    this.p = p;
  }

  boolean keywordsActive() {
    return p.s.s.isKeyword("and") || p.s.s.isKeyword("or");
  }

  boolean atOperator() {
    return p.s.tok == Token.LOGICAL_AND || p.s.tok == Token.LOGICAL_OR;
  }

  /** At statement start: {@code { body } and/or ...}; null when not applicable (state restored). */
  Expr tryBraceLed(boolean[] failed) {
    ParserState st = p.save();
    TreeMap<Integer, Object[]> cache = new TreeMap<>(p.termCache);
    int braceOffset = p.s.offset;
    Pos bodyPos = p.pos();
    p.scan();
    Body body = p.parseBody(Token.RBRACE);
    if (body != null) {
      p.scan();
      if (atOperator()) {
        if (isAmbiguousUnionBody(body.exprs())) {
          errorAmbiguousUnionBody(bodyPos, braceOffset, body.exprs(), "");
          failed[0] = true;
          return null;
        }
        Expr outer = parseOrChain(new Operand(body.exprs(), true, bodyPos));
        if (outer == null) {
          failed[0] = true;
          return null;
        }
        Expr e = attachWith(outer);
        failed[0] = e == null;
        return e;
      }
    }
    p.restore(st);
    p.termCache = cache;
    return null;
  }

  Expr foldTail(Operand op) {
    if (atOperator()) {
      Expr outer = parseOrChain(op);
      return outer == null ? null : attachWith(outer);
    }
    return attachWith(op.body().get(0));
  }

  Expr attachWith(Expr e) {
    if (e != null && p.s.tok == Token.WITH) {
      List<With> w = p.parseWith();
      if (w == null) {
        return null;
      }
      return remark(e, Nodes.withWith(e, w));
    }
    return e;
  }

  private Expr remark(Expr from, Expr to) {
    if (logical.contains(from)) {
      logical.add(to);
    }
    if (nots.contains(from)) {
      nots.add(to);
    }
    return to;
  }

  void errWithOnOperand(Location loc, String kw) {
    p.hint("Wrap the operand in `(...)` or `{...}` to scope, or move `with` after the `" + kw
        + "` expression to apply it to the whole expression");
    p.error(loc, "`with` modifier is not allowed on operand of `" + kw + "`");
  }

  Expr parseOrChain(Operand lhs) {
    if (!p.enter()) {
      return null;
    }
    try {
      if (p.s.tok == Token.LOGICAL_AND) {
        Expr andExpr = parseAndChain(lhs);
        if (andExpr == null) {
          return null;
        }
        lhs = new Operand(List.of(andExpr), false, lhs.pos());
      }
      while (p.s.tok == Token.LOGICAL_OR) {
        p.scan();
        Operand rhs = parseOperand("or");
        if (rhs == null) {
          return null;
        }
        if (p.s.tok == Token.LOGICAL_AND) {
          Expr andExpr = parseAndChain(rhs);
          if (andExpr == null) {
            return null;
          }
          rhs = new Operand(List.of(andExpr), false, rhs.pos());
        }
        checkVoidCallOperands(lhs.body(), rhs.body(), "or");
        Location l = p.loc(lhs.pos(), p.s.lastEnd);
        Expr node = orExpr(lhs.body(), rhs.body(), l);
        lhs = new Operand(List.of(node), false, lhs.pos());
      }
      return lhs.body().get(0);
    } finally {
      p.leave();
    }
  }

  private Expr parseAndChain(Operand lhs) {
    if (!p.enter()) {
      return null;
    }
    try {
      while (p.s.tok == Token.LOGICAL_AND) {
        p.scan();
        Operand rhs = parseOperand("and");
        if (rhs == null) {
          return null;
        }
        checkVoidCallOperands(lhs.body(), rhs.body(), "and");
        Location l = p.loc(lhs.pos(), p.s.lastEnd);
        Expr node = andExpr(lhs.body(), rhs.body(), l);
        lhs = new Operand(List.of(node), false, lhs.pos());
      }
      return lhs.body().get(0);
    } finally {
      p.leave();
    }
  }

  /** One operand of and/or; {@code op} is empty when speculating (the caller restores on failure). */
  Operand parseOperand(String op) {
    if (p.s.tok == Token.LBRACE) {
      int braceOffset = p.s.offset;
      Pos pos = p.pos();
      ParserState st = p.save();
      p.scan();
      boolean empty = p.s.tok == Token.RBRACE;
      Body body = p.parseBody(Token.RBRACE);
      if (body == null) {
        if (empty || op.isEmpty()) {
          return null;
        }
        ParserState failed = p.save();
        p.restore(st);
        Term term = p.parseTermInfixCall();
        if (term != null) {
          errorBraceLedOperand(p.locNoText(pos), p.text(braceOffset, p.s.lastEnd), op);
          return null;
        }
        p.restore(failed);
        return null;
      }
      p.scan();
      if (isAmbiguousUnionBody(body.exprs())) {
        errorAmbiguousUnionBody(pos, braceOffset, body.exprs(), "");
      }
      return new Operand(body.exprs(), true, pos);
    }
    Pos notPos = null;
    boolean negated = p.isNegated();
    if (negated) {
      notPos = p.pos();
      p.scan();
    }
    if (negated && p.notBodies && p.s.tok == Token.LBRACE) {
      Expr nb = parseNotBody(notPos);
      if (nb == null) {
        return null;
      }
      return new Operand(List.of(nb), false, notPos);
    }
    if (p.s.tok == Token.LPAREN && keywordsActive() && (!negated || p.notBodies)) {
      String prefix = negated ? "not " : "";
      Group g = parseGroup(true, prefix);
      if (g.committed()) {
        if (g.operand() == null) {
          return null;
        }
        if (negated) {
          Location spanned = p.loc(notPos, p.s.lastEnd);
          Expr not = notExpr(g.operand().body(), g.operand().explicit(), spanned);
          return new Operand(List.of(not), false, notPos);
        }
        return g.operand();
      }
    }
    Pos start = p.pos();
    Expr expr = p.parseExpr();
    if (expr == null) {
      return null;
    }
    expr = Nodes.withLocation(expr, p.loc(start, p.s.lastEnd));
    if (negated) {
      Location spanned = p.loc(notPos, p.s.lastEnd);
      expr = p.notBodies ? notExpr(List.of(expr), false, spanned) : Nodes.negate(expr);
      return new Operand(List.of(expr), false, notPos);
    }
    return new Operand(List.of(expr), false, start);
  }

  /** {@code not { ... }} at the current brace. */
  Expr parseNotBody(Pos notPos) {
    int braceOffset = p.s.offset;
    Pos bracePos = p.pos();
    ParserState st = p.save();
    p.scan();
    boolean empty = p.s.tok == Token.RBRACE;
    Body body = p.parseBody(Token.RBRACE);
    if (body == null) {
      if (empty) {
        return null;
      }
      ParserState failed = p.save();
      p.restore(st);
      Term term = p.parseTermInfixCall();
      if (term != null) {
        String operand = p.text(braceOffset, p.s.lastEnd);
        p.hint("write `not (" + operand + ")` to negate the value, or `not {" + operand + "}` for a body holding it");
        p.error(p.locNoText(bracePos), "`{...}` in an operand position must contain expression(s), got: "
            + Nodes.valueName(braceLedValue(term)));
        return null;
      }
      p.restore(failed);
      return null;
    }
    p.scan();
    if (isAmbiguousUnionBody(body.exprs())) {
      errorAmbiguousUnionBody(bracePos, braceOffset, body.exprs(), "not ");
      return null;
    }
    return notExpr(body.exprs(), true, p.loc(notPos, p.s.lastEnd));
  }

  private static Term braceLedValue(Term t) {
    if (t instanceof io.opadynamodb.rego.ast.Call c && c.args().size() == 2 && isInfix(c.name())) {
      return braceLedValue(c.args().get(0));
    }
    return t;
  }

  private static boolean isInfix(String name) {
    return switch (name) {
      case "plus", "minus", "mul", "div", "rem", "and", "or", "equal", "neq", "lt", "lte", "gt", "gte" -> true;
      default -> false;
    };
  }

  /** {@code ( ... )} holding and/or/not operands. */
  Group parseGroup(boolean operandContext, String prefix) {
    if (!p.enter()) {
      return new Group(null, true);
    }
    try {
      ParserState st = p.save();
      Pos open = p.pos();
      p.scan();
      if (p.s.tok == Token.RPAREN) {
        if (operandContext) {
          p.error(p.locNoText(open), "empty parenthesized group");
          return new Group(null, true);
        }
        p.restore(st);
        return new Group(null, false);
      }
      Operand lhs = parseOperand("");
      if (lhs == null) {
        p.restore(st);
        return new Group(null, false);
      }
      if (atOperator()) {
        Expr expr = parseOrChain(lhs);
        if (expr == null) {
          return new Group(null, true);
        }
        expr = attachWith(expr);
        if (expr == null || !expectRParen()) {
          return new Group(null, true);
        }
        return new Group(new Operand(List.of(expr), false, open), true);
      }
      if (p.s.tok == Token.WITH && !lhs.explicit() && lhs.body().size() == 1) {
        Location withLoc = p.loc();
        Expr e = attachWith(lhs.body().get(0));
        if (e == null) {
          return new Group(null, true);
        }
        if (atOperator()) {
          errWithOnOperand(withLoc, p.s.tok.toString());
          return new Group(null, true);
        }
        if (!expectRParen()) {
          return new Group(null, true);
        }
        if (operandContext || atOperator()) {
          return new Group(new Operand(List.of(e), false, open), true);
        }
        p.restore(st);
        return new Group(null, false);
      }
      if (lhs.explicit()) {
        String braces = p.text(lhs.pos().offset(), p.s.lastEnd);
        p.restore(st);
        ParserState probe = p.save();
        p.scan();
        Term term = p.parseTerm();
        p.restore(probe);
        if (term == null) {
          p.hint("drop the parens to keep the body: `" + prefix + braces + "`");
          p.error(p.locNoText(open), "`(...)` in an operand position cannot contain a body");
          return new Group(null, true);
        }
        return new Group(null, false);
      }
      if (isLogicalBody(lhs.body()) || isNegatedOperand(lhs.body())) {
        if (!expectRParen()) {
          return new Group(null, true);
        }
        return new Group(new Operand(lhs.body(), false, open), true);
      }
      p.restore(st);
      return new Group(null, false);
    } finally {
      p.leave();
    }
  }

  private boolean expectRParen() {
    if (p.s.tok != Token.RPAREN) {
      p.error(p.loc(), "expected ) to close parenthesized group");
      return false;
    }
    p.scan();
    return true;
  }

  private boolean isLogicalBody(List<Expr> b) {
    return b.size() == 1 && logical.contains(b.get(0));
  }

  private boolean isNegatedOperand(List<Expr> b) {
    return b.size() == 1 && (b.get(0).negated() || nots.contains(b.get(0)));
  }

  /** A single-expression body holding a bare infix {@code |}, which reads like a comprehension. */
  private static boolean isAmbiguousUnionBody(List<Expr> b) {
    if (b.isEmpty() || !(b.get(0) instanceof Expr.CallExpr c) || !c.name().equals("or") || c.args().size() != 2) {
      return false;
    }
    if (!"|".equals(c.operator().location().text())) {
      return false;
    }
    return !b.get(0).location().text().strip().startsWith("(");
  }

  private void errorAmbiguousUnionBody(Pos pos, int braceOffset, List<Expr> body, String prefix) {
    String braces = p.text(braceOffset, p.s.lastEnd);
    String union = braces;
    Location e = body.get(0).location();
    int rel = braces.indexOf(e.text());
    if (rel > 0) {
      union = braces.substring(0, rel) + "(" + e.text() + ")" + braces.substring(rel + e.text().length());
    }
    p.hint("write `" + prefix + "(" + braces + ")` for the comprehension, or `" + prefix + union
        + "` for the set union");
    p.error(p.locNoText(pos), "ambiguous `{ ... | ... }` operand: read as a body holding a set-union expression, "
        + "not as a comprehension");
  }

  void errorBraceLedOperand(Location loc, String operand, String op) {
    p.hint("wrap the operand to keep the value: `(" + operand + ") " + op + " ...`");
    p.error(loc, "operand of `" + op + "` cannot begin with `{` unless the braces hold a body");
  }

  private void checkVoidCallOperands(List<Expr> lhs, List<Expr> rhs, String op) {
    for (List<Expr> b : List.of(lhs, rhs)) {
      Expr first = voidCallOperand(b);
      if (first != null) {
        String name = ((Expr.CallExpr) first).name();
        p.hint("`" + name + "` produces no value and always succeeds, so the operand can never fail; move it "
            + "out of the operand, or add an expression that can fail");
        p.error(first.location(), "operand of `" + op + "` cannot consist only of calls to `" + name + "`");
      }
    }
  }

  private static Expr voidCallOperand(List<Expr> body) {
    Expr first = null;
    for (Expr e : body) {
      if (e.negated() || !(e instanceof Expr.CallExpr c) || !BuiltinNames.isVoid(c.name())) {
        return null;
      }
      if (first == null) {
        first = e;
      }
    }
    return first;
  }

  /** True when the current token is an and/or and the expression location starts with a brace. */
  static boolean startsWithBrace(Location l) {
    return l != null && l.text().startsWith("{");
  }

  static boolean isEmptyObject(Expr e) {
    return e.with().isEmpty() && e instanceof Expr.TermExpr te && te.term() instanceof ObjectTerm o
        && o.entries().isEmpty();
  }

  // ---- desugaring into existing constructs

  /** The operand's definedness test; an operand that already is an and/or expression is its own test. */
  private Expr test(List<Expr> body, Location l) {
    if (body.size() == 1 && logical.contains(body.get(0))) {
      return body.get(0);
    }
    return compare("neq", body, l);
  }

  private Expr negTest(List<Expr> body, Location l) {
    if (body.size() == 1 && logical.contains(body.get(0)) && !body.get(0).negated()) {
      return Nodes.negate(body.get(0));
    }
    return compare("equal", body, l);
  }

  private Expr andExpr(List<Expr> lhs, List<Expr> rhs, Location l) {
    Expr e = compare("neq", List.of(test(lhs, l), test(rhs, l)), l);
    logical.add(e);
    return e;
  }

  private Expr orExpr(List<Expr> lhs, List<Expr> rhs, Location l) {
    Expr e = compare("equal", List.of(negTest(lhs, l), negTest(rhs, l)), l);
    logical.add(e);
    return e;
  }

  Expr notExpr(List<Expr> body, boolean explicit, Location l) {
    Expr e;
    if (!explicit && body.size() == 1 && !body.get(0).negated()) {
      e = Nodes.withLocation(Nodes.negate(body.get(0)), l);
    } else {
      e = compare("equal", body, l);
    }
    nots.add(e);
    return e;
  }

  /** {@code [1 | body] op []}. */
  private static Expr compare(String op, List<Expr> body, Location l) {
    Term one = new Scalar(NumberValue.of(1), l);
    Term comp = new ArrayComprehension(one, new Body(new ArrayList<>(body), l), l);
    Ref operator = new Ref(List.of(new Var(op, l)), l);
    return new Expr.CallExpr(operator, List.of(comp, new ArrayTerm(List.of(), l)), false, List.of(), l);
  }
}
