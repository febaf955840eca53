package io.opadynamodb.rego.builtins.graphql;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Operation names are unique in a document. */
final class UniqueOperationNamesRule extends Rule {
  UniqueOperationNamesRule() {
    super("UniqueOperationNames");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    Set<String> seen = new HashSet<>();
    events.operation.add((walker, op) -> {
      if (!seen.add(op.name)) {
        addError.accept(new GqlError("There can be only one operation named \"" + op.name + "\".").at(op.position));
      }
    });
  }
}
