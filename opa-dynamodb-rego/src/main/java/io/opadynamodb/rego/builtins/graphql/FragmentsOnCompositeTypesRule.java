package io.opadynamodb.rego.builtins.graphql;


import java.util.function.Consumer;

/** Fragments condition only on object, interface or union types. */
final class FragmentsOnCompositeTypesRule extends Rule {
  FragmentsOnCompositeTypesRule() {
    super("FragmentsOnCompositeTypes");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.inlineFragment.add((walker, f) -> {
      SchemaAst.Definition type = walker.schema.types.get(f.typeCondition);
      if (type == null || type.isCompositeType()) {
        return;
      }
      addError.accept(new GqlError("Fragment cannot condition on non composite type \"" + f.typeCondition + "\".")
          .at(f.position));
    });
    events.fragment.add((walker, f) -> {
      if (f.definition == null || f.typeCondition.isEmpty() || f.definition.isCompositeType()) {
        return;
      }
      addError.accept(new GqlError("Fragment \"" + f.name + "\" cannot condition on non composite type \""
          + f.typeCondition + "\".").at(f.position));
    });
  }
}
