package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.Directive;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** A non-repeatable directive is used once per location. */
final class UniqueDirectivesPerLocationRule extends Rule {
  UniqueDirectivesPerLocationRule() {
    super("UniqueDirectivesPerLocation");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.directiveList.add((walker, directives) -> {
      Set<String> seen = new HashSet<>();
      for (Directive dir : directives) {
        if ((dir.definition == null || !dir.definition.isRepeatable) && seen.contains(dir.name)) {
          addError.accept(new GqlError("The directive \"@" + dir.name + "\" can only be used once at this location.")
              .at(dir.position));
        }
        seen.add(dir.name);
      }
    });
  }
}
