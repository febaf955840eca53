package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.Directive;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Field;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentDefinition;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentSpread;
import io.opadynamodb.rego.builtins.graphql.QueryAst.InlineFragment;
import io.opadynamodb.rego.builtins.graphql.QueryAst.OperationDefinition;
import io.opadynamodb.rego.builtins.graphql.QueryAst.VariableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** gqlparser's {@code core.Events}: the observers validation rules register with the walker. */
final class Events {
  final List<BiConsumer<Walker, OperationDefinition>> operation = new ArrayList<>();
  final List<BiConsumer<Walker, Field>> field = new ArrayList<>();
  final List<BiConsumer<Walker, FragmentDefinition>> fragment = new ArrayList<>();
  final List<BiConsumer<Walker, InlineFragment>> inlineFragment = new ArrayList<>();
  final List<BiConsumer<Walker, FragmentSpread>> fragmentSpread = new ArrayList<>();
  final List<BiConsumer<Walker, Directive>> directive = new ArrayList<>();
  final List<BiConsumer<Walker, List<Directive>>> directiveList = new ArrayList<>();
  final List<BiConsumer<Walker, Ast.Value>> value = new ArrayList<>();
  final List<BiConsumer<Walker, VariableDefinition>> variable = new ArrayList<>();

  static <T> void fire(List<BiConsumer<Walker, T>> observers, Walker w, T node) {
    for (BiConsumer<Walker, T> o : observers) {
      o.accept(w, node);
    }
  }
}
