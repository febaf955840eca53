package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.Argument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A field or directive is given each argument at most once. */
final class UniqueArgumentNamesRule extends Rule {
  UniqueArgumentNamesRule() {
    super("UniqueArgumentNames");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.field.add((walker, field) -> check(field.arguments, addError));
    events.directive.add((walker, directive) -> check(directive.arguments, addError));
  }

  private static void check(List<Argument> args, Consumer<GqlError> addError) {
    Map<String, Integer> known = new HashMap<>();
    for (Argument arg : args) {
      if (known.getOrDefault(arg.name, 0) == 1) {
        addError.accept(new GqlError("There can be only one argument named \"" + arg.name + "\".").at(arg.position));
      }
      known.merge(arg.name, 1, Integer::sum);
    }
  }
}
