package io.opadynamodb.rego.builtins.graphql;


import java.util.function.Consumer;

/** Leaf (scalar, enum) fields have no selections; other fields have some. */
final class ScalarLeafsRule extends Rule {
  ScalarLeafsRule() {
    super("ScalarLeafs");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.field.add((walker, field) -> {
      if (field.definition == null) {
        return;
      }
      SchemaAst.Definition fieldType = walker.schema.types.get(field.definition.type.name());
      if (fieldType == null) {
        return;
      }
      if (fieldType.isLeafType() && !field.selectionSet.isEmpty()) {
        addError.accept(new GqlError("Field \"" + field.name + "\" must not have a selection since type \""
            + fieldType.name + "\" has no subfields.").at(field.position));
      }
      if (!fieldType.isLeafType() && field.selectionSet.isEmpty()) {
        addError.accept(new GqlError("Field \"" + field.name + "\" of type \"" + field.definition.type
            + "\" must have a selection of subfields. Did you mean \"" + field.name + " { ... }\"?")
            .at(field.position));
      }
    });
  }
}
