package io.opadynamodb.rego.builtins;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigInteger;

/**
 * Operand checks shared by every built-in, producing OPA's exact messages. Positions are 1-based,
 * as in OPA's messages ("operand 1 must be string but got number").
 */
public final class Args {
  private Args() {}

  public static String string(Value[] args, int index) {
    if (args[index] instanceof StringValue s) {
      return s.value();
    }
    throw typeError(index + 1, args[index], "string");
  }

  public static NumberValue number(Value[] args, int index) {
    if (args[index] instanceof NumberValue n) {
      return n;
    }
    throw typeError(index + 1, args[index], "number");
  }

  public static boolean bool(Value[] args, int index) {
    if (args[index] instanceof BooleanValue b) {
      return b.value();
    }
    throw typeError(index + 1, args[index], "boolean");
  }

  public static ArrayValue array(Value[] args, int index) {
    if (args[index] instanceof ArrayValue a) {
      return a;
    }
    throw typeError(index + 1, args[index], "array");
  }

  public static ObjectValue object(Value[] args, int index) {
    if (args[index] instanceof ObjectValue o) {
      return o;
    }
    throw typeError(index + 1, args[index], "object");
  }

  public static SetValue set(Value[] args, int index) {
    if (args[index] instanceof SetValue s) {
      return s;
    }
    throw typeError(index + 1, args[index], "set");
  }

  /**
   * An integer operand as OPA's {@code builtins.IntOperand}: Go's {@code int} is 64 bits, read from the
   * number's text (see {@link io.opadynamodb.rego.builtins.numbers.GoNumbers#intOperand}).
   */
  public static long intValue(Value[] args, int index) {
    return io.opadynamodb.rego.builtins.numbers.GoNumbers.intOperand(args, index);
  }

  /** {@code operand N must be T but got U}, or {@code must be one of {T1, T2} but got U}. */
  public static BuiltinException typeError(int position, Value got, String... expected) {
    if (expected.length == 1) {
      return operand(position, "must be " + expected[0] + " but got " + got.typeName());
    }
    return operand(position, "must be one of {" + String.join(", ", expected) + "} but got " + got.typeName());
  }

  /** {@code operand N must be array of strings but got array containing number}. */
  public static BuiltinException elementError(int position, Value composite, Value got, String... expected) {
    String tpe = composite.typeName();
    if (expected.length == 1) {
      return operand(position, "must be " + tpe + " of " + expected[0] + "s but got " + tpe + " containing "
          + got.typeName());
    }
    return operand(position, "must be " + tpe + " of (any of) {" + String.join(", ", expected) + "} but got "
        + tpe + " containing " + got.typeName());
  }

  /** {@code operand N <message>} as an operand (type) error. */
  public static BuiltinException operand(int position, String message) {
    return BuiltinException.operand("operand " + position + " " + message);
  }
}
