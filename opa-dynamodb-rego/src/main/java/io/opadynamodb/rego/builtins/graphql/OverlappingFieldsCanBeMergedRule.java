package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.Argument;
import io.opadynamodb.rego.builtins.graphql.Ast.ChildValue;
import io.opadynamodb.rego.builtins.graphql.Ast.Position;
import io.opadynamodb.rego.builtins.graphql.Ast.Type;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Field;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentSpread;
import io.opadynamodb.rego.builtins.graphql.QueryAst.InlineFragment;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Selection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Fields with the same response name can be merged: same field, same arguments, compatible
 * types, recursively (graphql-js's algorithm as ported by gqlparser, steps A to J).
 */
final class OverlappingFieldsCanBeMergedRule extends Rule {
  OverlappingFieldsCanBeMergedRule() {
    super("OverlappingFieldsCanBeMerged");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    Manager m = new Manager();
    events.operation.add((walker, op) -> m.report(walker, op.selectionSet, addError));
    events.field.add((walker, field) -> {
      // Fragment definitions are checked where an operation spreads them; skip their own walk.
      if (walker.currentOperation != null) {
        m.report(walker, field.selectionSet, addError);
      }
    });
    events.inlineFragment.add((walker, f) -> m.report(walker, f.selectionSet, addError));
    events.fragment.add((walker, f) -> m.report(walker, f.selectionSet, addError));
  }

  /** A conflict between two fields, or between their sub-selections. */
  private record Conflict(String responseName, String message, List<Conflict> sub, Position position) {
    void appendTo(StringBuilder buf) {
      if (sub.isEmpty()) {
        buf.append(message);
        return;
      }
      for (int i = 0; i < sub.size(); i++) {
        Conflict s = sub.get(i);
        buf.append("subfields \"").append(s.responseName).append("\" conflict because ");
        s.appendTo(buf);
        if (i != sub.size() - 1) {
          buf.append(" and ");
        }
      }
    }
  }

  /** Fields by response name in first-seen order, plus the fragment spreads of a selection set. */
  private record Collected(LinkedHashMap<String, List<Field>> fields, List<FragmentSpread> spreads) {
    static Collected of(List<Selection> set) {
      Collected c = new Collected(new LinkedHashMap<>(), new ArrayList<>());
      c.walk(set);
      return c;
    }

    private void walk(List<Selection> set) {
      for (Selection s : set) {
        if (s instanceof Field f) {
          String responseName = f.alias.isEmpty() ? f.name : f.alias;
          fields.computeIfAbsent(responseName, k -> new ArrayList<>()).add(f);
        } else if (s instanceof InlineFragment i) {
          walk(i.selectionSet);
        } else if (s instanceof FragmentSpread spread) {
          spreads.add(spread);
        }
      }
    }
  }

  private static final class Manager {
    private Walker walker;
    /** Fragment pairs already compared, with whether they were compared as mutually exclusive. */
    private final Map<String, Map<String, Boolean>> comparedPairs = new HashMap<>();
    private Set<String> comparedFragments = new HashSet<>();

    void report(Walker w, List<Selection> set, Consumer<GqlError> addError) {
      walker = w;
      for (Conflict c : findConflictsWithin(set)) {
        StringBuilder buf = new StringBuilder();
        c.appendTo(buf);
        addError.accept(new GqlError("Fields \"" + c.responseName + "\" conflict because " + buf
            + ". Use different aliases on the fields to fetch both if this was intentional.").at(c.position));
      }
    }

    private List<Conflict> findConflictsWithin(List<Selection> set) {
      List<Conflict> conflicts = new ArrayList<>();
      if (set.isEmpty()) {
        return conflicts;
      }
      Collected c = Collected.of(set);
      for (List<Field> fields : c.fields.values()) { // (A)
        for (int i = 0; i < fields.size(); i++) {
          for (int j = i + 1; j < fields.size(); j++) {
            add(conflicts, findConflict(false, fields.get(i), fields.get(j)));
          }
        }
      }
      comparedFragments = new HashSet<>();
      for (int i = 0; i < c.spreads.size(); i++) {
        betweenFieldsAndFragment(conflicts, false, c.fields, c.spreads.get(i)); // (B)
        for (int j = i + 1; j < c.spreads.size(); j++) {
          betweenFragments(conflicts, false, c.spreads.get(i), c.spreads.get(j)); // (C)
        }
      }
      return conflicts;
    }

    private static void add(List<Conflict> conflicts, Conflict c) {
      if (c != null) {
        conflicts.add(c);
      }
    }

    private void betweenFieldsAndFragment(List<Conflict> conflicts, boolean exclusive,
        LinkedHashMap<String, List<Field>> fieldsMap, FragmentSpread spread) {
      if (!comparedFragments.add(spread.name) || spread.definition == null) {
        return;
      }
      Collected b = Collected.of(spread.definition.selectionSet);
      if (DeepEquals.fieldMaps(fieldsMap, b.fields)) { // do not compare a fragment with itself
        return;
      }
      between(conflicts, exclusive, fieldsMap, b.fields); // (D)
      for (FragmentSpread nested : b.spreads) { // (E)
        if (!nested.name.equals(spread.name)) {
          betweenFieldsAndFragment(conflicts, exclusive, fieldsMap, nested);
        }
      }
    }

    private void betweenFragments(List<Conflict> conflicts, boolean exclusive, FragmentSpread a, FragmentSpread b) {
      if (a.name.equals(b.name) || hasPair(a, b, exclusive)) {
        return;
      }
      addPair(a, b, exclusive);
      if (a.definition == null || b.definition == null) {
        return;
      }
      Collected ca = Collected.of(a.definition.selectionSet);
      Collected cb = Collected.of(b.definition.selectionSet);
      between(conflicts, exclusive, ca.fields, cb.fields); // (F)
      for (FragmentSpread s : cb.spreads) { // (G)
        betweenFragments(conflicts, exclusive, a, s);
      }
      for (FragmentSpread s : ca.spreads) {
        betweenFragments(conflicts, exclusive, s, b);
      }
    }

    private boolean hasPair(FragmentSpread a, FragmentSpread b, boolean exclusive) {
      Map<String, Boolean> m = comparedPairs.get(a.name);
      if (m == null || !m.containsKey(b.name)) {
        return false;
      }
      // Compared as not exclusive covers both cases; compared as exclusive only covers exclusive.
      return exclusive || !m.get(b.name);
    }

    private void addPair(FragmentSpread a, FragmentSpread b, boolean exclusive) {
      comparedPairs.computeIfAbsent(a.name, k -> new HashMap<>()).put(b.name, exclusive);
      comparedPairs.computeIfAbsent(b.name, k -> new HashMap<>()).put(a.name, exclusive);
    }

    private List<Conflict> betweenSubSelectionSets(boolean exclusive, List<Selection> setA, List<Selection> setB) {
      List<Conflict> conflicts = new ArrayList<>();
      Collected a = Collected.of(setA);
      Collected b = Collected.of(setB);
      between(conflicts, exclusive, a.fields, b.fields); // (H)
      for (FragmentSpread s : b.spreads) { // (I)
        comparedFragments = new HashSet<>();
        betweenFieldsAndFragment(conflicts, exclusive, a.fields, s);
      }
      for (FragmentSpread s : a.spreads) {
        comparedFragments = new HashSet<>();
        betweenFieldsAndFragment(conflicts, exclusive, b.fields, s);
      }
      for (FragmentSpread sa : a.spreads) { // (J)
        for (FragmentSpread sb : b.spreads) {
          betweenFragments(conflicts, exclusive, sa, sb);
        }
      }
      return conflicts;
    }

    private void between(List<Conflict> conflicts, boolean exclusive, LinkedHashMap<String, List<Field>> mapA,
        LinkedHashMap<String, List<Field>> mapB) {
      for (Map.Entry<String, List<Field>> e : mapA.entrySet()) {
        List<Field> fieldsB = mapB.get(e.getKey());
        if (fieldsB == null) {
          continue;
        }
        for (Field fa : e.getValue()) {
          for (Field fb : fieldsB) {
            add(conflicts, findConflict(exclusive, fa, fb));
          }
        }
      }
    }

    private Conflict findConflict(boolean parentExclusive, Field a, Field b) {
      if (a.objectDefinition == null || b.objectDefinition == null) {
        return null;
      }
      boolean exclusive = parentExclusive || (!a.objectDefinition.name.equals(b.objectDefinition.name)
          && a.objectDefinition.kind.equals(SchemaAst.OBJECT) && b.objectDefinition.kind.equals(SchemaAst.OBJECT)
          && a.definition != null && b.definition != null);
      String responseName = a.alias.isEmpty() ? a.name : a.alias;
      if (!exclusive) {
        if (!a.name.equals(b.name)) {
          return new Conflict(responseName, "\"" + a.name + "\" and \"" + b.name + "\" are different fields",
              List.of(), b.position);
        }
        if (!sameArguments(a.arguments, b.arguments)) {
          return new Conflict(responseName, "they have differing arguments", List.of(), b.position);
        }
      }
      if (a.definition != null && b.definition != null && typesConflict(a.definition.type, b.definition.type)) {
        return new Conflict(responseName, "they return conflicting types \"" + a.definition.type + "\" and \""
            + b.definition.type + "\"", List.of(), b.position);
      }
      List<Conflict> sub = betweenSubSelectionSets(exclusive, a.selectionSet, b.selectionSet);
      return sub.isEmpty() ? null : new Conflict(responseName, "", sub, b.position);
    }

    private boolean typesConflict(Type t1, Type t2) {
      if (t1.elem != null) {
        return t2.elem == null || typesConflict(t1.elem, t2.elem);
      }
      if (t2.elem != null || t1.nonNull != t2.nonNull) {
        return true;
      }
      SchemaAst.Definition d1 = walker.schema.types.get(t1.namedType);
      SchemaAst.Definition d2 = walker.schema.types.get(t2.namedType);
      if (d1.isLeafType() && d2.isLeafType()) {
        return !d1.name.equals(d2.name);
      }
      return false;
    }
  }

  private static boolean sameArguments(List<Argument> args1, List<Argument> args2) {
    if (args1.size() != args2.size()) {
      return false;
    }
    for (Argument a1 : args1) {
      boolean matched = false;
      for (Argument a2 : args2) {
        if (a1.name.equals(a2.name) && sameValue(a1.value, a2.value)) {
          matched = true;
          break;
        }
      }
      if (!matched) {
        return false;
      }
    }
    return true;
  }

  /** Same kind, raw text and children; object fields compared in name order, list items in order. */
  private static boolean sameValue(Ast.Value v1, Ast.Value v2) {
    if (v1.kind != v2.kind || !v1.raw.equals(v2.raw) || v1.children.size() != v2.children.size()) {
      return false;
    }
    List<ChildValue> c1 = new ArrayList<>(v1.children);
    List<ChildValue> c2 = new ArrayList<>(v2.children);
    if (v1.kind == Ast.OBJECT) {
      c1.sort(Comparator.comparing((ChildValue c) -> c.name));
      c2.sort(Comparator.comparing((ChildValue c) -> c.name));
    }
    for (int i = 0; i < c1.size(); i++) {
      if (!c1.get(i).name.equals(c2.get(i).name) || !sameValue(c1.get(i).value, c2.get(i).value)) {
        return false;
      }
    }
    return true;
  }
}
