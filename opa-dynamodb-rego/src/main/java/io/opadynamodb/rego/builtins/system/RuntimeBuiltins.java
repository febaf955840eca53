package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;

/**
 * {@code opa.runtime()}: the runtime object of the context, with service credentials and crypto
 * keys removed from its {@code config} as OPA does.
 */
public final class RuntimeBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("opa.runtime", (ctx, args) -> {
      ObjectValue runtime = ctx.runtime();
      return runtime == null ? ObjectValue.EMPTY : redact(runtime);
    });
  }

  static ObjectValue redact(ObjectValue runtime) {
    if (!(runtime.get("config") instanceof ObjectValue config)) {
      return runtime;
    }
    Value services = config.get("services");
    if (services != null) {
      config = config.with(StringValue.of("services"), removeFromEach(services, "illegal service config type",
          true, "credentials"));
    }
    Value keys = config.get("keys");
    if (keys != null) {
      config = config.with(StringValue.of("keys"), removeFromEach(keys, "illegal keys config type", false, "key",
          "private_key"));
    }
    return runtime.with(StringValue.of("config"), config);
  }

  private static Value removeFromEach(Value container, String typeError, boolean allowArray, String... keys) {
    if (container instanceof ObjectValue o) {
      ObjectValue.Builder b = ObjectValue.builder();
      o.forEach((k, v) -> b.put(k, without(v, keys)));
      return b.build();
    }
    if (allowArray && container instanceof ArrayValue a) {
      Value[] out = new Value[a.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = without(a.get(i), keys);
      }
      return ArrayValue.wrap(out);
    }
    throw new BuiltinException(typeError + ": " + container.typeName());
  }

  private static Value without(Value v, String... keys) {
    if (!(v instanceof ObjectValue o)) {
      throw new BuiltinException("type assertion error");
    }
    for (String k : keys) {
      o = o.without(StringValue.of(k));
    }
    return o;
  }
}
