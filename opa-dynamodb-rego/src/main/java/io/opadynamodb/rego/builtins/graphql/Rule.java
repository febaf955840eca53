package io.opadynamodb.rego.builtins.graphql;

import java.util.function.Consumer;

/** A query validation rule (gqlparser's validator/rules): registers observers that report errors. */
abstract class Rule {
  /** The rule's name; gqlparser runs its rules in name order. */
  final String name;

  Rule(String name) {
    this.name = name;
  }

  abstract void register(Events events, Consumer<GqlError> addError);
}
