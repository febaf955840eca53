package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;

/**
 * OPA's {@code topdown/graphql.go}, parsing part: {@code graphql.parse_query} and
 * {@code graphql.parse_schema}. The built-ins that validate queries against schemas
 * ({@code graphql.parse}, {@code graphql.parse_and_verify}, {@code graphql.is_valid},
 * {@code graphql.schema_is_valid}) need gqlparser's validator and are not provided yet.
 */
public final class GraphQLFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("graphql.parse_query", (ctx, a) -> {
      try {
        return GraphQLParser.parseQuery(Args.string(a, 0));
      } catch (GraphQLParser.GraphQLException e) {
        throw new BuiltinException(e.getMessage());
      }
    });
    r.register("graphql.parse_schema", (ctx, a) -> {
      try {
        return GraphQLParser.parseSchema(Args.string(a, 0));
      } catch (GraphQLParser.GraphQLException e) {
        throw new BuiltinException(e.getMessage());
      }
    });
  }
}
