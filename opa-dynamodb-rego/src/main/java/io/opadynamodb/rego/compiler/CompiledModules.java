package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.Module;
import java.util.List;
import java.util.Map;

/**
 * The immutable output of {@link Compiler#compile}: rewritten modules, the rule tree, the
 * built-in catalog and user function arities. Shared by concurrent evaluations.
 *
 * @param modules the rewritten modules
 * @param root the rule tree under {@code data}
 * @param catalog built-in signatures
 * @param functionArity user function arities by full dotted name ({@code data.lib.f})
 * @param typeEnv the type environment with the rules' inferred types (for query checking)
 */
public record CompiledModules(List<Module> modules, RuleNode root, BuiltinCatalog catalog,
    Map<String, Integer> functionArity, io.opadynamodb.rego.types.TypeEnv typeEnv) {}
