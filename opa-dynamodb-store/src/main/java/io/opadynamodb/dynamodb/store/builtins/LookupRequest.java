package io.opadynamodb.dynamodb.store.builtins;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request object of {@code dynamodb.get} or {@code dynamodb.query}, with the fields both share
 * ({@code endpoint}, {@code region}, {@code cache}, {@code cache_duration}, {@code raise_error})
 * and typed accessors that report bad fields by name.
 */
final class LookupRequest {
  static final Set<String> COMMON = Set.of("table", "endpoint", "region", "cache", "cache_duration", "raise_error",
      "consistent_read");
  static final Duration DEFAULT_CACHE_DURATION = Duration.ofSeconds(60);

  final ObjectValue raw;

  LookupRequest(Value request, Set<String> specific) {
    if (!(request instanceof ObjectValue o)) {
      throw BuiltinException.operand("operand 1 must be object but got " + request.typeName());
    }
    Set<String> unknown = new TreeSet<>();
    for (Value k : o.keys()) {
      String name = k instanceof StringValue s ? s.value() : k.toString();
      if (!COMMON.contains(name) && !specific.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      Set<String> allowed = new TreeSet<>(COMMON);
      allowed.addAll(specific);
      throw new BuiltinException("unknown request field(s) " + unknown + "; allowed: " + allowed);
    }
    this.raw = o;
  }

  String table() {
    return requiredString("table");
  }

  String endpoint() {
    return optionalString("endpoint");
  }

  String region() {
    return optionalString("region");
  }

  boolean cache() {
    return bool("cache", false);
  }

  boolean raiseError() {
    return bool("raise_error", true);
  }

  boolean consistentRead() {
    return bool("consistent_read", false);
  }

  Duration cacheDuration() {
    Value v = raw.get("cache_duration");
    return v == null ? DEFAULT_CACHE_DURATION : Durations.parse(v);
  }

  String requiredString(String field) {
    String s = optionalString(field);
    if (s == null || s.isEmpty()) {
      throw new BuiltinException("request field '" + field + "' is required (a non-empty string)");
    }
    return s;
  }

  String optionalString(String field) {
    Value v = raw.get(field);
    return v == null ? null : TypedJson.string(v, "request field '" + field + "'");
  }

  boolean bool(String field, boolean dflt) {
    Value v = raw.get(field);
    if (v == null) {
      return dflt;
    }
    if (v instanceof BooleanValue b) {
      return b.value();
    }
    throw new BuiltinException("request field '" + field + "' must be a boolean, got " + v.typeName());
  }

  ObjectValue object(String field, boolean required) {
    Value v = raw.get(field);
    if (v == null) {
      if (required) {
        throw new BuiltinException("request field '" + field + "' is required (an object)");
      }
      return null;
    }
    if (v instanceof ObjectValue o) {
      return o;
    }
    throw new BuiltinException("request field '" + field + "' must be an object, got " + v.typeName());
  }

  Integer positiveInt(String field) {
    Value v = raw.get(field);
    if (v == null) {
      return null;
    }
    if (v instanceof NumberValue n && n.isLong() && n.longValue() > 0 && n.longValue() <= Integer.MAX_VALUE) {
      return (int) n.longValue();
    }
    throw new BuiltinException("request field '" + field + "' must be a positive integer, got " + v);
  }
}
