package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RefNames;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Scalar;
import java.util.Set;

/** OPA's {@code CheckUndefinedFuncs}: every called name is a built-in or a user function. */
final class FunctionCheck {
  /** Names the evaluator implements itself. */
  static final Set<String> EVALUATOR_BUILTINS = Set.of("eq", "assign", "internal.print", "print",
      "internal.member_2", "internal.member_3", "walk", "trace", "rego.metadata.rule", "rego.metadata.chain",
      "internal.test_case");

  private static final io.opadynamodb.rego.types.BuiltinDecls DEPRECATED =
      io.opadynamodb.rego.types.BuiltinDecls.standard();

  private FunctionCheck() {}

  static void run(CompileContext ctx) {
    for (Module m : ctx.modules) {
      boolean v1 = m.version() == io.opadynamodb.rego.ast.RegoVersion.V1;
      for (Rule r : m.rules()) {
        RuleRefs.visit(r, (ref, isCall) -> {
          if (isCall) {
            check(ctx, ref);
            String name = RefNames.dotted(ref);
            if (v1 && DEPRECATED.isDeprecated(name)) {
              // OPA 1.x (rego_v1.go): deprecated built-ins are errors in v1 modules
              ctx.error("rego_type_error", "deprecated built-in function calls in expression: " + name,
                  ref.location());
            }
          }
        });
      }
    }
  }

  static void check(CompileContext ctx, Ref op) {
    String name = RefNames.dotted(op);
    if (EVALUATOR_BUILTINS.contains(name) || ctx.catalog.contains(name)) {
      return;
    }
    if ("data".equals(op.headName())) {
      RuleNode n = ctx.root;
      for (int i = 1; i < op.size() && n != null; i++) {
        n = op.get(i) instanceof Scalar s ? n.child(s.value()) : null;
      }
      if (n != null && n.isFunction()) {
        return;
      }
      if (n != null && n.hasRules()) {
        return; // calling a non-function rule: reported by the type checker in OPA
      }
    }
    ctx.error("rego_type_error", "undefined function " + name, op.location());
  }
}
