package io.opadynamodb.rego.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BuiltinDeclsTest {

  @Test
  void loads_every_builtin_of_the_capabilities_file() throws Exception {
    List<String> names = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/opa-capabilities-v1.22.2.json")) {
      JsonNode caps = JsonMapper.builder().build().readTree(in);
      for (JsonNode b : caps.get("builtins").values()) {
        names.add(b.get("name").asString());
      }
    }
    BuiltinDecls decls = BuiltinDecls.standard();
    assertThat(names).hasSize(206);
    for (String n : names) {
      assertThat(decls.get(n)).as(n).isNotNull();
    }
    assertThat(decls.all()).hasSize(names.size());
  }

  @Test
  void declarations_carry_argument_names() {
    BuiltinDecls d = BuiltinDecls.standard();
    assertThat(d.get("plus").namedFuncArgs().append(d.get("plus").result()))
        .hasToString("(x: number, y: number, z: number)");
    assertThat(d.get("plus")).hasToString("(number, number) => number");
    assertThat(d.get("count").args().get(0))
        .hasToString("collection: any<string, array[any], object[any: any], set[any]>");
    assertThat(d.get("print")).hasToString("(any...) => ???");
    assertThat(d.get("eq")).hasToString("(any, any) => boolean");
  }

  @Test
  void deprecated_and_nondeterministic() {
    BuiltinDecls d = BuiltinDecls.standard();
    assertThat(d.isDeprecated("re_match")).isTrue();
    assertThat(d.isDeprecated("regex.match")).isFalse();
    assertThat(d.deprecated()).contains("any", "all", "set_diff", "cast_array", "net.cidr_overlap");
    assertThat(d.isNondeterministic("http.send")).isTrue();
    assertThat(d.isNondeterministic("rand.intn")).isTrue();
    assertThat(d.isNondeterministic("count")).isFalse();
  }

  @Test
  void custom_declarations_are_added_to_a_copy() {
    BuiltinDecls std = BuiltinDecls.standard();
    FunctionType get = FunctionType.of(List.of(Types.objectOf(Types.A, Types.A)), Types.objectOf(Types.A, Types.A));
    BuiltinDecls custom = std.withCustom("dynamodb.get", get);
    assertThat(custom.get("dynamodb.get")).isEqualTo(get);
    assertThat(std.get("dynamodb.get")).isNull();
    assertThat(BuiltinDecls.standard()).isSameAs(std);
  }
}
