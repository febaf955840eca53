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
   * An integer operand as OPA's {@code builtins.IntOperand}: Go's {@code int} is 64 bits, and OPA reads it from
   * the number's text ({@code util.Atoi64}: at most 19 digits, {@code .0} allowed, no exponent). Anything else
   * is reported as OPA does, "must be integer number but got floating-point number" (also for too large ones).
   */
  public static long intValue(Value[] args, int index) {
    NumberValue n = number(args, index);
    Long i = atoi64(n.toJsonText());
    if (i == null) {
      throw operand(index + 1, "must be integer number but got floating-point number");
    }
    return i;
  }

  /** Go's {@code util.Atoi64}. */
  private static Long atoi64(String s) {
    boolean negative = s.startsWith("-");
    String digits = negative || s.startsWith("+") ? s.substring(1) : s;
    if (digits.isEmpty() || digits.length() > 19) {
      return null;
    }
    boolean pastDecimal = false;
    long n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char ch = digits.charAt(i);
      if (ch == '.') {
        if (pastDecimal) {
          return null;
        }
        pastDecimal = true;
      } else if (ch < '0' || ch > '9' || (pastDecimal && ch != '0')) {
        return null;
      } else if (!pastDecimal) {
        n = n * 10 + (ch - '0'); // may wrap, as in Go: caught below
      }
    }
    if (!negative && n < 0) {
      return null;
    }
    if (negative) {
      n = -n;
      if (n > 0) {
        return null;
      }
    }
    return n;
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
