package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Term;
import java.util.List;

/**
 * A compiled rule (with its rewritten else chain), placed in the {@link RuleNode} of its ground
 * path prefix.
 *
 * @param rule the rewritten rule
 * @param fullRef the head ref from {@code data}, e.g. {@code data.pkg.p[x]}
 * @param suffix the non-ground tail of the head ref after the node's path (empty for most rules)
 * @param kind what the rule defines
 * @param module the module it comes from
 */
public record CompiledRule(Rule rule, Ref fullRef, List<Term> suffix, Kind kind, Module module) {
  /** What a rule defines. */
  public enum Kind {
    /** {@code p := v}: one value. */
    COMPLETE,
    /** {@code p contains x}: a set. */
    MULTI_VALUE,
    /** {@code p[k] := v} / {@code p.a[k].b := v}: an object built from keys. */
    PARTIAL_OBJECT,
    /** {@code f(x) := y}. */
    FUNCTION
  }
}
