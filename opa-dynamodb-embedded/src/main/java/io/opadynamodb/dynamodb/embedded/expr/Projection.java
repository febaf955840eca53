package io.opadynamodb.dynamodb.embedded.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A ProjectionExpression of top-level attributes ({@code "sk, #n"}): the attributes an answer keeps. Nested paths
 * ({@code a.b}, {@code a[0]}) are not implemented and refused as such.
 */
public final class Projection {
  private final List<String> attributes;

  private Projection(List<String> attributes) {
    this.attributes = attributes;
  }

  /** The projection of a request, or null when it has none (whole items). */
  public static Projection parse(String expression, ExpressionContext ctx) {
    if (expression == null) {
      return null;
    }
    List<String> attributes = new ArrayList<>();
    for (String part : expression.split(",", -1)) {
      String path = part.strip();
      if (path.isEmpty()) {
        throw new ExpressionException("Invalid ProjectionExpression: Syntax error; token: \",\"");
      }
      if (path.contains(".") || path.contains("[")) {
        throw new UnsupportedOperationException("EmbeddedDynamoDb does not implement nested projection paths ("
            + path + ")");
      }
      if (!path.startsWith("#") && ReservedWords.isReserved(path)) {
        throw new ExpressionException("Invalid ProjectionExpression: Attribute name is a reserved keyword; "
            + "reserved keyword: " + path);
      }
      attributes.add(path.startsWith("#") ? ctx.name(path) : path);
    }
    return new Projection(attributes);
  }

  /** The item with only the projected attributes it has. */
  public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    for (String a : attributes) {
      AttributeValue v = item.get(a);
      if (v != null) {
        out.put(a, v);
      }
    }
    return out;
  }
}
