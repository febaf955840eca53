package io.opadynamodb.rego.builtins.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import org.junit.jupiter.api.Test;

/** Number semantics, each expectation taken from {@code opa eval -f json} (v1.22.2). */
class ArithmeticFamilyTest {
  private static final BuiltinRegistry R = new BuiltinRegistry();

  static {
    new ArithmeticFamily().register(R);
  }

  private static String call(String fn, String... args) {
    Value[] values = new Value[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = NumberValue.parse(args[i]);
    }
    return ((NumberValue) R.get(fn).call(null, values)).toJsonText();
  }

  @Test
  void integersAreExactAndUnbounded() {
    assertThat(call("plus", "9223372036854775807", "1")).isEqualTo("9223372036854775808");
    assertThat(call("mul", "1e400", "1e400")).hasSize(801).startsWith("1000");
    assertThat(call("minus", "1e20", "-1")).isEqualTo("100000000000000000001");
    assertThat(call("rem", "10", "18446744073709551616")).isEqualTo("10");
  }

  @Test
  void integralFloatResultsPrintAsIntegers() {
    assertThat(call("plus", "1.5", "1.5")).isEqualTo("3");
    assertThat(call("mul", "0.5e1", "1")).isEqualTo("5");
    assertThat(call("div", "2", "3")).isEqualTo("0.6666666666666666667");
  }

  @Test
  void divisionUsesSixtyFourBitMantissas() {
    assertThat(call("div", "10", "4")).isEqualTo("2.5");
    assertThat(call("div", "1", "3")).isEqualTo("0.33333333333333333334");
    assertThat(call("div", "1e-10", "3")).isEqualTo("3.3333333333333333333e-11");
    assertThat(call("div", "123456789012345678901234567890", "7")).isEqualTo("17636684144620811271000000000");
    assertThat(call("div", "0", "-5")).isEqualTo("-0");
    assertThat(call("mul", "0.1", "3")).isEqualTo("0.3");
  }

  @Test
  void divisionAndRemainderErrorsAreOpas() {
    assertThatThrownBy(() -> call("div", "1", "0")).isInstanceOf(BuiltinException.class).hasMessage("divide by zero");
    assertThatThrownBy(() -> call("div", "1", "0.0")).hasMessage("divide by zero");
    assertThatThrownBy(() -> call("rem", "1", "0")).hasMessage("modulo by zero");
    assertThatThrownBy(() -> call("rem", "7.5", "2")).hasMessage("modulo on floating-point number");
    assertThat(call("rem", "7", "2.0")).isEqualTo("1");
    assertThat(call("rem", "-7", "2")).isEqualTo("-1");
  }

  @Test
  void roundingFunctionsKeepOpasQuirks() {
    assertThat(call("round", "-0.5")).isEqualTo("-1");
    assertThat(call("round", "2.5")).isEqualTo("3");
    assertThat(call("ceil", "-0.5")).isEqualTo("1");
    assertThat(call("floor", "-0.5")).isEqualTo("0");
    assertThat(call("floor", "-1.5")).isEqualTo("-2");
    assertThat(call("round", "1e30")).isEqualTo("1000000000000000000024696061952");
    assertThat(call("abs", "12345678901234567890123")).isEqualTo("12345678901234567890000");
  }

  @Test
  void minusIsAlsoSetDifferenceWithOpasOperandErrors() {
    Value s = SetValue.of(NumberValue.of(1), NumberValue.of(2));
    assertThat(R.get("minus").call(null, new Value[] {s, SetValue.of(NumberValue.of(2))}))
        .isEqualTo(SetValue.of(NumberValue.of(1)));
    BuiltinException e = (BuiltinException) org.assertj.core.api.Assertions.catchThrowable(
        () -> R.get("minus").call(null, new Value[] {s, NumberValue.of(1)}));
    assertThat(e.isTypeError()).isTrue();
    assertThat(e).hasMessage("operand 2 must be set but got number");
    assertThatThrownBy(() -> R.get("minus").call(null, new Value[] {StringValue.of("a"), s}))
        .hasMessage("operand 1 must be one of {number, set} but got string");
  }

  @Test
  void absurdMagnitudesAreErrorsNotHangs() {
    assertThatThrownBy(() -> call("mul", "1e-999999999", "1.5")).isInstanceOf(BuiltinException.class)
        .hasMessage("number too big");
    assertThatThrownBy(() -> call("plus", "1e999999999", "1")).hasMessage("number too big");
  }

  @Test
  void truncationReadsNumbersAsOpaFloats() {
    assertThat(GoNumbers.truncateAsOpaFloat(NumberValue.parse("15.9"))).isEqualTo(15);
    assertThat(GoNumbers.truncateAsOpaFloat(NumberValue.parse("-15.9"))).isEqualTo(-15);
    // 2^64 + 1.5 needs 66 bits: the 64-bit mantissa rounds it to 2^64 + 2.
    assertThat(GoNumbers.truncateAsOpaFloat(NumberValue.parse("18446744073709551617.5")))
        .hasToString("18446744073709551618");
  }
}
