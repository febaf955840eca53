package io.opadynamodb.dynamodb.store;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Conversions between Rego/JSON values and DynamoDB's native attribute values: objects are maps
 * (M), arrays lists (L), numbers N in canonical text, so data is stored as DynamoDB documents that
 * other tools can read and query.
 */
public final class AttributeValues {
  private AttributeValues() {}

  /** A JSON value as a DynamoDB attribute; sets and non-string keys are refused (data must be JSON). */
  public static AttributeValue fromValue(Value v) {
    if (v instanceof NullValue) {
      return AttributeValue.fromNul(true);
    }
    if (v instanceof BooleanValue b) {
      return AttributeValue.fromBool(b.value());
    }
    if (v instanceof StringValue s) {
      return AttributeValue.fromS(s.value());
    }
    if (v instanceof NumberValue n) {
      return AttributeValue.fromN(canonical(n.bigDecimalValue()));
    }
    if (v instanceof ArrayValue a) {
      List<AttributeValue> l = new ArrayList<>(a.size());
      for (Value e : a.elements()) {
        l.add(fromValue(e));
      }
      return AttributeValue.fromL(l);
    }
    if (v instanceof ObjectValue o) {
      Map<String, AttributeValue> m = new LinkedHashMap<>();
      o.forEach((k, x) -> {
        if (!(k instanceof StringValue ks)) {
          throw new IllegalArgumentException("data must be JSON: object key " + k + " is not a string");
        }
        m.put(ks.value(), fromValue(x));
      });
      return AttributeValue.fromM(m);
    }
    throw new IllegalArgumentException("data must be JSON: a " + v.typeName() + " cannot be stored");
  }

  /**
   * A DynamoDB attribute as a plain JSON value: string sets and number sets become arrays, binary
   * values base64 strings (as the AWS SDKs' JSON does).
   */
  public static Value toValue(AttributeValue a) {
    if (a.s() != null) {
      return StringValue.of(a.s());
    }
    if (a.n() != null) {
      return number(a.n());
    }
    if (a.bool() != null) {
      return BooleanValue.of(a.bool());
    }
    if (a.nul() != null && a.nul()) {
      return NullValue.INSTANCE;
    }
    if (a.b() != null) {
      return StringValue.of(Base64.getEncoder().encodeToString(a.b().asByteArrayUnsafe()));
    }
    if (a.hasM()) {
      ObjectValue.Builder b = ObjectValue.builder();
      a.m().forEach((k, x) -> b.put(k, toValue(x)));
      return b.build();
    }
    if (a.hasL()) {
      return ArrayValue.of(a.l().stream().map(AttributeValues::toValue).toList());
    }
    if (a.hasSs()) {
      return ArrayValue.of(a.ss().stream().map(s -> (Value) StringValue.of(s)).toList());
    }
    if (a.hasNs()) {
      return ArrayValue.of(a.ns().stream().map(AttributeValues::number).toList());
    }
    if (a.hasBs()) {
      return ArrayValue.of(a.bs().stream()
          .map(b -> (Value) StringValue.of(Base64.getEncoder().encodeToString(b.asByteArrayUnsafe()))).toList());
    }
    throw new IllegalArgumentException("empty DynamoDB attribute value");
  }

  /** An item's attributes as a JSON object. */
  public static ObjectValue toObject(Map<String, AttributeValue> item) {
    ObjectValue.Builder b = ObjectValue.builder();
    item.forEach((k, v) -> b.put(k, toValue(v)));
    return b.build();
  }

  /** The value as DynamoDB will give it back (numbers canonical), so checksums match after a round trip. */
  public static Value canonical(Value v) {
    return toValue(fromValue(v));
  }

  private static Value number(String text) {
    return NumberValue.parse(canonical(new BigDecimal(text.trim())));
  }

  private static String canonical(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }
}
