package io.opadynamodb.rego.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.types.ObjectType.DynamicProperty;
import io.opadynamodb.rego.types.ObjectType.StaticProperty;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypesTest {

  @Test
  void prints_types_like_opa() {
    assertThat(Types.S).hasToString("string");
    assertThat(Types.NL).hasToString("null");
    assertThat(Types.arrayOf(Types.S)).hasToString("array[string]");
    assertThat(Types.tuple(Types.N, Types.S)).hasToString("array<number, string>");
    assertThat(new ArrayType(List.of(Types.N), Types.S)).hasToString("array<number>[string]");
    assertThat(Types.objectOf(Types.S, Types.A)).hasToString("object[string: any]");
    assertThat(new ObjectType(List.of(new StaticProperty(StringValue.of("b"), Types.N),
        new StaticProperty(StringValue.of("a"), Types.S)), new DynamicProperty(Types.S, Types.A)))
        .hasToString("object<a: string, b: number>[string: any]");
    assertThat(Types.SET_OF_ANY).hasToString("set[any]");
    assertThat(new SetType(null)).hasToString("set");
    assertThat(Types.anyOf(Types.S, Types.N)).hasToString("any<number, string>");
    assertThat(Types.A).hasToString("any");
    assertThat(Types.func(List.of(Types.S, Types.N), Types.B)).hasToString("(string, number) => boolean");
    assertThat(new FunctionType(List.of(), null, Types.A)).hasToString("(any...) => ???");
    assertThat(new NamedType("x", Types.N)).hasToString("x: number");
    assertThat(Types.sprint(null)).isEqualTo("???");
  }

  @Test
  void any_members_are_sorted_and_deduplicated() {
    Type t = Types.or(Types.or(Types.S, Types.N), Types.S);
    assertThat(t).hasToString("any<number, string>");
    assertThat(Types.or(Types.N, Types.N)).isEqualTo(Types.N);
    assertThat(Types.or(null, Types.N)).isEqualTo(Types.N);
    assertThat(Types.or(Types.A, Types.N)).isEqualTo(Types.A);
    assertThat(Types.or(Types.func(List.of(), Types.N), Types.N)).isNull();
  }

  @Test
  void contains_is_subsumption_by_any() {
    assertThat(Types.contains(Types.A, Types.tuple(Types.N))).isTrue();
    assertThat(Types.contains(Types.anyOf(Types.S, Types.N), Types.N)).isTrue();
    assertThat(Types.contains(Types.anyOf(Types.S, Types.N), Types.B)).isFalse();
    assertThat(Types.contains(Types.A, Types.func(List.of(), Types.N))).isFalse();
    assertThat(Types.contains(Types.N, Types.N)).isTrue();
  }

  @Test
  void compare_orders_like_opa() {
    assertThat(Types.compare(Types.NL, Types.B)).isNegative();
    assertThat(Types.compare(Types.S, Types.arrayOf(Types.A))).isNegative();
    assertThat(Types.compare(Types.SET_OF_ANY, Types.A)).isNegative();
    assertThat(Types.compare(Types.arrayOf(Types.N), Types.tuple(Types.N))).isPositive();
    assertThat(Types.compare(Types.arrayOf(Types.N), Types.arrayOf(Types.N))).isZero();
  }

  @Test
  void select_keys_and_values() {
    ObjectType o = new ObjectType(List.of(new StaticProperty(StringValue.of("a"), Types.N)), null);
    assertThat(Types.select(o, StringValue.of("a"))).isEqualTo(Types.N);
    assertThat(Types.select(o, StringValue.of("b"))).isNull();
    assertThat(Types.select(Types.tuple(Types.N, Types.S), NumberValue.of(1))).isEqualTo(Types.S);
    assertThat(Types.select(Types.tuple(Types.N), NumberValue.parse("1.0"))).isNull();
    assertThat(Types.keys(Types.arrayOf(Types.S))).isEqualTo(Types.N);
    assertThat(Types.keys(o)).isEqualTo(Types.S);
    assertThat(Types.values(Types.tuple(Types.N, Types.S))).hasToString("any<number, string>");
    assertThat(Types.keys(Types.N)).isNull();
  }

  @Test
  void type_of_constants() {
    assertThat(Types.typeOf(ObjectValue.ofStrings("a", NumberValue.of(1)))).hasToString("object<a: number>");
    assertThat(Types.typeOf(ArrayValue.of(StringValue.of("x")))).hasToString("array<string>");
    assertThat(Types.typeOf(SetValue.of(NumberValue.of(1)))).hasToString("array<number>");
  }

  @Test
  void nil_detects_unknown_parts() {
    assertThat(Types.isNil(null)).isTrue();
    assertThat(Types.isNil(new SetType(null))).isTrue();
    assertThat(Types.isNil(Types.tuple(Types.N, null))).isTrue();
    assertThat(Types.isNil(Types.arrayOf(Types.A))).isFalse();
  }

  @Test
  void unifies_is_compatibility() {
    assertThat(Unifier.unifies(Types.A, Types.N)).isTrue();
    assertThat(Unifier.unifies(Types.anyOf(Types.S, Types.N), Types.N)).isTrue();
    assertThat(Unifier.unifies(Types.S, Types.N)).isFalse();
    assertThat(Unifier.unifies(Types.arrayOf(Types.N), Types.tuple(Types.N, Types.N))).isTrue();
    assertThat(Unifier.unifies(Types.arrayOf(Types.N), Types.tuple(Types.S))).isFalse();
    assertThat(Unifier.unifies(new SetType(null), Types.setOf(Types.N))).isTrue();
  }
}
