package io.opadynamodb.rego.builtins.graphql;


import java.util.function.Consumer;

/** The schema supports the operation type (query, mutation, subscription). */
final class KnownRootTypeRule extends Rule {
  KnownRootTypeRule() {
    super("KnownRootType");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.operation.add((walker, op) -> {
      SchemaAst.Definition def;
      switch (op.operation) {
        case "query", "" -> def = walker.schema.query;
        case "mutation" -> def = walker.schema.mutation;
        case "subscription" -> def = walker.schema.subscription;
        default -> throw new IllegalStateException("got unknown operation type \"" + op.operation + "\"");
      }
      if (def == null) {
        addError.accept(new GqlError("Schema does not support operation type \"" + op.operation + "\"")
            .at(op.position));
      }
    });
  }
}
