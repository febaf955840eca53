package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.GoQuote;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.List;
import java.util.Set;

/**
 * {@code http.send} (OPA's topdown/http.go): the request object, the response object, the
 * {@code raise_error: false} error object, per-query memoisation and the inter-query cache.
 */
public final class HttpSendBuiltin implements BuiltinFamily {
  static final String NETWORK_ERROR = "eval_http_send_network_error";
  static final String INTERNAL_ERROR = "eval_http_send_internal_error";
  private static final Set<Integer> CACHEABLE = Set.of(200, 203, 204, 206, 300, 301, 404, 405, 410, 414, 501);

  @Override
  public void register(BuiltinRegistry r) {
    r.register("http.send", HttpSendBuiltin::send);
  }

  /** A failed request: network failures (Go's *url.Error) or internal errors. */
  static final class SendFailure extends RuntimeException {
    final boolean network;
    final String raisedMessage;
    /**
     * OPA wraps errors in building the request as built-in errors of the call: returned unraised,
     * their text starts with the call's location and {@code eval_builtin_error: http.send: }.
     */
    final boolean wrapped;

    SendFailure(String message, boolean network, String raisedMessage) {
      this(message, network, raisedMessage, false);
    }

    SendFailure(String message, boolean network, String raisedMessage, boolean wrapped) {
      super(message, null, false, false);
      this.network = network;
      this.raisedMessage = raisedMessage == null ? message : raisedMessage;
      this.wrapped = wrapped;
    }
  }

  private static Value send(BuiltinContext ctx, Value[] args) {
    ObjectValue obj = Args.object(args, 0);
    boolean raiseError = true;
    Value re = obj.get("raise_error");
    if (re != null) {
      if (!(re instanceof BooleanValue b)) {
        throw new BuiltinException("invalid value for raise_error field");
      }
      raiseError = b.value();
    }
    ObjectValue req;
    try {
      req = HttpRequestKeys.validate(args, 0);
    } catch (BuiltinException e) {
      if (raiseError) {
        throw e;
      }
      String code = e.isTypeError() ? "eval_type_error" : "eval_builtin_error";
      return errorResult(INTERNAL_ERROR, location(ctx) + code + ": http.send: " + e.getMessage());
    }
    try {
      return response(ctx, req);
    } catch (SendFailure f) {
      if (raiseError) {
        throw new BuiltinException(f.raisedMessage);
      }
      String message = f.wrapped ? location(ctx) + "eval_builtin_error: http.send: " + f.getMessage() : f.getMessage();
      return errorResult(f.network ? NETWORK_ERROR : INTERNAL_ERROR, message);
    }
  }

  private static String location(BuiltinContext ctx) {
    // Go's ast.Location.String(): file:row, else the expression text, else row:col.
    io.opadynamodb.rego.ast.Location l = ctx.location();
    if (l == null) {
      return "";
    }
    if (l.file() != null && !l.file().isEmpty()) {
      return l.file() + ":" + l.row() + ": ";
    }
    if (l.text() != null && !l.text().isEmpty()) {
      return l.text() + ": ";
    }
    return l.row() == 0 ? "" : l.row() + ":" + l.col() + ": ";
  }

  private static ObjectValue errorResult(String code, String message) {
    return ObjectValue.ofStrings("status_code", NumberValue.of(0), "error",
        ObjectValue.ofStrings("code", StringValue.of(code), "message", StringValue.of(message)));
  }

  /** Intra-query cache entry: a response value or the failure of the request. */
  private record Memo(Value value, SendFailure failure) {}

  /** Inter-query cache entry. */
  private record Cached(HttpResponseData response, long expiresAtNanos) {}

  private static Value response(BuiltinContext ctx, ObjectValue req) {
    ObjectValue key = cacheKey(req);
    Object memoKey = List.of("http.send", key);
    Memo memo = (Memo) ctx.evaluationCache().get(memoKey);
    if (memo != null) {
      if (memo.failure() != null) {
        throw memo.failure();
      }
      return memo.value();
    }
    boolean forceCache = boolField(req, "force_cache");
    boolean useShared = boolField(req, "cache") || forceCache;
    long forceSeconds = forceCache ? forceCacheSeconds(req) : 0;
    boolean forceJson = boolField(key, "force_json_decode");
    boolean forceYaml = boolField(key, "force_yaml_decode");
    Object sharedKey = List.of("http.send", key);
    if (useShared) {
      Cached cached = (Cached) ctx.sharedCache().get(sharedKey);
      if (cached != null) {
        if (ctx.nowNanos() < cached.expiresAtNanos()) {
          Value v = cached.response().toValue(forceJson, forceYaml);
          ctx.evaluationCache().put(memoKey, new Memo(v, null));
          return v;
        }
        Value revalidated = revalidate(ctx, key, sharedKey, memoKey, cached, forceSeconds, forceJson, forceYaml);
        if (revalidated != null) {
          return revalidated;
        }
      }
    }
    HttpResponseData resp;
    try {
      resp = HttpSendClient.execute(req, java.util.Map.of(), ctx.allowNet());
    } catch (SendFailure f) {
      ctx.evaluationCache().put(memoKey, new Memo(null, f));
      throw f;
    }
    Value v = resp.toValue(forceJson, forceYaml);
    if (useShared) {
      ctx.evaluationCache().put(memoKey, new Memo(v, null));
      boolean storable = forceSeconds > 0 || !resp.cacheControl().containsKey("no-store");
      if (storable && CACHEABLE.contains(resp.statusCode())) {
        try {
          long expires = forceSeconds > 0 ? ctx.nowNanos() + forceSeconds * 1_000_000_000L : resp.expiresAtNanos();
          ctx.sharedCache().put(sharedKey, new Cached(resp, expires));
        } catch (IllegalStateException e) {
          // not cacheable (as OPA, errors while populating the inter-query cache are ignored)
        }
      }
    } else if (CACHEABLE.contains(resp.statusCode())) {
      ctx.evaluationCache().put(memoKey, new Memo(v, null));
    }
    return v;
  }

  /**
   * OPA's revalidation of a stale cached response that has an ETag or Last-Modified: a 304 refreshes
   * the cached entry, a 200 replaces it; otherwise the entry is dropped and the request sent anew.
   */
  private static Value revalidate(BuiltinContext ctx, ObjectValue key, Object sharedKey, Object memoKey,
      Cached cached, long forceSeconds, boolean forceJson, boolean forceYaml) {
    ctx.sharedCache().remove(sharedKey);
    String etag = cached.response().header("etag");
    String lastModified = cached.response().header("last-modified");
    if (etag.isEmpty() && lastModified.isEmpty()) {
      return null;
    }
    java.util.Map<String, String> conditional = new java.util.TreeMap<>();
    if (!etag.isEmpty()) {
      conditional.put("If-None-Match", etag);
    }
    if (!lastModified.isEmpty()) {
      conditional.put("If-Modified-Since", lastModified);
    }
    HttpResponseData fresh;
    try {
      fresh = HttpSendClient.execute(key, conditional, ctx.allowNet());
    } catch (SendFailure f) {
      ctx.evaluationCache().put(memoKey, new Memo(null, f));
      throw f;
    }
    HttpResponseData result;
    if (fresh.statusCode() == 304) {
      java.util.Map<String, List<String>> headers = new java.util.TreeMap<>(cached.response().headers());
      headers.putAll(fresh.headers());
      result = new HttpResponseData(cached.response().statusCode(), headers, cached.response().body());
    } else if (fresh.statusCode() == 200) {
      result = fresh;
    } else {
      return null;
    }
    Value v = result.toValue(forceJson, forceYaml);
    ctx.evaluationCache().put(memoKey, new Memo(v, null));
    try {
      long expires = forceSeconds > 0 ? ctx.nowNanos() + forceSeconds * 1_000_000_000L : result.expiresAtNanos();
      if (forceSeconds > 0 || !result.cacheControl().containsKey("no-store")) {
        ctx.sharedCache().put(sharedKey, new Cached(result, expires));
      }
    } catch (IllegalStateException e) {
      // not cacheable
    }
    return v;
  }

  private static boolean boolField(ObjectValue req, String name) {
    Value v = req.get(name);
    if (v == null) {
      return false;
    }
    if (!(v instanceof BooleanValue b)) {
      throw new SendFailure("invalid value for \"" + name + "\" field", false, null);
    }
    return b.value();
  }

  private static long forceCacheSeconds(ObjectValue req) {
    Value v = req.get("force_cache_duration_seconds");
    if (v == null) {
      throw new SendFailure("'force_cache' set but 'force_cache_duration_seconds' parameter is missing", false,
          null);
    }
    if (v instanceof NumberValue n && n.toJsonText().matches("-?[0-9]+")) {
      try {
        return Integer.parseInt(n.toJsonText());
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    throw new SendFailure("strconv.ParseInt: parsing " + GoQuote.quote(io.opadynamodb.rego.value.ValueFormatter
        .rego(v)) + ": invalid syntax", false, null);
  }

  /** OPA's getKeyFromRequest: the request without cache_ignored_headers. */
  private static ObjectValue cacheKey(ObjectValue req) {
    Value ignored = req.get("cache_ignored_headers");
    Value headers = req.get("headers");
    StringValue ignoredKey = StringValue.of("cache_ignored_headers");
    if (ignored == null || headers == null) {
      return req.with(ignoredKey, NullValue.INSTANCE);
    }
    if (!(ignored instanceof ArrayValue arr) || arr.elements().stream().anyMatch(e -> !(e instanceof StringValue))) {
      throw new SendFailure("cache_ignored_headers must be an array of strings", false, null);
    }
    ObjectValue filtered = ObjectValue.EMPTY;
    if (headers instanceof ObjectValue h) {
      ObjectValue.Builder b = ObjectValue.builder();
      h.forEach((k, val) -> {
        if (!arr.elements().contains(k)) {
          b.put(k, val);
        }
      });
      filtered = b.build();
    }
    return req.with(StringValue.of("headers"), filtered).with(ignoredKey, NullValue.INSTANCE);
  }
}
