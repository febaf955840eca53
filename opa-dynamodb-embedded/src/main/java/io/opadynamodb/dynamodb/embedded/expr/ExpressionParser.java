package io.opadynamodb.dynamodb.embedded.expr;

import io.opadynamodb.dynamodb.embedded.expr.Expr.And;
import io.opadynamodb.dynamodb.embedded.expr.Expr.Arithmetic;
import io.opadynamodb.dynamodb.embedded.expr.Expr.Between;
import io.opadynamodb.dynamodb.embedded.expr.Expr.Compare;
import io.opadynamodb.dynamodb.embedded.expr.Expr.Condition;
import io.opadynamodb.dynamodb.embedded.expr.Expr.FunctionCondition;
import io.opadynamodb.dynamodb.embedded.expr.Expr.FunctionOperand;
import io.opadynamodb.dynamodb.embedded.expr.Expr.In;
import io.opadynamodb.dynamodb.embedded.expr.Expr.Not;
import io.opadynamodb.dynamodb.embedded.expr.Expr.Operand;
import io.opadynamodb.dynamodb.embedded.expr.Expr.Or;
import io.opadynamodb.dynamodb.embedded.expr.Expr.PathOperand;
import io.opadynamodb.dynamodb.embedded.expr.Expr.UpdateAction;
import io.opadynamodb.dynamodb.embedded.expr.Expr.ValueOperand;
import io.opadynamodb.dynamodb.embedded.expr.ExpressionLexer.Kind;
import io.opadynamodb.dynamodb.embedded.expr.ExpressionLexer.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for DynamoDB's condition, key condition and update expression
 * grammar. Aliases are resolved and placeholders checked against the request's context.
 */
public final class ExpressionParser {
  private static final Set<String> CONDITION_FUNCTIONS =
      Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains");
  private static final Set<String> CLAUSES = Set.of("SET", "REMOVE", "ADD", "DELETE");

  private final String text;
  private final List<Token> tokens;
  private final ExpressionContext context;
  private int pos;

  private ExpressionParser(String text, ExpressionContext context) {
    this.text = text;
    this.tokens = ExpressionLexer.tokens(text);
    this.context = context;
  }

  /** Parses a condition (also used for key conditions and filters). */
  public static Condition condition(String text, ExpressionContext context) {
    ExpressionParser p = new ExpressionParser(text, context);
    Condition c = p.orCondition();
    p.expectEnd();
    return c;
  }

  /** Parses an update expression into its actions, in order. */
  public static List<UpdateAction> update(String text, ExpressionContext context) {
    ExpressionParser p = new ExpressionParser(text, context);
    List<UpdateAction> actions = new ArrayList<>();
    Set<String> seenClauses = new HashSet<>();
    while (p.peek().kind() != Kind.END) {
      Token t = p.next();
      String clause = t.text().toUpperCase();
      if (t.kind() != Kind.NAME || !CLAUSES.contains(clause)) {
        throw p.error("expected SET, REMOVE, ADD or DELETE but found '" + t.text() + "'", t);
      }
      if (!seenClauses.add(clause)) {
        throw new ExpressionException("Invalid UpdateExpression: The \"" + clause
            + "\" section can only be used once in an update expression;");
      }
      do {
        Path path = p.path();
        Operand value = null;
        if (clause.equals("SET")) {
          p.expect("=");
          value = p.setValue();
        } else if (!clause.equals("REMOVE")) {
          value = p.operand();
        }
        actions.add(new UpdateAction(clause, path, value));
      } while (p.accept(","));
    }
    if (actions.isEmpty()) {
      throw new ExpressionException("Invalid UpdateExpression: The expression can not be empty;");
    }
    return actions;
  }

  private Condition orCondition() {
    Condition left = andCondition();
    while (accept("OR")) {
      left = new Or(left, andCondition());
    }
    return left;
  }

  private Condition andCondition() {
    Condition left = notCondition();
    while (accept("AND")) {
      left = new And(left, notCondition());
    }
    return left;
  }

  private Condition notCondition() {
    if (accept("NOT")) {
      return new Not(notCondition());
    }
    return primaryCondition();
  }

  private Condition primaryCondition() {
    if (accept("(")) {
      Condition c = orCondition();
      expect(")");
      return c;
    }
    Token t = peek();
    if (t.kind() == Kind.NAME && CONDITION_FUNCTIONS.contains(t.text()) && peekAt(1).is("(")) {
      next();
      return new FunctionCondition(t.text(), arguments());
    }
    Operand left = operand();
    Token op = next();
    if (op.kind() == Kind.SYMBOL && List.of("=", "<>", "<", "<=", ">", ">=").contains(op.text())) {
      return new Compare(op.text(), left, operand());
    }
    if (op.is("BETWEEN")) {
      Operand low = operand();
      expect("AND");
      return new Between(left, low, operand());
    }
    if (op.is("IN")) {
      expect("(");
      List<Operand> candidates = new ArrayList<>();
      do {
        candidates.add(operand());
      } while (accept(","));
      expect(")");
      return new In(left, candidates);
    }
    throw error("expected a comparison but found '" + op.text() + "'", op);
  }

  private List<Operand> arguments() {
    expect("(");
    List<Operand> args = new ArrayList<>();
    do {
      args.add(operand());
    } while (accept(","));
    expect(")");
    return args;
  }

  private Operand setValue() {
    Operand left = operand();
    if (peek().is("+") || peek().is("-")) {
      char op = next().text().charAt(0);
      return new Arithmetic(left, op, operand());
    }
    return left;
  }

  private Operand operand() {
    Token t = peek();
    if (t.kind() == Kind.VALUE) {
      next();
      context.markValue(t.text());
      return new ValueOperand(t.text());
    }
    if (t.kind() == Kind.NAME && peekAt(1).is("(")) {
      String name = t.text();
      if (!List.of("size", "if_not_exists", "list_append").contains(name)) {
        throw error("unknown function '" + name + "'", t);
      }
      next();
      return new FunctionOperand(name, arguments());
    }
    return new PathOperand(path());
  }

  private Path path() {
    List<Object> elements = new ArrayList<>();
    elements.add(name());
    while (true) {
      if (accept(".")) {
        elements.add(name());
      } else if (accept("[")) {
        Token n = next();
        if (n.kind() != Kind.INTEGER) {
          throw error("expected a list index", n);
        }
        elements.add(Integer.parseInt(n.text()));
        expect("]");
      } else {
        return new Path(elements);
      }
    }
  }

  private String name() {
    Token t = next();
    if (t.kind() == Kind.ALIAS) {
      return context.name(t.text());
    }
    if (t.kind() == Kind.NAME) {
      if (ReservedWords.isReserved(t.text())) {
        throw new ExpressionException("Invalid expression: Attribute name is a reserved keyword; reserved keyword: "
            + t.text());
      }
      return t.text();
    }
    throw error("expected an attribute name but found '" + t.text() + "'", t);
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token peekAt(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  private Token next() {
    Token t = tokens.get(pos);
    if (t.kind() != Kind.END) {
      pos++;
    }
    return t;
  }

  private boolean accept(String symbolOrKeyword) {
    if (peek().is(symbolOrKeyword)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(String symbolOrKeyword) {
    Token t = next();
    if (!t.is(symbolOrKeyword)) {
      throw error("expected '" + symbolOrKeyword + "' but found '" + (t.kind() == Kind.END ? "end" : t.text()) + "'", t);
    }
  }

  private void expectEnd() {
    Token t = peek();
    if (t.kind() != Kind.END) {
      throw error("unexpected token '" + t.text() + "'", t);
    }
  }

  private ExpressionException error(String what, Token at) {
    return ExpressionException.syntax(what, text, at.position());
  }
}
