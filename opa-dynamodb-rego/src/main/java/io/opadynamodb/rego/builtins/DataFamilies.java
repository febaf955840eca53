package io.opadynamodb.rego.builtins;

import io.opadynamodb.rego.builtins.data.CidrFamily;
import io.opadynamodb.rego.builtins.data.EncodingFamily;
import io.opadynamodb.rego.builtins.data.JsonFamily;
import io.opadynamodb.rego.builtins.data.JsonSchemaFamily;
import io.opadynamodb.rego.builtins.data.ReachableFamily;
import io.opadynamodb.rego.builtins.data.SemverFamily;
import io.opadynamodb.rego.builtins.data.TemplateFamily;
import io.opadynamodb.rego.builtins.data.UnitsFamily;
import io.opadynamodb.rego.builtins.data.UriFamily;
import io.opadynamodb.rego.builtins.data.UuidFamily;
import io.opadynamodb.rego.builtins.graphql.GraphQLFamily;
import java.util.List;

/** Data built-in families (see {@link StandardBuiltins}). */
final class DataFamilies {
  private DataFamilies() {}

  static List<BuiltinFamily> all() {
    return List.of(
        new io.opadynamodb.rego.parser.ParseModuleBuiltin(),
        new EncodingFamily(),
        new JsonFamily(),
        new UnitsFamily(),
        new SemverFamily(),
        new UuidFamily(),
        new ReachableFamily(),
        new CidrFamily(),
        new UriFamily(),
        new TemplateFamily(),
        new JsonSchemaFamily(),
        new GraphQLFamily());
  }
}
