package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;

/** OPA's {@code topdown/uri.go}: {@code uri.parse} and {@code uri.is_valid}, over Go's {@code url.Parse}. */
public final class UriFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("uri.parse", (ctx, a) -> parse(Args.string(a, 0)));
    r.register("uri.is_valid", (ctx, a) -> {
      if (!(a[0] instanceof StringValue s) || s.value().isEmpty()) {
        return BooleanValue.FALSE;
      }
      try {
        GoUrl.parse(s.value());
        return BooleanValue.TRUE;
      } catch (GoUrl.UrlException e) {
        return BooleanValue.FALSE;
      }
    });
  }

  private static Value parse(String s) {
    GoUrl.Url u;
    try {
      u = GoUrl.parse(s);
    } catch (GoUrl.UrlException e) {
      throw GoUrl.builtinError(e);
    }
    ObjectValue.Builder b = ObjectValue.builder();
    putIfSet(b, "scheme", u.scheme());
    putIfSet(b, "hostname", u.hostname());
    putIfSet(b, "port", u.port());
    if (!u.path().isEmpty()) {
      b.put("path", StringValue.of(u.path()));
      b.put("raw_path", StringValue.of(u.rawPath().isEmpty() ? u.path() : u.rawPath()));
    }
    putIfSet(b, "raw_query", u.rawQuery());
    putIfSet(b, "fragment", u.fragment());
    return b.build();
  }

  private static void putIfSet(ObjectValue.Builder b, String key, String value) {
    if (!value.isEmpty()) {
      b.put(key, StringValue.of(value));
    }
  }
}
