package io.opadynamodb.rego.builtins.graphql;


import java.util.function.Consumer;

/** Spread fragments are defined in the document. */
final class KnownFragmentNamesRule extends Rule {
  KnownFragmentNamesRule() {
    super("KnownFragmentNames");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.fragmentSpread.add((walker, spread) -> {
      if (spread.definition == null) {
        addError.accept(new GqlError("Unknown fragment \"" + spread.name + "\".").at(spread.position));
      }
    });
  }
}
