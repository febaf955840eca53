package io.opadynamodb.rego.builtins.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import org.junit.jupiter.api.Test;

/** Expected values come from OPA v1.22.2 ({@code opa eval}). */
class TimeBuiltinsTest {
  private final TestContext ctx = new TestContext();

  private Value call(String name, Value... args) {
    return TestContext.call(new TimeBuiltins(), ctx, name, args);
  }

  private static Value s(String v) {
    return StringValue.of(v);
  }

  private static Value n(long v) {
    return NumberValue.of(v);
  }

  private static Value arr(Value... v) {
    return ArrayValue.of(v);
  }

  @Test
  void formatsWithGoLayouts() {
    long t = 1670006453141828752L;
    assertThat(call("time.format", n(t))).isEqualTo(s("2022-12-02T18:40:53.141828752Z"));
    assertThat(call("time.format", arr(n(t), s("Asia/Kolkata")))).isEqualTo(s("2022-12-03T00:10:53.141828752+05:30"));
    assertThat(call("time.format", arr(n(t), s("Asia/Kolkata"), s("RFC1123Z"))))
        .isEqualTo(s("Sat, 03 Dec 2022 00:10:53 +0530"));
    assertThat(call("time.format", arr(n(t), s("America/New_York"),
        s("Monday, 02-Jan-06 3:04:05.000 PM MST Z07:00 __2 002 pm _2 .999"))))
        .isEqualTo(s("Friday, 02-Dec-22 1:40:53.141 PM EST -05:00 336 336 pm  2 .141"));
    assertThat(call("time.format", arr(n(1670006453000000000L), s("UTC"), s("RFC3339Nano"))))
        .isEqualTo(s("2022-12-02T18:40:53Z"));
    assertThat(call("time.format", arr(n(t), s("Asia/Kolkata"), s("UnixDate"))))
        .isEqualTo(s("Sat Dec  3 00:10:53 IST 2022"));
    assertThat(call("time.format", arr(n(t), s("Asia/Tokyo"), s("RFC1123"))))
        .isEqualTo(s("Sat, 03 Dec 2022 03:40:53 JST"));
  }

  @Test
  void parsesWithGoLayouts() {
    assertThat(call("time.parse_ns", s("Mon Jan _2 15:04:05 MST 2006"), s("Fri Dec  2 18:40:53 PST 2022")))
        .isEqualTo(n(1670006453000000000L));
    assertThat(call("time.parse_ns", s("2006-01-02 15:04:05.000"), s("2022-12-02 18:40:53.141")))
        .isEqualTo(n(1670006453141000000L));
    assertThat(call("time.parse_ns", s("2006-01-02 15:04:05"), s("2022-12-02 18:40:53.141")))
        .isEqualTo(n(1670006453141000000L));
    assertThat(call("time.parse_ns", s("01/02 03:04:05PM '06 -0700"), s("06/02 07:00:00PM '17 -0700")))
        .isEqualTo(n(1496455200000000000L));
    assertThat(call("time.parse_rfc3339_ns", s("2262-04-11T23:47:16.854775807-00:00")))
        .isEqualTo(n(Long.MAX_VALUE));
    assertThat(call("time.parse_rfc3339_ns", s("1677-09-21T00:12:43.145224192-00:00")))
        .isEqualTo(n(Long.MIN_VALUE));
  }

  @Test
  void parseErrorsAreGoMessages() {
    assertError("time.parse_ns", "parsing time \"2022-13-02\": month out of range", s("2006-01-02"), s("2022-13-02"));
    assertError("time.parse_ns", "parsing time \"2022-02-30\": day out of range", s("2006-01-02"), s("2022-02-30"));
    assertError("time.parse_ns", "parsing time \"2022-02-03x\": extra text: \"x\"", s("2006-01-02"),
        s("2022-02-03x"));
    assertError("time.parse_ns",
        "parsing time \"x2022-02-03\" as \"2006-01-02\": cannot parse \"x2022-02-03\" as \"2006\"",
        s("2006-01-02"), s("x2022-02-03"));
    assertError("time.parse_rfc3339_ns",
        "parsing time \"2022-12-02T18:40:53\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"\" as \"Z07:00\"",
        s("2022-12-02T18:40:53"));
    assertError("time.parse_ns", "time outside of valid range", s("15:04"), s("18:40"));
    assertError("time.parse_rfc3339_ns", "time outside of valid range", s("2262-04-11T23:47:16.854775808-00:00"));
  }

  @Test
  void parsesDurations() {
    assertThat(call("time.parse_duration_ns", s("1h2m3.5s"))).isEqualTo(n(3723500000000L));
    assertThat(call("time.parse_duration_ns", s("1.5d"))).isEqualTo(n(129600000000000L));
    assertThat(call("time.parse_duration_ns", s("-1w2d3\u00b5s"))).isEqualTo(n(-777600000003000L));
    assertThat(call("time.parse_duration_ns", s("100ms"))).isEqualTo(n(100000000L));
    assertError("time.parse_duration_ns", "time: unknown unit \"x\" in duration \"1x\"", s("1x"));
    assertError("time.parse_duration_ns", "time: invalid duration \"1.5dx\"", s("1.5dx"));
    assertError("time.parse_duration_ns", "time: invalid duration \"\"", s(""));
    assertError("time.parse_duration_ns", "time: missing unit in duration \"3\"", s("3"));
  }

  @Test
  void calendarFunctions() {
    assertThat(call("time.date", arr(n(1517814000000000000L), s("America/Los_Angeles"))))
        .isEqualTo(arr(n(2018), n(2), n(4)));
    assertThat(call("time.clock", arr(n(1517832000000000000L), s("America/New_York"))))
        .isEqualTo(arr(n(7), n(0), n(0)));
    assertThat(call("time.weekday", n(1518350400000000000L))).isEqualTo(s("Sunday"));
    assertThat(call("time.add_date", n(1585852421593912000L), n(3), n(9), n(12))).isEqualTo(n(1705257221593912000L));
    assertThat(call("time.add_date", n(1582977600000000000L), n(1), n(0), n(0))).isEqualTo(n(1614600000000000000L));
    assertThat(call("time.diff", n(0), n(1582977600000000000L))).isEqualTo(arr(n(50), n(1), n(28), n(12), n(0), n(0)));
    assertThat(call("time.now_ns")).isEqualTo(n(ctx.now));
  }

  @Test
  void rangeAndOperandErrors() {
    assertError("time.date", "timestamp too big", NumberValue.parse("1582977600000000000000"));
    assertError("time.date", "unknown time zone Foo/Bar", arr(n(0), s("Foo/Bar")));
    assertError("time.add_date", "time outside of valid range", n(0), n(2262), n(1), n(1));
    assertError("time.add_date", "operand 2 must be integer number but got floating-point number", n(0),
        NumberValue.parse("1.5"), n(0), n(0));
    assertError("time.date", "operand 1 must be either number (ns) or [number (ns), string (tz)] but got string",
        s("x"));
  }

  private void assertError(String name, String message, Value... args) {
    assertThatThrownBy(() -> call(name, args)).isInstanceOf(BuiltinException.class).hasMessage(message);
  }
}
