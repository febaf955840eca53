package io.opadynamodb.dynamodb.embedded.expr;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of one request, recording which are
 * used so that unused ones are rejected as the service does.
 */
public final class ExpressionContext {
  private final Map<String, String> names;
  private final Map<String, AttributeValue> values;
  private final Set<String> usedNames = new HashSet<>();
  private final Set<String> usedValues = new HashSet<>();

  public ExpressionContext(Map<String, String> names, Map<String, AttributeValue> values) {
    this.names = names == null ? Collections.emptyMap() : names;
    this.values = values == null ? Collections.emptyMap() : values;
  }

  /** The attribute name an alias ({@code #n}) stands for; the alias counts as used. */
  public String name(String alias) {
    String n = names.get(alias);
    if (n == null) {
      throw new ExpressionException(
          "Value provided in ExpressionAttributeNames unused in expressions: unresolved attribute name " + alias
              + "; An expression attribute name used in the document path is not defined; attribute name: "
              + alias);
    }
    usedNames.add(alias);
    return n;
  }

  /** The value of a placeholder such as {@code :v}. */
  public AttributeValue value(String placeholder) {
    AttributeValue v = values.get(placeholder);
    if (v == null) {
      throw new ExpressionException(
          "Invalid expression: An expression attribute value used in expression is not defined; attribute value: "
              + placeholder);
    }
    usedValues.add(placeholder);
    return v;
  }

  void markValue(String placeholder) {
    value(placeholder);
  }

  /** Fails when names or values were given that no expression used. */
  public void checkAllUsed() {
    Set<String> unusedNames = new TreeSet<>(names.keySet());
    unusedNames.removeAll(usedNames);
    if (!unusedNames.isEmpty()) {
      throw new ExpressionException(
          "Value provided in ExpressionAttributeNames unused in expressions: keys: {" + String.join(", ", unusedNames)
              + "}");
    }
    Set<String> unusedValues = new TreeSet<>(values.keySet());
    unusedValues.removeAll(usedValues);
    if (!unusedValues.isEmpty()) {
      throw new ExpressionException(
          "Value provided in ExpressionAttributeValues unused in expressions: keys: {"
              + String.join(", ", unusedValues) + "}");
    }
  }
}
