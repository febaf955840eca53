package io.opadynamodb.rego.builtins.system;

import com.nimbusds.jose.jwk.JWK;
import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.go.GoBase64;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The {@code io.jwt.*} built-ins (OPA's topdown/tokens.go). */
public final class JwtBuiltins implements BuiltinFamily {
  private static final ArrayValue UNVERIFIED = ArrayValue.of(BooleanValue.FALSE, ObjectValue.EMPTY, ObjectValue.EMPTY);

  @Override
  public void register(BuiltinRegistry r) {
    r.register("io.jwt.decode", (ctx, args) -> decode(args[0]));
    for (String alg : new String[] {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384",
        "ES512", "EdDSA"}) {
      String name = "io.jwt.verify_" + alg.toLowerCase();
      r.register(name, (ctx, args) -> BooleanValue.of(verifyAsymmetric(ctx, args[0], args[1], alg)));
    }
    for (String alg : new String[] {"HS256", "HS384", "HS512"}) {
      r.register("io.jwt.verify_" + alg.toLowerCase(), (ctx, args) -> verifyHmac(args, alg));
    }
    r.register("io.jwt.decode_verify", JwtBuiltins::decodeVerify);
    r.register("io.jwt.encode_sign", (ctx, args) -> encodeSign(
        Json.write(args[0]).getBytes(StandardCharsets.UTF_8),
        Json.write(args[1]).getBytes(StandardCharsets.UTF_8),
        Json.write(args[2])));
    r.register("io.jwt.encode_sign_raw", (ctx, args) -> {
      String jwk = Args.string(args, 2);
      String headers = Args.string(args, 0);
      String payload = Args.string(args, 1);
      return encodeSign(headers.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8), jwk);
    });
  }

  /** The three base64url sections of a compact JWS. */
  private record Token(String header, String payload, String signature) {
    byte[] signingInput() {
      return (header + "." + payload).getBytes(StandardCharsets.UTF_8);
    }
  }

  private static Token split(Value a) {
    if (!(a instanceof StringValue s)) {
      throw Args.typeError(1, a, "string");
    }
    String encoding = s.value();
    if (!encoding.contains(".")) {
      throw new BuiltinException("encoded JWT had no period separators");
    }
    String[] parts = encoding.split("\\.", -1);
    if (parts.length != 3) {
      throw new BuiltinException("encoded JWT must have 3 sections, found " + parts.length);
    }
    return new Token(parts[0], parts[1], parts[2]);
  }

  private static ObjectValue decodeHeader(Token t) {
    byte[] raw;
    try {
      raw = GoBase64.decodeUrlLenient(t.header());
    } catch (BuiltinException e) {
      throw new BuiltinException("JWT header had invalid encoding: " + e.getMessage());
    }
    ObjectValue header;
    try {
      header = jsonObject(raw);
    } catch (BuiltinException e) {
      throw new BuiltinException("bad JWT header: " + e.getMessage());
    }
    if (header.get("enc") != null) {
      throw new BuiltinException("JWT is a JWE object, which is not supported");
    }
    return header;
  }

  private static byte[] decodePayload(Token t) {
    try {
      return GoBase64.decodeUrlLenient(t.payload());
    } catch (BuiltinException e) {
      throw new BuiltinException("JWT payload had invalid encoding: " + e.getMessage());
    }
  }

  private static ObjectValue jsonObject(byte[] raw) {
    Value v;
    String text = new String(raw, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      // Go's json.Unmarshal of empty input
      throw new BuiltinException("invalid JSON: EOF");
    }
    try {
      v = Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BuiltinException("invalid JSON: " + e.getMessage());
    }
    if (!(v instanceof ObjectValue o)) {
      throw new BuiltinException("decoded JSON type was not an Object");
    }
    return o;
  }

  private static Value decode(Value a) {
    Token t = split(a);
    ObjectValue header = decodeHeader(t);
    byte[] p = decodePayload(t);
    if (header.get("cty") instanceof StringValue cty && cty.value().equals("JWT")) {
      // A nested token: its text may be quoted (as jwt.io writes it).
      String inner = strip(new String(p, StandardCharsets.UTF_8), "\"'");
      return decode(StringValue.of(inner));
    }
    ObjectValue payload = jsonObject(p);
    byte[] sig;
    try {
      sig = GoBase64.decodeUrlLenient(t.signature());
    } catch (BuiltinException e) {
      throw new BuiltinException("JWT signature had invalid encoding: " + e.getMessage());
    }
    return ArrayValue.of(header, payload, StringValue.of(HexFormat.of().formatHex(sig)));
  }

  private static String strip(String s, String cutset) {
    int b = 0;
    int e = s.length();
    while (b < e && cutset.indexOf(s.charAt(b)) >= 0) {
      b++;
    }
    while (e > b && cutset.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(b, e);
  }

  /** Parsed JOSE header fields (OPA's tokenHeader). */
  private static final class Header {
    String alg = "";
    String kid = "";
    String cty = "";
    Map<String, Boolean> crit;
    final List<String> unknown = new ArrayList<>();

    boolean valid() {
      if (alg.isEmpty()) {
        return false;
      }
      for (String u : unknown) {
        if (crit != null && crit.containsKey(u)) {
          return false;
        }
      }
      return true;
    }
  }

  private static Header parseHeader(ObjectValue h) {
    Header header = new Header();
    for (int i = 0; i < h.size(); i++) {
      String k = ((StringValue) h.keyAt(i)).value();
      Value v = h.valueAt(i);
      switch (k) {
        case "alg":
          header.alg = headerString(k, v);
          break;
        case "kid":
          header.kid = headerString(k, v);
          break;
        case "typ":
          headerString(k, v);
          break;
        case "cty":
          header.cty = headerString(k, v);
          break;
        case "crit":
          if (!(v instanceof ArrayValue arr)) {
            throw new BuiltinException("crit: must be a list");
          }
          header.crit = new HashMap<>();
          for (Value e : arr.elements()) {
            if (e instanceof StringValue s) {
              header.crit.put(s.value(), true);
            }
          }
          if (header.crit.isEmpty()) {
            throw new BuiltinException("crit: must be a nonempty list");
          }
          break;
        default:
          header.unknown.add(k);
      }
    }
    return header;
  }

  private static String headerString(String name, Value v) {
    if (!(v instanceof StringValue s)) {
      throw new BuiltinException(name + ": must be a string");
    }
    return s.value();
  }

  private static JwtKeys.VerificationKey byKid(String kid, List<JwtKeys.VerificationKey> keys) {
    for (JwtKeys.VerificationKey k : keys) {
      if (k.kid().equals(kid)) {
        return k;
      }
    }
    return null;
  }

  /**
   * Verifies with a key chosen as OPA does: the key whose kid matches the header's, else any key
   * without alg or with the header's alg. {@code verifyAlg} is the algorithm to check with.
   */
  private static boolean verifyWithKeys(List<JwtKeys.VerificationKey> keys, Header header, String verifyAlg,
      byte[] input, byte[] sig, boolean strictJws) {
    if (!header.kid.isEmpty()) {
      JwtKeys.VerificationKey k = byKid(header.kid, keys);
      if (k != null) {
        return JwtKeys.verify(k.key(), verifyAlg, input, sig, strictJws);
      }
    }
    for (JwtKeys.VerificationKey k : keys) {
      if (!k.alg().isEmpty() && !header.alg.equals(k.alg())) {
        continue;
      }
      if (JwtKeys.verify(k.key(), verifyAlg, input, sig, strictJws)) {
        return true;
      }
    }
    return false;
  }

  /** Parsed keys by certificate text, shared across queries and bounded like OPA's io_jwt_keys cache (100). */
  private static List<JwtKeys.VerificationKey> keys(BuiltinContext ctx, String certificate) {
    @SuppressWarnings("unchecked")
    Map<String, List<JwtKeys.VerificationKey>> cache = (Map<String, List<JwtKeys.VerificationKey>>)
        ctx.sharedCache().computeIfAbsent("io.jwt.keys", k -> java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<String, List<JwtKeys.VerificationKey>>(16, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, List<JwtKeys.VerificationKey>> e) {
                return size() > 100;
              }
            }));
    List<JwtKeys.VerificationKey> cached = cache.get(certificate);
    if (cached != null) {
      return cached;
    }
    List<JwtKeys.VerificationKey> keys = List.copyOf(JwtKeys.parse(certificate));
    cache.put(certificate, keys);
    return keys;
  }

  private static boolean verifyAsymmetric(BuiltinContext ctx, Value jwt, Value keyStr, String alg) {
    Token t = split(jwt);
    if (!(keyStr instanceof StringValue s)) {
      throw Args.typeError(2, keyStr, "string");
    }
    List<JwtKeys.VerificationKey> keys = keys(ctx, s.value());
    byte[] sig = GoBase64.decodeUrlLenient(t.signature());
    Header header = parseHeader(decodeHeader(t));
    return verifyWithKeys(keys, header, alg, t.signingInput(), sig, false);
  }

  private static Value verifyHmac(Value[] args, String alg) {
    Args.string(args, 0);
    String secret = Args.string(args, 1);
    Token t = split(args[0]);
    byte[] mac = CryptoBuiltins.hmacBytes("HmacSHA" + alg.substring(2), CryptoBuiltins.bytes(secret),
        t.signingInput());
    byte[] sig = GoBase64.decodeUrlLenient(t.signature());
    return BooleanValue.of(java.security.MessageDigest.isEqual(sig, mac));
  }

  /** OPA's tokenConstraints. */
  private static final class Constraints {
    List<JwtKeys.VerificationKey> keys;
    String secret = "";
    String alg = "";
    String iss = "";
    String aud = "";
    double time = -1;
  }

  private static Constraints parseConstraints(BuiltinContext ctx, ObjectValue o) {
    Constraints c = new Constraints();
    for (int i = 0; i < o.size(); i++) {
      Value kv = o.keyAt(i);
      String name = kv instanceof StringValue s ? s.value() : Json.write(kv);
      Value v = o.valueAt(i);
      switch (name) {
        case "cert":
          if (!(v instanceof StringValue cert)) {
            throw new BuiltinException("cert constraint: must be a string");
          }
          c.keys = keys(ctx, cert.value());
          break;
        case "secret":
          c.secret = constraintString(name, v);
          break;
        case "alg":
          c.alg = constraintString(name, v);
          break;
        case "iss":
          c.iss = constraintString(name, v);
          break;
        case "aud":
          c.aud = constraintString(name, v);
          break;
        case "time":
          c.time = timeFromValue(v);
          break;
        default:
          throw new BuiltinException("unknown token validation constraint: " + name);
      }
    }
    if (c.time == -1) {
      c.time = timeFromValue(NumberValue.of(ctx.nowNanos()));
    }
    return c;
  }

  private static String constraintString(String name, Value v) {
    if (!(v instanceof StringValue s)) {
      throw new BuiltinException(name + " constraint: must be a string");
    }
    return s.value();
  }

  private static double timeFromValue(Value v) {
    if (!(v instanceof NumberValue n)) {
      throw new BuiltinException("token time constraint: must be a number");
    }
    double d = n.doubleValue();
    if (Double.isInfinite(d) || Double.isNaN(d)) {
      throw new BuiltinException("token time constraint: unvalid float64");
    }
    if (d < 0) {
      throw new BuiltinException("token time constraint: must not be negative");
    }
    return d;
  }

  private static Value decodeVerify(BuiltinContext ctx, Value[] args) {
    Value a = args[0];
    ObjectValue b = Args.object(args, 1);
    Constraints c = parseConstraints(ctx, b);
    int keyCount = (c.keys != null ? 1 : 0) + (c.secret.isEmpty() ? 0 : 1);
    if (keyCount > 1) {
      throw new BuiltinException("duplicate key constraints");
    }
    if (keyCount < 1) {
      throw new BuiltinException("no key constraint");
    }
    Token token;
    ObjectValue headerObj;
    byte[] p;
    while (true) {
      token = split(a);
      headerObj = decodeHeader(token);
      Header header = parseHeader(headerObj);
      if (!header.valid()) {
        return UNVERIFIED;
      }
      if (!c.alg.isEmpty() && !c.alg.equals(header.alg)) {
        return UNVERIFIED;
      }
      byte[] sig = GoBase64.decodeUrlLenient(token.signature());
      boolean ok;
      if (c.keys != null) {
        ok = verifyWithKeys(c.keys, header, header.alg, token.signingInput(), sig, true);
      } else {
        ok = JwtKeys.verify(CryptoBuiltins.bytes(c.secret), header.alg, token.signingInput(), sig, true);
      }
      if (!ok) {
        return UNVERIFIED;
      }
      p = decodePayload(token);
      if (header.cty.equalsIgnoreCase("JWT")) {
        a = StringValue.of(new String(p, StandardCharsets.UTF_8));
        continue;
      }
      break;
    }
    ObjectValue payload = jsonObject(p);
    if (!c.iss.isEmpty()) {
      if (!(payload.get("iss") instanceof StringValue iss) || !iss.value().equals(c.iss)) {
        return UNVERIFIED;
      }
    }
    Value aud = payload.get("aud");
    if (aud != null) {
      if (!validAudience(c.aud, aud)) {
        return UNVERIFIED;
      }
    } else if (!c.aud.isEmpty()) {
      return UNVERIFIED;
    }
    BigDecimal now = new BigDecimal(Double.toString(c.time / 1_000_000_000d));
    Value exp = payload.get("exp");
    if (exp != null) {
      if (!(exp instanceof NumberValue n)) {
        throw new BuiltinException("exp value must be a number");
      }
      if (now.compareTo(n.bigDecimalValue()) >= 0) {
        return UNVERIFIED;
      }
    }
    Value nbf = payload.get("nbf");
    if (nbf != null) {
      if (!(nbf instanceof NumberValue n)) {
        throw new BuiltinException("nbf value must be a number");
      }
      if (now.compareTo(n.bigDecimalValue()) < 0) {
        return UNVERIFIED;
      }
    }
    return ArrayValue.of(BooleanValue.TRUE, headerObj, payload);
  }

  private static boolean validAudience(String want, Value aud) {
    if (aud instanceof StringValue s) {
      return s.value().equals(want);
    }
    if (aud instanceof ArrayValue arr) {
      for (Value e : arr.elements()) {
        if (e instanceof StringValue s && s.value().equals(want)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Value encodeSign(byte[] headers, byte[] payload, String jwkSrc) {
    List<JWK> keys;
    try {
      keys = JwtKeys.parseJwks(jwkSrc);
    } catch (java.text.ParseException | RuntimeException e) {
      throw new BuiltinException("failed to parse JWK: " + e.getMessage());
    }
    if (keys.isEmpty()) {
      throw new BuiltinException("no keys found in JWK set");
    }
    ObjectValue headerObj = headerObject(headers);
    if (!(headerObj.get("alg") instanceof StringValue algValue)) {
      throw new BuiltinException("missing or invalid 'alg' header: jwsbb: header \"alg\" not found");
    }
    String alg = algValue.value();
    if (!JwtKeys.ALGORITHMS.contains(alg)) {
      throw new BuiltinException("unknown JWS algorithm: " + alg);
    }
    boolean typIsJwtOrAbsent = !(headerObj.get("typ") instanceof StringValue typ) || typ.value().equals("JWT");
    if (typIsJwtOrAbsent && !isJson(payload)) {
      throw new BuiltinException("type is JWT but payload is not JSON");
    }
    String signingInput = GoBase64.encodeUrlRaw(headers) + "." + GoBase64.encodeUrlRaw(payload);
    byte[] sig = JwtKeys.sign(JwtKeys.signingKeyOf(keys.get(0)), alg,
        signingInput.getBytes(StandardCharsets.UTF_8));
    return StringValue.of(signingInput + "." + GoBase64.encodeUrlRaw(sig));
  }

  /** The JOSE header as jwsbb reads it; a non-object (or unparsable non-object text) has no fields. */
  private static ObjectValue headerObject(byte[] headers) {
    String text = new String(headers, StandardCharsets.UTF_8);
    if (text.isEmpty()) {
      throw new BuiltinException("missing or invalid 'alg' header: cannot parse JSON: cannot parse empty string");
    }
    try {
      Value v = Json.parse(text);
      return v instanceof ObjectValue o ? o : ObjectValue.EMPTY;
    } catch (IllegalArgumentException e) {
      if (text.strip().startsWith("{")) {
        throw new BuiltinException("missing or invalid 'alg' header: cannot parse JSON");
      }
      return ObjectValue.EMPTY;
    }
  }

  private static boolean isJson(byte[] b) {
    try {
      Json.parse(new String(b, StandardCharsets.UTF_8));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
