package io.opadynamodb.dynamodb.embedded;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Type, order, equality and size of attribute values, with DynamoDB's rules. */
final class AttributeValues {
  private AttributeValues() {}

  /** DynamoDB's type descriptor of a value: S, N, B, SS, NS, BS, M, L, NULL, BOOL. */
  static String type(AttributeValue v) {
    if (v.s() != null) {
      return "S";
    }
    if (v.n() != null) {
      return "N";
    }
    if (v.b() != null) {
      return "B";
    }
    if (v.bool() != null) {
      return "BOOL";
    }
    if (v.nul() != null && v.nul()) {
      return "NULL";
    }
    if (v.hasM()) {
      return "M";
    }
    if (v.hasL()) {
      return "L";
    }
    if (v.hasSs()) {
      return "SS";
    }
    if (v.hasNs()) {
      return "NS";
    }
    if (v.hasBs()) {
      return "BS";
    }
    throw Errors.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
  }

  /** Orders two scalars of the same type (S by UTF-8 bytes, N numerically, B unsigned bytes). */
  static final Comparator<AttributeValue> SCALAR_ORDER = AttributeValues::compareScalars;

  static int compareScalars(AttributeValue a, AttributeValue b) {
    String ta = type(a);
    if (!ta.equals(type(b))) {
      throw new IllegalArgumentException("cannot order " + ta + " and " + type(b));
    }
    switch (ta) {
      case "N":
        return number(a.n()).compareTo(number(b.n()));
      case "S":
        return Arrays.compareUnsigned(a.s().getBytes(StandardCharsets.UTF_8), b.s().getBytes(StandardCharsets.UTF_8));
      case "B":
        return Arrays.compareUnsigned(a.b().asByteArrayUnsafe(), b.b().asByteArrayUnsafe());
      default:
        throw new IllegalArgumentException("cannot order values of type " + ta);
    }
  }

  /** True when both values have an order type (S, N, B) and the same type. */
  static boolean comparable(AttributeValue a, AttributeValue b) {
    String ta = type(a);
    return (ta.equals("S") || ta.equals("N") || ta.equals("B")) && ta.equals(type(b));
  }

  static BigDecimal number(String n) {
    try {
      return new BigDecimal(n.trim());
    } catch (NumberFormatException e) {
      throw Errors.validation("The parameter cannot be converted to a numeric value: " + n);
    }
  }

  /** A number in DynamoDB's canonical text (no trailing zeros, no exponent). */
  static String canonicalNumber(String n) {
    BigDecimal d = number(n);
    if (d.signum() == 0) {
      return "0";
    }
    return d.stripTrailingZeros().toPlainString();
  }

  /** Equality as DynamoDB compares values: numbers by value, sets regardless of order. */
  static boolean equal(AttributeValue a, AttributeValue b) {
    String ta = type(a);
    if (!ta.equals(type(b))) {
      return false;
    }
    switch (ta) {
      case "N":
        return number(a.n()).compareTo(number(b.n())) == 0;
      case "M":
        return mapsEqual(a.m(), b.m());
      case "L":
        return listsEqual(a.l(), b.l());
      case "NS":
        return a.ns().stream().map(AttributeValues::canonicalNumber).collect(java.util.stream.Collectors.toSet())
            .equals(b.ns().stream().map(AttributeValues::canonicalNumber).collect(java.util.stream.Collectors.toSet()));
      case "SS":
        return new java.util.HashSet<>(a.ss()).equals(new java.util.HashSet<>(b.ss()));
      case "BS":
        return new java.util.HashSet<>(a.bs()).equals(new java.util.HashSet<>(b.bs()));
      default:
        return a.equals(b);
    }
  }

  static boolean mapsEqual(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (Map.Entry<String, AttributeValue> e : a.entrySet()) {
      AttributeValue other = b.get(e.getKey());
      if (other == null || !equal(e.getValue(), other)) {
        return false;
      }
    }
    return true;
  }

  private static boolean listsEqual(List<AttributeValue> a, List<AttributeValue> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!equal(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The number of bytes DynamoDB counts for an item (attribute names plus values). */
  static long itemSize(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      size += utf8(e.getKey()) + size(e.getValue());
    }
    return size;
  }

  /** The size of one value, following DynamoDB's documented item size rules. */
  static long size(AttributeValue v) {
    switch (type(v)) {
      case "S":
        return utf8(v.s());
      case "N":
        return numberSize(v.n());
      case "B":
        return v.b().asByteArrayUnsafe().length;
      case "BOOL":
      case "NULL":
        return 1;
      case "SS":
        return v.ss().stream().mapToLong(AttributeValues::utf8).sum();
      case "NS":
        return v.ns().stream().mapToLong(AttributeValues::numberSize).sum();
      case "BS":
        return v.bs().stream().mapToLong(b -> b.asByteArrayUnsafe().length).sum();
      case "M": {
        long s = 3;
        for (Map.Entry<String, AttributeValue> e : v.m().entrySet()) {
          s += 1 + utf8(e.getKey()) + size(e.getValue());
        }
        return s;
      }
      case "L": {
        long s = 3;
        for (AttributeValue e : v.l()) {
          s += 1 + size(e);
        }
        return s;
      }
      default:
        return 1;
    }
  }

  private static long numberSize(String n) {
    String digits = canonicalNumber(n).replace("-", "").replace(".", "");
    return (digits.length() + 1) / 2 + 1;
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** A copy with numbers in canonical text, as DynamoDB stores and returns them. */
  static AttributeValue normalize(AttributeValue v) {
    switch (type(v)) {
      case "N":
        return AttributeValue.fromN(canonicalNumber(v.n()));
      case "NS":
        return AttributeValue.fromNs(v.ns().stream().map(AttributeValues::canonicalNumber).distinct().toList());
      case "M": {
        Map<String, AttributeValue> m = new java.util.LinkedHashMap<>();
        v.m().forEach((k, x) -> m.put(k, normalize(x)));
        return AttributeValue.fromM(m);
      }
      case "L":
        return AttributeValue.fromL(v.l().stream().map(AttributeValues::normalize).toList());
      case "SS":
        checkSet(v.ss().size(), v.ss().stream().distinct().count());
        return v;
      case "BS":
        checkSet(v.bs().size(), v.bs().stream().map(SdkBytes::asByteBuffer).distinct().count());
        return v;
      default:
        return v;
    }
  }

  private static void checkSet(int size, long distinct) {
    if (size == 0) {
      throw Errors.validation("One or more parameter values were invalid: An number set  may not be empty");
    }
    if (distinct != size) {
      throw Errors.validation("One or more parameter values were invalid: Input collection contains duplicates");
    }
  }
}
