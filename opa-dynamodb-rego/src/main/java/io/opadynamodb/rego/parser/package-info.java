/**
 * The Rego parser: a port of OPA v1.22.2's hand-written scanner and recursive-descent parser
 * ({@code ast/internal/scanner}, {@code ast/parser.go}, {@code parser_ext.go}, the parse-time
 * checks of {@code rego_v1.go} and annotation handling of {@code annotations.go}).
 *
 * <p>Entry points: {@link io.opadynamodb.rego.parser.RegoParser} ({@code parseModule},
 * {@code parseQuery}, {@code parseTerm}) and the {@code rego.parse_module} built-in
 * ({@link io.opadynamodb.rego.parser.ParseModuleBuiltin}). Layers: {@code Scanner} (tokens),
 * {@code ParserBase} (state, backtracking, errors), {@code ExprParser} (bodies, expressions,
 * terms), {@code LogicalParser} (and/or/not-bodies), {@code TemplateStrings}, {@code StatementParser}
 * (package, imports, rules), {@code ModuleAssembler} (rules written as expressions, v1 checks),
 * {@code AnnotationAttacher}/{@code MetadataYaml} ({@code # METADATA}) and {@code AstJson}
 * (OPA's JSON AST).
 *
 * <p>Two constructs without a node in this AST are written with existing ones that evaluate the
 * same: and/or/not-bodies become comprehension tests ({@code [1 | body] != []}), template strings
 * become {@code internal.template_string([...])} calls.
 */
package io.opadynamodb.rego.parser;
