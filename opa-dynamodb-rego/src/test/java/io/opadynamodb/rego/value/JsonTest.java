package io.opadynamodb.rego.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class JsonTest {

  @Test
  void roundTripKeepsNumberText() {
    String text = "{\"a\":1.50,\"b\":1e400,\"c\":12345678901234567890123,\"d\":-0,\"e\":[1.0,2E3]}";
    assertThat(Json.write(Json.parse(text))).isEqualTo(text);
  }

  @Test
  void bigNumbersAreExact() {
    Value v = Json.parse("123456789012345678901234567890.000000000000000000001");
    assertThat(((NumberValue) v).bigDecimalValue())
        .isEqualTo(new BigDecimal("123456789012345678901234567890.000000000000000000001"));
    assertThat(Json.parse("1.0")).isEqualTo(NumberValue.of(1));
  }

  @Test
  void duplicateKeysLastWins() {
    assertThat(Json.parse("{\"a\":1,\"a\":2}")).isEqualTo(ObjectValue.ofStrings("a", NumberValue.of(2)));
  }

  @Test
  void parsesEveryType() {
    Value v = Json.parse(" {\"n\":null,\"t\":true,\"f\":false,\"s\":\"x\\u00e9\",\"a\":[]} ");
    ObjectValue o = (ObjectValue) v;
    assertThat(o.get("n")).isSameAs(NullValue.INSTANCE);
    assertThat(o.get("t")).isSameAs(BooleanValue.TRUE);
    assertThat(o.get("f")).isSameAs(BooleanValue.FALSE);
    assertThat(o.get("s")).isEqualTo(StringValue.of("x\u00e9"));
    assertThat(o.get("a")).isEqualTo(ArrayValue.EMPTY);
  }

  @Test
  void loneSurrogateBecomesReplacementCharacter() {
    assertThat(Json.parse("\"a\\ud800b\"")).isEqualTo(StringValue.of("a\uFFFDb"));
    assertThat(Json.parse("\"\\ud83d\\ude00\"")).isEqualTo(StringValue.of("\uD83D\uDE00"));
  }

  @Test
  void parsesStreams() {
    byte[] bytes = "[1,\"\u00e9\"]".getBytes(StandardCharsets.UTF_8);
    assertThat(Json.parse(new ByteArrayInputStream(bytes)))
        .isEqualTo(ArrayValue.of(NumberValue.of(1), StringValue.of("\u00e9")));
  }

  @Test
  void invalidJsonReportsPosition() {
    assertThatThrownBy(() -> Json.parse("{\n  \"a\": tru }"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("invalid JSON at line 2 column");
    assertThatThrownBy(() -> Json.parse("1 2")).isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("after top-level value");
    assertThatThrownBy(() -> Json.parse("")).isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> Json.parse("[1,]")).isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> Json.parse("01")).isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> Json.parse("{'a':1}")).isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> Json.parse("NaN")).isInstanceOf(JsonFormatException.class);
  }

  @Test
  void writesLikeGoJsonMarshal() {
    // Expected output taken from: opa eval -f raw 'json.marshal({...})'
    ObjectValue o = ObjectValue.builder()
        .put(SetValue.of(NumberValue.of(1), StringValue.of("a")), NumberValue.of(2))
        .put(ArrayValue.of(StringValue.of("a")), NumberValue.of(3))
        .put(ObjectValue.ofStrings("k", StringValue.of("v")), NumberValue.of(4))
        .put(NullValue.INSTANCE, NumberValue.of(1))
        .put(BooleanValue.TRUE, NumberValue.of(2))
        .put(NumberValue.parse("1.50"), NumberValue.of(3))
        .put(StringValue.of("\b\f\u0001\u007f"), NumberValue.of(1))
        .build();
    assertThat(Json.write(o)).isEqualTo(
        "{\"\\b\\f\\u0001\u007f\":1,\"1.50\":3,\"[\\\"a\\\"]\":3,\"[1,\\\"a\\\"]\":2,\"null\":1,\"true\":2,"
            + "\"{\\\"k\\\":\\\"v\\\"}\":4}");
  }

  @Test
  void escapesHtmlAndLineSeparators() {
    assertThat(Json.write(StringValue.of("<b>&\u2028\u2029\"\\\n\r\t")))
        .isEqualTo("\"\\u003cb\\u003e\\u0026\\u2028\\u2029\\\"\\\\\\n\\r\\t\"");
    assertThat(Json.write(StringValue.of("a\uD800"))).isEqualTo("\"a\\ufffd\"");
    assertThat(Json.write(StringValue.of("\uD83D\uDE00"))).isEqualTo("\"\uD83D\uDE00\"");
  }

  @Test
  void writesPrettyLikeMarshalIndent() {
    Value v = ObjectValue.ofStrings("a<", ArrayValue.of(NumberValue.of(1), ObjectValue.ofStrings("b", NumberValue.of(2))),
        "e", ArrayValue.EMPTY, "o", ObjectValue.EMPTY, "s", SetValue.EMPTY);
    assertThat(Json.writePretty(v, "\t")).isEqualTo(
        "{\n\t\"a\\u003c\": [\n\t\t1,\n\t\t{\n\t\t\t\"b\": 2\n\t\t}\n\t],\n\t\"e\": [],\n\t\"o\": {},\n\t\"s\": []\n}");
    assertThat(Json.writePretty(ArrayValue.of(NumberValue.of(1)), "P", "  ")).isEqualTo("[\nP  1\nP]");
    assertThat(Json.writePretty(NumberValue.of(1), "  ")).isEqualTo("1");
  }

  @Test
  void fromJavaConvertsPlainObjects() {
    Map<Object, Object> m = new LinkedHashMap<>();
    m.put("i", 1);
    m.put(2, 2L);
    m.put("big", new BigInteger("123456789012345678901234567890"));
    m.put("dec", new BigDecimal("1.25"));
    m.put("d", 0.1d);
    m.put("f", 0.1f);
    m.put("list", List.of("x", true));
    m.put("set", new LinkedHashSet<>(List.of(3, 1)));
    m.put("arr", new int[] {7, 8});
    m.put("null", null);
    ObjectValue o = (ObjectValue) Json.fromJava(m);
    assertThat(o.get("i")).isEqualTo(NumberValue.of(1));
    assertThat(o.get("2")).isEqualTo(NumberValue.of(2));
    assertThat(o.get("big")).isEqualTo(NumberValue.of(new BigInteger("123456789012345678901234567890")));
    assertThat(o.get("dec")).isEqualTo(NumberValue.of(new BigDecimal("1.25")));
    assertThat(o.get("d")).isEqualTo(NumberValue.parse("0.1"));
    assertThat(o.get("f")).isEqualTo(NumberValue.parse("0.1"));
    assertThat(o.get("list")).isEqualTo(ArrayValue.of(StringValue.of("x"), BooleanValue.TRUE));
    assertThat(o.get("set")).isEqualTo(SetValue.of(NumberValue.of(1), NumberValue.of(3)));
    assertThat(o.get("arr")).isEqualTo(ArrayValue.of(NumberValue.of(7), NumberValue.of(8)));
    assertThat(o.get("null")).isSameAs(NullValue.INSTANCE);
  }

  @Test
  void fromJavaRejectsACycleThatStartsDeepInTheStructure() {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> at = root;
    for (int i = 0; i < 50; i++) {
      Map<String, Object> next = new LinkedHashMap<>();
      at.put("k", next);
      at = next;
    }
    List<Object> loop = new ArrayList<>();
    loop.add(Map.of("back", loop));
    at.put("loop", loop);
    assertThatThrownBy(() -> Json.fromJava(root)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cyclic");
  }

  @Test
  void fromJavaAcceptsTheSameContainerTwiceWhenNotNestedInItself() {
    List<Object> shared = List.of(1, 2);
    List<Object> deep = new ArrayList<>(List.of(shared, shared));
    for (int i = 0; i < 40; i++) {
      deep = new ArrayList<>(List.of(deep, shared));
    }
    Value v = Json.fromJava(Map.of("a", shared, "b", shared, "deep", deep));
    assertThat(((ObjectValue) v).get(StringValue.of("b"))).isEqualTo(ArrayValue.of(NumberValue.of(1), NumberValue.of(2)));
  }

  @Test
  void fromJavaRejectsCyclesAndUnknownTypes() {
    List<Object> l = new ArrayList<>();
    l.add(l);
    assertThatThrownBy(() -> Json.fromJava(l)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cyclic");
    assertThatThrownBy(() -> Json.fromJava(new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.fromJava(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    // The same list twice (not a cycle) is fine.
    List<Object> shared = List.of(1);
    assertThat(Json.fromJava(List.of(shared, shared))).isEqualTo(
        ArrayValue.of(ArrayValue.of(NumberValue.of(1)), ArrayValue.of(NumberValue.of(1))));
  }

  @Test
  void fromJavaConvertsJacksonTrees() {
    ObjectMapper mapper = JsonMapper.builder().build();
    Value v = Json.fromJava(mapper.readTree("{\"a\":[1,2.5,\"s\",null,true],\"b\":123456789012345678901234}"));
    assertThat(v).isEqualTo(Json.parse("{\"a\":[1,2.5,\"s\",null,true],\"b\":123456789012345678901234}"));
  }

  @Test
  void toJavaGivesPlainObjects() {
    Object o = Json.toJava(Json.parse("{\"b\":[1,12345678901234567890123,1.5],\"a\":null,\"c\":\"s\"}"));
    assertThat(o).isInstanceOf(LinkedHashMap.class);
    Map<?, ?> m = (Map<?, ?>) o;
    assertThat(new ArrayList<Object>(m.keySet())).isEqualTo(List.of("a", "b", "c"));
    assertThat(m.get("b")).isEqualTo(List.of(1L, new BigInteger("12345678901234567890123"), new BigDecimal("1.5")));
    assertThat(m.get("a")).isNull();
    assertThat(Json.toJava(SetValue.of(NumberValue.of(2), NumberValue.of(1)))).isEqualTo(List.of(1L, 2L));
    assertThat(Json.toJava(ObjectValue.of(Map.of(NumberValue.of(1), BooleanValue.TRUE)))).isEqualTo(Map.of("1", true));
  }

  @Test
  void javaRoundTrip() {
    Value v = Json.parse("{\"a\":[1,{\"b\":\"c\"}],\"d\":2.5,\"e\":false}");
    assertThat(Json.fromJava(Json.toJava(v))).isEqualTo(v);
  }
}
