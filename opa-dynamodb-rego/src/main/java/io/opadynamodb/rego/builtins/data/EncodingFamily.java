package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.go.GoBase64;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.JsonFormatException;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OPA's {@code topdown/encoding.go}: {@code json.marshal}, {@code json.marshal_with_options},
 * {@code json.unmarshal}, {@code json.is_valid}, {@code base64.*}, {@code base64url.*},
 * {@code hex.*}, {@code urlquery.*} and {@code yaml.*}.
 */
public final class EncodingFamily implements BuiltinFamily {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  @Override
  public void register(BuiltinRegistry r) {
    r.register("json.marshal", (ctx, a) -> StringValue.of(Json.write(a[0])));
    r.register("json.marshal_with_options", (ctx, a) -> marshalWithOptions(a));
    r.register("json.unmarshal", (ctx, a) -> unmarshal(Args.string(a, 0)));
    r.register("json.is_valid", (ctx, a) ->
        BooleanValue.of(a[0] instanceof StringValue s && Json.isValid(s.value())));
    r.register("base64.encode", (ctx, a) ->
        StringValue.of(Base64.getEncoder().encodeToString(GoStrings.utf8(Args.string(a, 0)))));
    r.register("base64.decode", (ctx, a) ->
        StringValue.of(GoStrings.string(GoBase64.decodeStd(Args.string(a, 0)))));
    r.register("base64.is_valid", (ctx, a) -> base64IsValid(a[0]));
    r.register("base64url.encode", (ctx, a) ->
        StringValue.of(Base64.getUrlEncoder().encodeToString(GoStrings.utf8(Args.string(a, 0)))));
    r.register("base64url.encode_no_pad", (ctx, a) ->
        StringValue.of(GoBase64.encodeUrlRaw(GoStrings.utf8(Args.string(a, 0)))));
    r.register("base64url.decode", (ctx, a) -> base64UrlDecode(Args.string(a, 0)));
    r.register("hex.encode", (ctx, a) -> StringValue.of(hexEncode(GoStrings.utf8(Args.string(a, 0)))));
    r.register("hex.decode", (ctx, a) -> StringValue.of(GoStrings.string(hexDecode(GoStrings.utf8(Args.string(a, 0))))));
    r.register("urlquery.encode", (ctx, a) -> StringValue.of(GoUrl.queryEscape(Args.string(a, 0))));
    r.register("urlquery.decode", (ctx, a) -> urlQueryDecode(Args.string(a, 0)));
    r.register("urlquery.encode_object", (ctx, a) -> encodeObject(a[0]));
    r.register("urlquery.decode_object", (ctx, a) -> decodeObject(Args.string(a, 0)));
    r.register("yaml.marshal", (ctx, a) -> StringValue.of(GoYaml.marshal(a[0])));
    r.register("yaml.unmarshal", (ctx, a) -> GoYaml.unmarshal(Args.string(a, 0)));
    r.register("yaml.is_valid", (ctx, a) ->
        BooleanValue.of(a[0] instanceof StringValue s && GoYaml.isValid(s.value())));
  }

  private static Value marshalWithOptions(Value[] a) {
    ObjectValue opts = Args.object(a, 1);
    String indent = "\t";
    String prefix = "";
    boolean implicitPretty = false;
    boolean explicitDeclared = false;
    boolean pretty = false;
    for (int idx = 0; idx < opts.size(); idx++) {
      Value k = opts.keyAt(idx);
      Value v = opts.valueAt(idx);
      if (!(k instanceof StringValue ks)) {
        throw Args.operand(2, "failed to stringify key " + k + " at index " + idx
            + ": operand " + idx + " must be string but got " + k.typeName());
      }
      String key = ks.value();
      switch (key) {
        case "prefix":
          prefix = optionString(key, v, idx);
          implicitPretty = true;
          break;
        case "indent":
          indent = optionString(key, v, idx);
          implicitPretty = true;
          break;
        case "pretty":
          explicitDeclared = true;
          if (!(v instanceof BooleanValue b)) {
            throw Args.operand(2, "key " + ks + " failed cast to bool");
          }
          pretty = b.value();
          break;
        default:
          throw Args.operand(2, "object contained unknown key " + ks);
      }
    }
    if (!explicitDeclared) {
      pretty = implicitPretty;
    }
    if (pretty) {
      // Go's MarshalIndent does not prefix the first line; OPA adds it.
      return StringValue.of(prefix + Json.writePretty(a[0], prefix, indent));
    }
    return StringValue.of(Json.write(a[0]));
  }

  private static String optionString(String key, Value v, int idx) {
    if (v instanceof StringValue s) {
      return s.value();
    }
    throw Args.operand(2, "key " + Json.quote(key) + " failed cast to string: operand " + idx
        + " must be string but got " + v.typeName());
  }

  /** JSON text to a value, with OPA's errors. */
  static Value unmarshal(String text) {
    try {
      return Json.parse(text);
    } catch (JsonFormatException e) {
      // Go's scanner stops at the same point, with the same words, for these two
      if (e.detail() != null && (e.detail().startsWith("invalid number") || e.detail().endsWith("exceeded max depth"))) {
        throw new BuiltinException(e.detail());
      }
      // the scanner port recurses: text nested up to Go's limit may need a bigger stack
      String goMessage = DeepStack.run(() -> GoJsonErrors.errorMessage(text));
      if (goMessage == null) {
        // Go accepts a trailing null after the value; decode the value alone.
        return Json.parse(text.substring(0, DeepStack.run(() -> GoJsonErrors.firstValueEnd(text))));
      }
      throw new BuiltinException(goMessage);
    }
  }

  private static Value base64IsValid(Value v) {
    if (!(v instanceof StringValue s)) {
      return BooleanValue.FALSE;
    }
    try {
      GoBase64.decodeStd(s.value());
      return BooleanValue.TRUE;
    } catch (BuiltinException e) {
      return BooleanValue.FALSE;
    }
  }

  private static Value base64UrlDecode(String s) {
    return StringValue.of(GoStrings.string(GoBase64.decodeUrlLenient(s)));
  }

  static String hexEncode(byte[] b) {
    char[] out = new char[b.length * 2];
    for (int i = 0; i < b.length; i++) {
      out[2 * i] = HEX[(b[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[b[i] & 0xf];
    }
    return new String(out);
  }

  private static int fromHex(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Go's {@code hex.DecodeString}, with its error messages. */
  static byte[] hexDecode(byte[] src) {
    byte[] dst = new byte[src.length / 2];
    int i = 0;
    int j = 1;
    for (; j < src.length; j += 2) {
      int p = src[j - 1] & 0xff;
      int q = src[j] & 0xff;
      int a = fromHex(p);
      int b = fromHex(q);
      if (a < 0) {
        throw invalidHexByte(p);
      }
      if (b < 0) {
        throw invalidHexByte(q);
      }
      dst[i++] = (byte) ((a << 4) | b);
    }
    if (src.length % 2 == 1) {
      if (fromHex(src[j - 1] & 0xff) < 0) {
        throw invalidHexByte(src[j - 1] & 0xff);
      }
      throw new BuiltinException("encoding/hex: odd length hex string");
    }
    return dst;
  }

  private static BuiltinException invalidHexByte(int b) {
    return new BuiltinException("encoding/hex: invalid byte: " + GoStrings.unicodeVerb(b));
  }

  private static Value urlQueryDecode(String s) {
    try {
      return StringValue.of(GoUrl.queryUnescape(s));
    } catch (GoUrl.UrlException e) {
      throw GoUrl.builtinError(e);
    }
  }

  private static Value encodeObject(Value v) {
    if (!(v instanceof ObjectValue o)) {
      throw Args.typeError(1, v, "object");
    }
    Map<String, List<String>> query = new TreeMap<>(StringValue::compareCodePoints);
    for (Map.Entry<String, Value> e : Json.jsonMembers(o).entrySet()) {
      Value val = e.getValue();
      List<String> values = new ArrayList<>();
      if (val instanceof StringValue s) {
        values.add(s.value());
      } else if (val instanceof ArrayValue || val instanceof SetValue) {
        List<Value> elems = val instanceof ArrayValue arr ? arr.elements() : ((SetValue) val).elements();
        for (Value x : elems) {
          if (!(x instanceof StringValue xs)) {
            throw encodeObjectError();
          }
          values.add(xs.value());
        }
      } else {
        throw encodeObjectError();
      }
      query.put(e.getKey(), values);
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String key = GoUrl.queryEscape(e.getKey());
      for (String x : e.getValue()) {
        if (sb.length() > 0) {
          sb.append('&');
        }
        sb.append(key).append('=').append(GoUrl.queryEscape(x));
      }
    }
    return StringValue.of(sb.toString());
  }

  private static BuiltinException encodeObjectError() {
    return Args.operand(1, "values must be string, array[string], or set[string]");
  }

  private static Value decodeObject(String s) {
    String[] err = new String[1];
    Map<String, List<String>> params = GoUrl.parseQuery(s, err);
    if (err[0] != null) {
      throw new BuiltinException(err[0]);
    }
    ObjectValue.Builder b = ObjectValue.builder();
    params.forEach((k, vs) -> {
      Value[] arr = new Value[vs.size()];
      for (int i = 0; i < arr.length; i++) {
        arr[i] = StringValue.of(vs.get(i));
      }
      b.put(k, ArrayValue.wrap(arr));
    });
    return b.build();
  }
}
