package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.ChildValue;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** An input object value names each field once. */
final class UniqueInputFieldNamesRule extends Rule {
  UniqueInputFieldNamesRule() {
    super("UniqueInputFieldNames");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.value.add((walker, value) -> {
      if (value.kind != Ast.OBJECT) {
        return;
      }
      Set<String> seen = new HashSet<>();
      for (ChildValue field : value.children) {
        if (!seen.add(field.name)) {
          addError.accept(new GqlError("There can be only one input field named \"" + field.name + "\".")
              .at(field.position));
        }
      }
    });
  }
}
