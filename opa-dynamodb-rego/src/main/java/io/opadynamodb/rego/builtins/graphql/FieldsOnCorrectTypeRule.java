package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.SchemaAst.Definition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.FieldDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A selected field exists on its parent type (with "did you mean" suggestions). */
final class FieldsOnCorrectTypeRule extends Rule {
  FieldsOnCorrectTypeRule() {
    super("FieldsOnCorrectType");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.field.add((walker, field) -> {
      if (field.objectDefinition == null || field.definition != null) {
        return;
      }
      String message = "Cannot query field \"" + field.name + "\" on type \"" + field.objectDefinition.name + "\".";
      List<String> typeNames = suggestedTypeNames(walker, field.objectDefinition, field.name);
      if (typeNames != null && !typeNames.isEmpty()) {
        message += " Did you mean to use an inline fragment on " + Suggestions.quotedOrList(typeNames) + "?";
      } else {
        List<String> fieldNames = suggestedFieldNames(field.objectDefinition, field.name);
        if (fieldNames != null && !fieldNames.isEmpty()) {
          message += " Did you mean " + Suggestions.quotedOrList(fieldNames) + "?";
        }
      }
      addError.accept(new GqlError(message).at(field.position));
    });
  }

  /** Types implementing the field (interfaces first, by usage); null for non-abstract parents. */
  private static List<String> suggestedTypeNames(Walker walker, Definition parent, String name) {
    if (!parent.isAbstractType()) {
      return null;
    }
    List<String> objectTypes = new ArrayList<>();
    List<String> interfaceTypes = new ArrayList<>();
    Map<String, Integer> usage = new HashMap<>();
    for (Definition possible : walker.schema.possibleTypesOf(parent)) {
      if (possible == null || possible.fieldNamed(name) == null) {
        continue;
      }
      objectTypes.add(possible.name);
      for (String possibleInterface : possible.interfaces) {
        Definition intf = walker.schema.types.get(possibleInterface);
        if (intf != null && intf.fieldNamed(name) != null) {
          if (usage.getOrDefault(possibleInterface, 0) == 0) {
            interfaceTypes.add(possibleInterface);
          }
          usage.merge(possibleInterface, 1, Integer::sum);
        }
      }
    }
    List<String> all = new ArrayList<>(interfaceTypes);
    all.addAll(objectTypes);
    all.sort((a, b) -> {
      int diff = usage.getOrDefault(b, 0) - usage.getOrDefault(a, 0); // most used interfaces first
      return diff != 0 ? Integer.compare(diff, 0) : a.compareTo(b);
    });
    return all;
  }

  private static List<String> suggestedFieldNames(Definition parent, String name) {
    if (!parent.kind.equals(SchemaAst.OBJECT) && !parent.kind.equals(SchemaAst.INTERFACE)) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (FieldDefinition f : parent.fields) {
      names.add(f.name);
    }
    return Suggestions.list(name, names);
  }
}
