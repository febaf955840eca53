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
import io.opadynamodb.dynamodb.embedded.expr.Expr.ValueOperand;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.ToIntBiFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Evaluates conditions and operands against one item, with DynamoDB's semantics: a comparison
 * with a missing attribute or with values of different types is false ({@code <>} is true), and
 * order comparisons are defined on strings, numbers and binaries only.
 */
public final class Evaluator {
  private final ExpressionContext context;
  private final ToIntBiFunction<AttributeValue, AttributeValue> order;
  private final BiPredicate<AttributeValue, AttributeValue> equality;
  private final java.util.function.Function<AttributeValue, String> typeOf;

  /**
   * @param order compares two scalars of the same order type
   * @param equality DynamoDB value equality
   * @param typeOf the type descriptor (S, N, ...) of a value
   */
  public Evaluator(ExpressionContext context, ToIntBiFunction<AttributeValue, AttributeValue> order,
      BiPredicate<AttributeValue, AttributeValue> equality, java.util.function.Function<AttributeValue, String> typeOf) {
    this.context = context;
    this.order = order;
    this.equality = equality;
    this.typeOf = typeOf;
  }

  /** True when the condition holds for the item (an empty map for a missing item). */
  public boolean test(Condition c, Map<String, AttributeValue> item) {
    if (c instanceof And a) {
      return test(a.left(), item) && test(a.right(), item);
    }
    if (c instanceof Or o) {
      return test(o.left(), item) || test(o.right(), item);
    }
    if (c instanceof Not n) {
      return !test(n.condition(), item);
    }
    if (c instanceof Compare cmp) {
      return compare(cmp.op(), value(cmp.left(), item), value(cmp.right(), item));
    }
    if (c instanceof Between b) {
      AttributeValue v = value(b.value(), item);
      AttributeValue lo = value(b.low(), item);
      AttributeValue hi = value(b.high(), item);
      if (lo != null && hi != null && ordered(lo, hi) && order.applyAsInt(lo, hi) > 0) {
        throw new ExpressionException("Invalid ConditionExpression: The BETWEEN operator requires upper bound to be "
            + "greater than or equal to lower bound; lower bound operand: " + lo + ", upper bound operand: " + hi);
      }
      return compare(">=", v, lo) && compare("<=", v, hi);
    }
    if (c instanceof In in) {
      AttributeValue v = value(in.value(), item);
      for (Operand candidate : in.candidates()) {
        if (compare("=", v, value(candidate, item))) {
          return true;
        }
      }
      return false;
    }
    return function((FunctionCondition) c, item);
  }

  private boolean function(FunctionCondition f, Map<String, AttributeValue> item) {
    List<Operand> args = f.args();
    switch (f.name()) {
      case "attribute_exists":
        return resolvePath(pathArg(f, 0, 1), item) != null;
      case "attribute_not_exists":
        return resolvePath(pathArg(f, 0, 1), item) == null;
      case "attribute_type": {
        checkArity(f, 2);
        AttributeValue v = resolvePath(pathArg(f, 0, 2), item);
        AttributeValue t = value(args.get(1), item);
        return v != null && t != null && t.s() != null && typeOf.apply(v).equals(t.s());
      }
      case "begins_with": {
        checkArity(f, 2);
        AttributeValue v = value(args.get(0), item);
        AttributeValue p = value(args.get(1), item);
        if (v == null || p == null) {
          return false;
        }
        if (v.s() != null && p.s() != null) {
          return v.s().startsWith(p.s());
        }
        if (v.b() != null && p.b() != null) {
          byte[] a = v.b().asByteArrayUnsafe();
          byte[] b = p.b().asByteArrayUnsafe();
          return a.length >= b.length && Arrays.equals(a, 0, b.length, b, 0, b.length);
        }
        return false;
      }
      case "contains": {
        checkArity(f, 2);
        AttributeValue v = value(args.get(0), item);
        AttributeValue x = value(args.get(1), item);
        if (v == null || x == null) {
          return false;
        }
        if (v.s() != null && x.s() != null) {
          return v.s().contains(x.s());
        }
        if (v.hasSs() && x.s() != null) {
          return v.ss().contains(x.s());
        }
        if (v.hasNs() && x.n() != null) {
          return v.ns().stream().anyMatch(n -> new BigDecimal(n).compareTo(new BigDecimal(x.n())) == 0);
        }
        if (v.hasL()) {
          return v.l().stream().anyMatch(e -> equality.test(e, x));
        }
        return false;
      }
      default:
        throw new ExpressionException("Invalid ConditionExpression: Invalid function name; function: " + f.name());
    }
  }

  private static void checkArity(FunctionCondition f, int n) {
    if (f.args().size() != n) {
      throw new ExpressionException("Invalid ConditionExpression: Incorrect number of operands for operator or "
          + "function; operator or function: " + f.name() + ", number of operands: " + f.args().size());
    }
  }

  private static Path pathArg(FunctionCondition f, int index, int arity) {
    checkArity(f, arity);
    if (f.args().get(index) instanceof PathOperand p) {
      return p.path();
    }
    throw new ExpressionException("Invalid ConditionExpression: Operator or function requires a document path; "
        + "operator or function: " + f.name());
  }

  private boolean compare(String op, AttributeValue a, AttributeValue b) {
    if (op.equals("<>")) {
      return a == null || b == null || !equality.test(a, b);
    }
    if (a == null || b == null) {
      return false;
    }
    if (op.equals("=")) {
      return equality.test(a, b);
    }
    if (!ordered(a, b)) {
      return false;
    }
    int c = order.applyAsInt(a, b);
    switch (op) {
      case "<":
        return c < 0;
      case "<=":
        return c <= 0;
      case ">":
        return c > 0;
      default:
        return c >= 0;
    }
  }

  private boolean ordered(AttributeValue a, AttributeValue b) {
    String ta = typeOf.apply(a);
    return (ta.equals("S") || ta.equals("N") || ta.equals("B")) && ta.equals(typeOf.apply(b));
  }

  /** The value of an operand, or null when it names a missing attribute. */
  public AttributeValue value(Operand o, Map<String, AttributeValue> item) {
    if (o instanceof ValueOperand v) {
      return context.value(v.placeholder());
    }
    if (o instanceof PathOperand p) {
      return resolvePath(p.path(), item);
    }
    if (o instanceof Arithmetic a) {
      AttributeValue l = value(a.left(), item);
      AttributeValue r = value(a.right(), item);
      if (l == null || r == null) {
        throw new ExpressionException("The provided expression refers to an attribute that does not exist in the item");
      }
      if (l.n() == null || r.n() == null) {
        throw new ExpressionException("An operand in the update expression has an incorrect data type");
      }
      BigDecimal x = new BigDecimal(l.n());
      BigDecimal y = new BigDecimal(r.n());
      return AttributeValue.fromN((a.op() == '+' ? x.add(y) : x.subtract(y)).toPlainString());
    }
    FunctionOperand f = (FunctionOperand) o;
    switch (f.name()) {
      case "size": {
        AttributeValue v = value(f.args().get(0), item);
        return v == null ? null : AttributeValue.fromN(Integer.toString(size(v)));
      }
      case "if_not_exists": {
        AttributeValue v = value(f.args().get(0), item);
        return v != null ? v : value(f.args().get(1), item);
      }
      default: {
        AttributeValue l = value(f.args().get(0), item);
        AttributeValue r = value(f.args().get(1), item);
        if (l == null || r == null || !l.hasL() || !r.hasL()) {
          throw new ExpressionException("An operand in the update expression has an incorrect data type");
        }
        List<AttributeValue> joined = new ArrayList<>(l.l());
        joined.addAll(r.l());
        return AttributeValue.fromL(joined);
      }
    }
  }

  private static int size(AttributeValue v) {
    if (v.s() != null) {
      return v.s().getBytes(StandardCharsets.UTF_8).length;
    }
    if (v.b() != null) {
      return v.b().asByteArrayUnsafe().length;
    }
    if (v.hasM()) {
      return v.m().size();
    }
    if (v.hasL()) {
      return v.l().size();
    }
    if (v.hasSs()) {
      return v.ss().size();
    }
    if (v.hasNs()) {
      return v.ns().size();
    }
    if (v.hasBs()) {
      return v.bs().size();
    }
    throw new ExpressionException("Invalid ConditionExpression: Incorrect operand type for operator or function; "
        + "operator or function: size");
  }

  /** The value at a document path, or null when any step is missing or of the wrong type. */
  public static AttributeValue resolvePath(Path path, Map<String, AttributeValue> item) {
    AttributeValue current = item.get(path.head());
    for (int i = 1; i < path.elements().size() && current != null; i++) {
      Object e = path.elements().get(i);
      if (e instanceof Integer idx) {
        current = current.hasL() && idx < current.l().size() ? current.l().get(idx) : null;
      } else {
        current = current.hasM() ? current.m().get((String) e) : null;
      }
    }
    return current;
  }
}
