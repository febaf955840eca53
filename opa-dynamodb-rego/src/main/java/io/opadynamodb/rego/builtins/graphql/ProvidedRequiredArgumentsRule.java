package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.Argument;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.ArgumentDefinition;
import java.util.List;
import java.util.function.Consumer;

/** Required (non-null, no default) arguments of fields and directives are given. */
final class ProvidedRequiredArgumentsRule extends Rule {
  ProvidedRequiredArgumentsRule() {
    super("ProvidedRequiredArguments");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.field.add((walker, field) -> {
      if (field.definition == null) {
        return;
      }
      for (ArgumentDefinition argDef : missing(field.definition.arguments, field.arguments)) {
        addError.accept(new GqlError("Field \"" + field.name + "\" argument \"" + argDef.name + "\" of type \""
            + argDef.type + "\" is required, but it was not provided.").at(field.position));
      }
    });
    events.directive.add((walker, directive) -> {
      if (directive.definition == null) {
        return;
      }
      for (ArgumentDefinition argDef : missing(directive.definition.arguments, directive.arguments)) {
        addError.accept(new GqlError("Directive \"@" + directive.definition.name + "\" argument \"" + argDef.name
            + "\" of type \"" + argDef.type + "\" is required, but it was not provided.").at(directive.position));
      }
    });
  }

  private static List<ArgumentDefinition> missing(List<ArgumentDefinition> defs, List<Argument> args) {
    return defs.stream().filter(d -> d.type.nonNull && d.defaultValue == null && Ast.argumentNamed(args, d.name) == null)
        .toList();
  }
}
