package io.opadynamodb.rego.builtins.graphql;


import java.util.function.Consumer;

/** An anonymous operation is the only operation of its document. */
final class LoneAnonymousOperationRule extends Rule {
  LoneAnonymousOperationRule() {
    super("LoneAnonymousOperation");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.operation.add((walker, op) -> {
      if (op.name.isEmpty() && walker.document.operations.size() > 1) {
        addError.accept(new GqlError("This anonymous operation must be the only defined operation.").at(op.position));
      }
    });
  }
}
