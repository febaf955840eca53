package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node of the rule tree: one ground path under {@code data}, with the rules defined exactly
 * there and the child nodes below. Mutable only while the compiler builds it.
 */
public final class RuleNode {
  private final String path;
  private final Map<Value, RuleNode> children = new TreeMap<>();
  // The same children hashed: every data ref walks the tree by key on every evaluation.
  private final Map<Value, RuleNode> byKey = new HashMap<>();
  private final List<CompiledRule> rules = new ArrayList<>();
  private CompiledRule defaultRule;

  RuleNode(String path) {
    this.path = path;
  }

  /** The dotted path, e.g. {@code data.a.b}. */
  public String path() {
    return path;
  }

  public RuleNode child(Value key) {
    return byKey.get(key);
  }

  RuleNode childOrCreate(Value key) {
    RuleNode child = children.computeIfAbsent(key, k -> new RuleNode(path + childSuffix(k)));
    byKey.put(key, child);
    return child;
  }

  private static String childSuffix(Value k) {
    if (k instanceof StringValue s && io.opadynamodb.rego.ast.RefNames.isIdentifier(s.value())) {
      return "." + s.value();
    }
    return "[" + io.opadynamodb.rego.value.ValueFormatter.json(k) + "]";
  }

  public Map<Value, RuleNode> children() {
    return Collections.unmodifiableMap(children);
  }

  /** Non-default rules at this path, in module order. */
  public List<CompiledRule> rules() {
    return rules;
  }

  public CompiledRule defaultRule() {
    return defaultRule;
  }

  void add(CompiledRule r) {
    if (r.rule().isDefault()) {
      defaultRule = r;
    } else {
      rules.add(r);
    }
  }

  public boolean hasRules() {
    return !rules.isEmpty() || defaultRule != null;
  }

  public boolean isFunction() {
    CompiledRule any = defaultRule != null ? defaultRule : (rules.isEmpty() ? null : rules.get(0));
    return any != null && any.kind() == CompiledRule.Kind.FUNCTION;
  }

  /** True when this node or a descendant holds rules. */
  public boolean hasRulesBelow() {
    if (hasRules()) {
      return true;
    }
    for (RuleNode c : children.values()) {
      if (c.hasRulesBelow()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return path;
  }
}
