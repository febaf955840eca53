package io.opadynamodb.rego.builtins.graphql;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Directives are defined and used where their definition allows. */
final class KnownDirectivesRule extends Rule {
  KnownDirectivesRule() {
    super("KnownDirectives");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    Set<String> seen = new HashSet<>();
    events.directive.add((walker, directive) -> {
      if (directive.definition == null) {
        addError.accept(new GqlError("Unknown directive \"@" + directive.name + "\".").at(directive.position));
        return;
      }
      if (directive.definition.locations.contains(directive.location)) {
        return;
      }
      String key = directive.name + "@" + (directive.position == null ? "" : directive.position.line() + ":"
          + directive.position.column());
      if (seen.add(key)) {
        addError.accept(new GqlError("Directive \"@" + directive.name + "\" may not be used on " + directive.location
            + ".").at(directive.position));
      }
    });
  }
}
