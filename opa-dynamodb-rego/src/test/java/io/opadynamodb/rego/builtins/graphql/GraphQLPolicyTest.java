package io.opadynamodb.rego.builtins.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.EvalResult;
import io.opadynamodb.rego.PolicySet;
import org.junit.jupiter.api.Test;

/** The GraphQL built-ins through the public API: registered, type checked, callable from policies. */
class GraphQLPolicyTest {
  @Test
  void policiesCanValidateQueries() {
    String module = """
        package gql

        schema := `type Query { me: User } type User { name: String }`

        allow if graphql.is_valid(input.query, schema)
        """;
    PolicySet ps = PolicySet.builder().module("gql.rego", module).build();
    EvalResult ok = ps.evaluate("data.gql.allow", EvalOptions.builder().inputJson("{\"query\":\"{ me { name } }\"}").build());
    EvalResult bad = ps.evaluate("data.gql.allow", EvalOptions.builder().inputJson("{\"query\":\"{ me }\"}").build());
    assertThat(ok.isUndefined()).isFalse();
    assertThat(bad.isUndefined()).isTrue();
  }

  @Test
  void theTypeCheckerKnowsTheDeclarations() {
    assertThatThrownBy(() -> PolicySet.builder().module("t.rego", "package t\n\np := graphql.parse_query(1)\n").build())
        .isInstanceOf(CompileException.class).hasMessageContaining("rego_type_error")
        .hasMessageContaining("graphql.parse_query");
    assertThatThrownBy(() -> PolicySet.builder().module("t.rego", "package t\n\np := graphql.is_valid(\"{ a }\", 1)\n")
        .build()).isInstanceOf(CompileException.class).hasMessageContaining("rego_type_error");
  }
}
