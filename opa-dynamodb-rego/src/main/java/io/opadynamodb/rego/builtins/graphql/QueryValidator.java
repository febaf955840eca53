package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.QueryAst.QueryDocument;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** gqlparser's {@code ValidateWithRules} with the default rules, run in name order as gqlparser does. */
final class QueryValidator {
  private QueryValidator() {}

  private static List<Rule> defaultRules() {
    List<Rule> rules = new ArrayList<>(List.of(new FieldsOnCorrectTypeRule(), new FragmentsOnCompositeTypesRule(),
        new KnownArgumentNamesRule(), new KnownDirectivesRule(), new KnownFragmentNamesRule(), new KnownRootTypeRule(),
        new KnownTypeNamesRule(), new LoneAnonymousOperationRule(), new MaxIntrospectionDepthRule(),
        new NoFragmentCyclesRule(), new NoUndefinedVariablesRule(), new NoUnusedFragmentsRule(),
        new NoUnusedVariablesRule(), new OverlappingFieldsCanBeMergedRule(), new PossibleFragmentSpreadsRule(),
        new ProvidedRequiredArgumentsRule(), new ScalarLeafsRule(), new SingleFieldSubscriptionsRule(),
        new UniqueArgumentNamesRule(), new UniqueDirectivesPerLocationRule(), new UniqueFragmentNamesRule(),
        new UniqueInputFieldNamesRule(), new UniqueOperationNamesRule(), new UniqueVariableNamesRule(),
        new ValuesOfCorrectTypeRule(), new VariablesAreInputTypesRule(), new VariablesInAllowedPositionRule()));
    rules.sort(Comparator.comparing((Rule r) -> r.name));
    return rules;
  }

  /** Validates the query (annotating it); throws {@link GqlException} listing every error, one per line. */
  static void validate(Schema schema, QueryDocument doc) {
    List<GqlError> errors = new ArrayList<>();
    Events events = new Events();
    for (Rule rule : defaultRules()) {
      rule.register(events, errors::add);
    }
    new Walker(schema, doc, events).walk();
    if (!errors.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (GqlError e : errors) {
        sb.append(e.goText()).append('\n');
      }
      throw new GqlException(sb.toString());
    }
  }
}
