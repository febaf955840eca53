package io.opadynamodb.rego.builtins.graphql;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Fragment names are unique in a document. */
final class UniqueFragmentNamesRule extends Rule {
  UniqueFragmentNamesRule() {
    super("UniqueFragmentNames");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    Set<String> seen = new HashSet<>();
    events.fragment.add((walker, fragment) -> {
      if (!seen.add(fragment.name)) {
        addError.accept(new GqlError("There can be only one fragment named \"" + fragment.name + "\".")
            .at(fragment.position));
      }
    });
  }
}
