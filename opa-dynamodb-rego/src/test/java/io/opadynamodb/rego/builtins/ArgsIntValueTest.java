package io.opadynamodb.rego.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import org.junit.jupiter.api.Test;

/** {@link Args#intValue} accepts what OPA v1.22.2's {@code builtins.IntOperand} accepts (Go's 64-bit int). */
class ArgsIntValueTest {
  private static long read(String literal) {
    return Args.intValue(new Value[] {NumberValue.parse(literal)}, 0);
  }

  @Test
  void integers_beyond_32_bits_are_accepted() {
    assertThat(read("2147483648")).isEqualTo(2_147_483_648L);
    assertThat(read("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    assertThat(read("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(read("3.000")).isEqualTo(3L);
  }

  @Test
  void fractions_exponents_and_numbers_beyond_64_bits_are_floating_point_for_opa() {
    for (String bad : new String[] {"1.5", "1e3", "9223372036854775808", "99999999999999999999"}) {
      assertThatThrownBy(() -> read(bad)).as(bad)
          .isInstanceOf(BuiltinException.class)
          .hasMessage("operand 1 must be integer number but got floating-point number");
    }
  }

  @Test
  void non_numbers_are_type_errors() {
    assertThatThrownBy(() -> Args.intValue(new Value[] {StringValue.of("1")}, 0))
        .isInstanceOf(BuiltinException.class)
        .hasMessage("operand 1 must be number but got string");
  }
}
