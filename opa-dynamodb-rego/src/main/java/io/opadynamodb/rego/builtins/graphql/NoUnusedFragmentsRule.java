package io.opadynamodb.rego.builtins.graphql;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Every fragment is spread by an operation. */
final class NoUnusedFragmentsRule extends Rule {
  NoUnusedFragmentsRule() {
    super("NoUnusedFragments");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    boolean[] inFragmentDefinition = {false};
    Set<String> used = new HashSet<>();
    events.fragmentSpread.add((walker, spread) -> {
      if (!inFragmentDefinition[0]) {
        used.add(spread.name);
      }
    });
    events.fragment.add((walker, fragment) -> {
      inFragmentDefinition[0] = true;
      if (!used.contains(fragment.name)) {
        addError.accept(new GqlError("Fragment \"" + fragment.name + "\" is never used.").at(fragment.position));
      }
    });
  }
}
