package io.opadynamodb.rego.builtins.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import org.junit.jupiter.api.Test;

/** Object built-ins, expectations from the {@code opa} binary. */
class ObjectFamilyTest {
  private static final BuiltinRegistry R = new BuiltinRegistry();

  static {
    new ObjectFamily().register(R);
    new SubsetFamily().register(R);
  }

  private static String call(String fn, Value... args) {
    Value v = R.get(fn).call(null, args);
    return v == null ? "undefined" : Json.write(v);
  }

  @Test
  void unionNFreezesKeysOverwrittenByNonObjects() {
    Value arr = Json.parse("[{\"a\": {\"b\": 2}}, {\"a\": 4}, {\"a\": {\"c\": 3}}]");
    assertThat(call("object.union_n", arr)).isEqualTo("{\"a\":{\"c\":3}}");
    Value merged = Json.parse("[{\"a\": {\"b\": 2}}, {\"a\": {\"c\": 3}}, {\"d\": 1}]");
    assertThat(call("object.union_n", merged)).isEqualTo("{\"a\":{\"b\":2,\"c\":3},\"d\":1}");
  }

  @Test
  void unionMergesRecursivelyWithTheRightSideWinning() {
    Value a = Json.parse("{\"a\":1,\"b\":{\"c\":1,\"d\":2}}");
    Value b = Json.parse("{\"b\":{\"c\":3},\"e\":4}");
    assertThat(call("object.union", a, b)).isEqualTo("{\"a\":1,\"b\":{\"c\":3,\"d\":2},\"e\":4}");
  }

  @Test
  void getWalksObjectsArraysAndSetsWithIntegerTextIndexes() {
    Value o = Json.parse("{\"a\": {\"b\": [10, 20]}}");
    Value dflt = StringValue.of("d");
    assertThat(call("object.get", o, Json.parse("[\"a\", \"b\", 1.0]"), dflt)).isEqualTo("20");
    assertThat(call("object.get", o, Json.parse("[\"a\", \"b\", 1e0]"), dflt)).isEqualTo("\"d\"");
    assertThat(call("object.get", o, ArrayValue.EMPTY, dflt)).isEqualTo(Json.write(o));
    assertThat(call("object.get", o, StringValue.of("zz"), dflt)).isEqualTo("\"d\"");
  }

  @Test
  void subsetKeepsOpasArrayAndSetCounting() {
    assertThat(call("object.subset", Json.parse("[1,2,3,4]"), Json.parse("[2,3]"))).isEqualTo("true");
    assertThat(call("object.subset", Json.parse("[1,2,3]"), Json.parse("[1,3]"))).isEqualTo("false");
    Value ones = Json.parse("[1,1]");
    assertThat(call("object.subset", ones, SetValue.of(Json.parse("1"), Json.parse("2")))).isEqualTo("true");
    assertThat(call("object.subset", ArrayValue.EMPTY, SetValue.EMPTY)).isEqualTo("false");
  }
}
