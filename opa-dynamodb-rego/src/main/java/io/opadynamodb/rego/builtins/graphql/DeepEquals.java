package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.Argument;
import io.opadynamodb.rego.builtins.graphql.Ast.ChildValue;
import io.opadynamodb.rego.builtins.graphql.Ast.Directive;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Field;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentSpread;
import io.opadynamodb.rego.builtins.graphql.QueryAst.InlineFragment;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Selection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Go's {@code reflect.DeepEqual} on the collected fields of two selection sets, as the overlap
 * rule uses it to avoid comparing a fragment with itself: the same nodes, or nodes with the same
 * content and positions (decoded ASTs have none, so equal content suffices there).
 */
final class DeepEquals {
  private DeepEquals() {}

  static boolean fieldMaps(LinkedHashMap<String, List<Field>> a, LinkedHashMap<String, List<Field>> b) {
    if (!new ArrayList<>(a.keySet()).equals(new ArrayList<>(b.keySet()))) {
      return false;
    }
    for (Map.Entry<String, List<Field>> e : a.entrySet()) {
      if (!lists(e.getValue(), b.get(e.getKey()), DeepEquals::field)) {
        return false;
      }
    }
    return true;
  }

  private static <T> boolean lists(List<T> a, List<T> b, BiPredicate<T, T> eq) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      T x = a.get(i);
      T y = b.get(i);
      if (x != y && (x == null || y == null || !eq.test(x, y))) {
        return false;
      }
    }
    return true;
  }

  private static boolean field(Field a, Field b) {
    return a.alias.equals(b.alias) && a.name.equals(b.name) && Objects.equals(a.position, b.position)
        && lists(a.arguments, b.arguments, DeepEquals::argument) && lists(a.directives, b.directives, DeepEquals::directive)
        && lists(a.selectionSet, b.selectionSet, DeepEquals::selection)
        && (a.definition == b.definition || (a.definition != null && b.definition != null
            && a.definition.name.equals(b.definition.name) && Objects.equals(a.definition.position, b.definition.position)
            && String.valueOf(a.definition.type).equals(String.valueOf(b.definition.type))))
        && a.objectDefinition == b.objectDefinition;
  }

  private static boolean selection(Selection a, Selection b) {
    if (a instanceof Field fa && b instanceof Field fb) {
      return field(fa, fb);
    }
    if (a instanceof FragmentSpread sa && b instanceof FragmentSpread sb) {
      return sa.name.equals(sb.name) && Objects.equals(sa.position, sb.position)
          && lists(sa.directives, sb.directives, DeepEquals::directive);
    }
    if (a instanceof InlineFragment ia && b instanceof InlineFragment ib) {
      return ia.typeCondition.equals(ib.typeCondition) && Objects.equals(ia.position, ib.position)
          && lists(ia.directives, ib.directives, DeepEquals::directive)
          && lists(ia.selectionSet, ib.selectionSet, DeepEquals::selection);
    }
    return false;
  }

  private static boolean argument(Argument a, Argument b) {
    return a.name.equals(b.name) && Objects.equals(a.position, b.position) && value(a.value, b.value);
  }

  private static boolean directive(Directive a, Directive b) {
    return a.name.equals(b.name) && Objects.equals(a.position, b.position) && a.location.equals(b.location)
        && lists(a.arguments, b.arguments, DeepEquals::argument);
  }

  private static boolean value(Ast.Value a, Ast.Value b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    return a.kind == b.kind && a.raw.equals(b.raw) && Objects.equals(a.position, b.position)
        && lists(a.children, b.children, (ChildValue x, ChildValue y) -> x.name.equals(y.name) && value(x.value, y.value));
  }
}
