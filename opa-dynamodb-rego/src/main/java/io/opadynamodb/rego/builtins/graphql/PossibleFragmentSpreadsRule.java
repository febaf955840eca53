package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.SchemaAst.Definition;
import java.util.List;
import java.util.function.Consumer;

/** A fragment is spread only where its type can overlap the parent type. */
final class PossibleFragmentSpreadsRule extends Rule {
  PossibleFragmentSpreadsRule() {
    super("PossibleFragmentSpreads");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.inlineFragment.add((walker, f) -> {
      if (!possible(walker, f.objectDefinition, f.typeCondition)) {
        addError.accept(new GqlError("Fragment cannot be spread here as objects of type \"" + f.objectDefinition.name
            + "\" can never be of type \"" + f.typeCondition + "\".").at(f.position));
      }
    });
    events.fragmentSpread.add((walker, s) -> {
      if (s.definition != null && !possible(walker, s.objectDefinition, s.definition.typeCondition)) {
        addError.accept(new GqlError("Fragment \"" + s.name + "\" cannot be spread here as objects of type \""
            + s.objectDefinition.name + "\" can never be of type \"" + s.definition.typeCondition + "\".")
            .at(s.position));
      }
    });
  }

  /** False only when gqlparser would report the spread. */
  private static boolean possible(Walker walker, Definition parentDef, String fragmentName) {
    if (parentDef == null) {
      return true;
    }
    List<Definition> parentDefs;
    switch (parentDef.kind) {
      case SchemaAst.OBJECT -> parentDefs = List.of(parentDef);
      case SchemaAst.INTERFACE, SchemaAst.UNION -> parentDefs = walker.schema.possibleTypesOf(parentDef);
      default -> {
        return true;
      }
    }
    Definition fragmentDefType = walker.schema.types.get(fragmentName);
    if (fragmentDefType == null || !fragmentDefType.isCompositeType()) {
      return true;
    }
    for (Definition fragmentDef : walker.schema.possibleTypesOf(fragmentDefType)) {
      for (Definition p : parentDefs) {
        if (p != null && fragmentDef != null && p.name.equals(fragmentDef.name)) {
          return true;
        }
      }
    }
    return false;
  }
}
