package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.Argument;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.ArgumentDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Every argument given to a field or directive is declared by it. */
final class KnownArgumentNamesRule extends Rule {
  KnownArgumentNamesRule() {
    super("KnownArgumentNames");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.field.add((walker, field) -> {
      if (field.definition == null || field.objectDefinition == null) {
        return;
      }
      for (Argument arg : field.arguments) {
        if (SchemaAst.argumentDefinitionNamed(field.definition.arguments, arg.name) != null) {
          continue;
        }
        addError.accept(new GqlError("Unknown argument \"" + arg.name + "\" on field \"" + field.objectDefinition.name
            + "." + field.name + "\".").suggestQuoted("Did you mean", arg.name, names(field.definition.arguments))
            .at(field.position));
      }
    });
    events.directive.add((walker, directive) -> {
      if (directive.definition == null) {
        return;
      }
      for (Argument arg : directive.arguments) {
        if (SchemaAst.argumentDefinitionNamed(directive.definition.arguments, arg.name) != null) {
          continue;
        }
        addError.accept(new GqlError("Unknown argument \"" + arg.name + "\" on directive \"@" + directive.name + "\".")
            .suggestQuoted("Did you mean", arg.name, names(directive.definition.arguments)).at(directive.position));
      }
    });
  }

  private static List<String> names(List<ArgumentDefinition> defs) {
    List<String> out = new ArrayList<>();
    for (ArgumentDefinition d : defs) {
      out.add(d.name);
    }
    return out;
  }
}
