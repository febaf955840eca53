package io.opadynamodb.dynamodb.embedded.expr;

import java.util.List;

/** The syntax tree of condition, key condition and update expressions. */
public final class Expr {
  private Expr() {}

  /** Something that yields a value: a path, a placeholder value, or a function of them. */
  public sealed interface Operand permits PathOperand, ValueOperand, FunctionOperand, Arithmetic {}

  /** An attribute of the item. */
  public record PathOperand(Path path) implements Operand {}

  /** A value from ExpressionAttributeValues, by its placeholder name. */
  public record ValueOperand(String placeholder) implements Operand {}

  /** {@code size(path)}, {@code if_not_exists(path, v)}, {@code list_append(a, b)}. */
  public record FunctionOperand(String name, List<Operand> args) implements Operand {}

  /** {@code a + b} or {@code a - b} (update expressions only). */
  public record Arithmetic(Operand left, char op, Operand right) implements Operand {}

  /** A boolean condition. */
  public sealed interface Condition permits Compare, Between, In, And, Or, Not, FunctionCondition {}

  /** {@code a op b} with op one of = <> < <= > >=. */
  public record Compare(String op, Operand left, Operand right) implements Condition {}

  public record Between(Operand value, Operand low, Operand high) implements Condition {}

  public record In(Operand value, List<Operand> candidates) implements Condition {}

  public record And(Condition left, Condition right) implements Condition {}

  public record Or(Condition left, Condition right) implements Condition {}

  public record Not(Condition condition) implements Condition {}

  /** attribute_exists, attribute_not_exists, attribute_type, begins_with, contains. */
  public record FunctionCondition(String name, List<Operand> args) implements Condition {}

  /** One action of an update expression. */
  public record UpdateAction(String clause, Path path, Operand value) {}
}
