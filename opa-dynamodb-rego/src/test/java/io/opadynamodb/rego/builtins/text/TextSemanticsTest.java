package io.opadynamodb.rego.builtins.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.StandardBuiltins;
import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Focused checks of the Go semantics the text built-ins reproduce (expected values from opa v1.22.2). */
class TextSemanticsTest {
  private static Value call(String name, Value... args) {
    return StandardBuiltins.registry().get(name).call(new TestContext(), args);
  }

  private static StringValue s(String v) {
    return StringValue.of(v);
  }

  @Test
  void indicesAndLengthsAreInRunes() {
    assertThat(call("indexof", s("😀a😀b"), s("b"))).isEqualTo(NumberValue.of(3));
    assertThat(call("substring", s("😀😀😀"), NumberValue.of(1), NumberValue.of(1))).isEqualTo(s("😀"));
    assertThat(call("strings.reverse", s("a😀b"))).isEqualTo(s("b😀a"));
    assertThat(call("strings.count", s("😀😀"), s(""))).isEqualTo(NumberValue.of(3));
  }

  @Test
  void integerOperandsFollowOpaNumberText() {
    assertThatThrownBy(() -> call("substring", s("abc"), NumberValue.of(0), NumberValue.parse("1e2")))
        .isInstanceOf(BuiltinException.class)
        .hasMessage("operand 3 must be integer number but got floating-point number");
    assertThat(call("substring", s("abc"), NumberValue.of(0), NumberValue.parse("1.0"))).isEqualTo(s("a"));
  }

  @Test
  void sprintfUsesGoFormattingOnOpaArguments() {
    assertThat(call("sprintf", s("%d|%v|%s"), ArrayValue.of(NumberValue.parse("1.0"), NumberValue.parse("1e21"),
        NumberValue.parse("123456789123456789123")))).isEqualTo(s("%!d(float64=1)|1e+21|123456789123456789123"));
    assertThat(call("sprintf", s("%v %d"), ArrayValue.of(ArrayValue.of(s("é\u0001")), BooleanValue.TRUE)))
        .isEqualTo(s("[\"é\\x01\"] %!d(string=true)"));
    assertThat(call("sprintf", s("%.2f %.0f %08.3f"), ArrayValue.of(NumberValue.parse("2.675"),
        NumberValue.parse("2.5"), NumberValue.parse("-3.14159")))).isEqualTo(s("2.67 2 -003.142"));
  }

  @Test
  void goFloatShortestFormatting() {
    assertThat(GoFloat.format(0.3, 'g', -1)).isEqualTo("0.3");
    assertThat(GoFloat.format(1e21, 'g', -1)).isEqualTo("1e+21");
    assertThat(GoFloat.format(123456789.123, 'g', -1)).isEqualTo("1.23456789123e+08");
    assertThat(GoFloat.format(5e-324, 'g', -1)).isEqualTo("5e-324");
    assertThat(GoFloat.format(1.0, 'x', -1)).isEqualTo("0x1p+00");
  }

  @Test
  void globMatchDelimitersAndSyntaxErrors() {
    ArrayValue none = ArrayValue.EMPTY;
    assertThat(call("glob.match", s("*.github.com"), none, s("api.cdn.github.com"))).isEqualTo(BooleanValue.FALSE);
    assertThat(call("glob.match", s("*.github.com"), NullValue.INSTANCE, s("api.cdn.github.com")))
        .isEqualTo(BooleanValue.TRUE);
    assertThat(call("glob.match", s("**.github.com"), none, s("api.cdn.github.com"))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("glob.match", s("{cat,bat,[fr]at}"), none, s("rat"))).isEqualTo(BooleanValue.TRUE);
    assertThatThrownBy(() -> call("glob.match", s("{a,b"), none, s("a")))
        .hasMessage("glob: syntax error at 4: unclosed `{`");
  }

  @Test
  void regexErrorsCarryGoMessages() {
    assertThatThrownBy(() -> call("regex.match", s("("), s("x")))
        .hasMessage("error parsing regexp: missing closing ): `(`");
    assertThat(call("regex.is_valid", s("("))).isEqualTo(BooleanValue.FALSE);
    assertThat(call("regex.is_valid", NumberValue.of(1))).isEqualTo(BooleanValue.FALSE);
  }

  @Test
  void regexIterationSkipsEmptyMatchesAfterAMatch() {
    assertThat(call("regex.find_n", s("a*"), s("baaab"), NumberValue.of(-1)))
        .isEqualTo(StringBuiltins.strings(List.of("", "aaa", "")));
    // "$1x" names a group "1x" (absent), as in Go.
    assertThat(call("regex.replace", s("banana"), s("(a)(n)"), s("${2}x$1x"))).isEqualTo(s("bnxnxa"));
    assertThat(call("regex.split", s(""), s(""))).isEqualTo(ArrayValue.EMPTY);
  }

  @Test
  void globsMatchIntersectsGlobRegexes() {
    assertThat(call("regex.globs_match", s("a.a."), s(".b.b"))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("regex.globs_match", s("[a-z]+"), s("[0-9]*"))).isEqualTo(BooleanValue.FALSE);
    assertThatThrownBy(() -> call("regex.globs_match", s("pqrs]"), s("[a-b]+")))
        .hasMessage("input:pqrs], pos:5, set-close ']' with no preceding '[': the input provided is invalid");
  }

  @Test
  void replaceWithAnEmptyPatternInsertsBetweenBytesAsGo() {
    assertThat(call("replace", s("abc"), s(""), s("-"))).isEqualTo(s("-a-b-c-"));
    assertThat(call("replace", s("é"), s(""), s("-"))).isEqualTo(s("-\ufffd-\ufffd-"));
  }
}
