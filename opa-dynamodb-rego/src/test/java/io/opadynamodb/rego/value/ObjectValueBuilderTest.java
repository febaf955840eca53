package io.opadynamodb.rego.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The object builder and object lookups take different paths by size (linear scans, binary search,
 * a hash index); each size must behave like a sorted map keyed by OPA's value order.
 */
class ObjectValueBuilderTest {
  private static final int[] SIZES = {1, 2, 3, 4, 5, 8, 9, 16, 17, 40, 200};

  @Test
  void buildsKeysInOpaOrderWhateverTheInsertionOrder() {
    Random random = new Random(7);
    for (int size : SIZES) {
      List<Value> keys = mixedKeys(size);
      Collections.shuffle(keys, random);
      ObjectValue.Builder b = ObjectValue.builder();
      TreeMap<Value, Value> reference = new TreeMap<>();
      for (Value k : keys) {
        b.put(k, NumberValue.of(reference.size()));
        reference.put(k, NumberValue.of(reference.size()));
      }
      ObjectValue o = b.build();
      assertThat(o.keys()).as("size %d", size).containsExactlyElementsOf(reference.keySet());
      assertThat(o.values()).as("size %d", size).containsExactlyElementsOf(reference.values());
    }
  }

  @Test
  void anEqualKeyReplacesTheValueBeforeAndAfterTheBuilderIndexesItsKeys() {
    for (int size : SIZES) {
      ObjectValue.Builder b = ObjectValue.builder();
      for (int i = 0; i < size; i++) {
        b.put(NumberValue.of(i), StringValue.of("first"));
      }
      // 1.0 and 1 are the same key in OPA
      b.put(NumberValue.parse("0.0"), StringValue.of("second"));
      assertThat(b.size()).as("size %d", size).isEqualTo(size);
      assertThat(b.get(NumberValue.of(0))).isEqualTo(StringValue.of("second"));
      assertThat(b.containsKey(NumberValue.of(size))).isFalse();
      ObjectValue o = b.build();
      assertThat(o.size()).isEqualTo(size);
      assertThat(o.get(NumberValue.of(0))).isEqualTo(StringValue.of("second"));
    }
  }

  @Test
  void looksUpEveryKeyAndMissesAbsentOnesAtEverySize() {
    for (int size : SIZES) {
      List<Value> keys = mixedKeys(size);
      ObjectValue.Builder b = ObjectValue.builder();
      for (Value k : keys) {
        b.put(k, ArrayValue.of(k));
      }
      ObjectValue o = b.build();
      for (Value k : keys) {
        assertThat(o.get(k)).as("size %d key %s", size, k).isEqualTo(ArrayValue.of(k));
        assertThat(o.containsKey(k)).isTrue();
      }
      for (Value absent : List.of(StringValue.of("absent"), NumberValue.of(-1), NullValue.INSTANCE,
          ArrayValue.of(StringValue.of("absent")))) {
        assertThat(o.get(absent)).as("size %d key %s", size, absent).isNull();
      }
    }
  }

  @Test
  void objectsBuiltInDifferentOrdersAreEqualWhetherOrNotTheirHashIsKnown() {
    ObjectValue a = ObjectValue.of(Map.of(StringValue.of("action"), StringValue.of("read"),
        StringValue.of("object"), StringValue.of("server123")));
    ObjectValue b = ObjectValue.builder().put("object", StringValue.of("server123"))
        .put("action", StringValue.of("read")).build();
    ObjectValue c = ObjectValue.builder().put("object", StringValue.of("server124"))
        .put("action", StringValue.of("read")).build();
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
    a.hashCode();
    assertThat(a).isEqualTo(b);
    c.hashCode();
    assertThat(a).isNotEqualTo(c);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
  }

  /** Strings, numbers and one composite key: every lookup path sees several types. */
  private static List<Value> mixedKeys(int size) {
    List<Value> keys = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      switch (i % 3) {
        case 0 -> keys.add(StringValue.of("k" + i));
        case 1 -> keys.add(NumberValue.of(i));
        default -> keys.add(i == 2 ? ArrayValue.of(StringValue.of("k"), NumberValue.of(i)) : StringValue.of("s" + i));
      }
    }
    return keys;
  }
}
