package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.GoQuote;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import io.opadynamodb.rego.value.ValueFormatter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code providers.aws.sign_req}: AWS Signature Version 4 of a request object (OPA's providers.go). */
public final class AwsSignBuiltin implements BuiltinFamily {
  private static final SetValue REQUIRED_CONFIG = HttpRequestKeys.strings(
      List.of("aws_service", "aws_access_key", "aws_secret_access_key", "aws_region"));
  private static final Set<String> IGNORED_HEADERS = Set.of("authorization", "user-agent", "x-amzn-trace-id");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter ISO8601 = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  @Override
  public void register(BuiltinRegistry r) {
    r.register("providers.aws.sign_req", (ctx, args) -> sign(args));
  }

  private static Value sign(Value[] args) {
    ObjectValue req = Args.object(args, 0);
    if (!(args[1] instanceof ObjectValue config)) {
      throw Args.typeError(1, args[1], "object");
    }
    validateConfig(config);
    String service = str(config.get("aws_service"));
    if (!(args[2] instanceof NumberValue ts)) {
      throw Args.typeError(1, args[2], "number");
    }
    if (!ts.toJsonText().matches("-?[0-9]+") || ts.bigIntegerValueOrNull() == null
        || ts.bigIntegerValueOrNull().bitLength() > 63) {
      throw Args.operand(3, "could not convert time_ns value into a unix timestamp");
    }
    long ns = ts.longValue();
    HttpRequestKeys.validate(args, 0);
    ObjectValue headers = ObjectValue.EMPTY;
    Value headersValue = req.get("headers");
    if (headersValue != null) {
      if (!(headersValue instanceof ObjectValue h)) {
        throw Args.typeError(0, headersValue, "object");
      }
      headers = h;
    }
    SetValue.Builder invalid = SetValue.builder();
    if (!(req.get("url") instanceof StringValue)) {
      invalid.add(StringValue.of("url"));
    }
    if (!(req.get("method") instanceof StringValue)) {
      invalid.add(StringValue.of("method"));
    }
    if (invalid.size() > 0) {
      throw Args.operand(1, "invalid values for required request parameters(s): "
          + ValueFormatter.rego(invalid.build()));
    }
    URI url;
    String rawUrl = str(req.get("url"));
    try {
      url = new URI(rawUrl);
    } catch (URISyntaxException e) {
      throw new BuiltinException("parse " + GoQuote.quote(rawUrl) + ": " + e.getReason());
    }
    String method = str(req.get("method"));
    byte[] body = body(req);
    boolean disablePayloadSigning = false;
    Value dps = config.get("disable_payload_signing");
    if (dps != null) {
      if (!(dps instanceof BooleanValue b)) {
        throw Args.operand(2, "invalid value for 'disable_payload_signing' in AWS config");
      }
      disablePayloadSigning = b.value();
    }
    Map<String, String> headerMap = new LinkedHashMap<>();
    headers.forEach((k, v) -> headerMap.put(str(k), str(v)));
    Credentials creds = new Credentials(str(config.get("aws_access_key")),
        str(config.get("aws_secret_access_key")), str(config.get("aws_region")),
        config.get("aws_session_token") == null ? "" : str(config.get("aws_session_token")));
    Map<String, String> awsHeaders = new TreeMap<>();
    String auth = signV4(headerMap, method, url, body, service, creds, ns, disablePayloadSigning, awsHeaders);
    ObjectValue.Builder signed = ObjectValue.builder();
    headerMap.forEach((k, v) -> signed.put(k, StringValue.of(v)));
    signed.put("Authorization", StringValue.of(auth));
    awsHeaders.forEach((k, v) -> signed.put(k, StringValue.of(v)));
    return req.with(StringValue.of("headers"), signed.build());
  }

  private record Credentials(String accessKey, String secretKey, String region, String sessionToken) {}

  private static void validateConfig(ObjectValue o) {
    SetValue keys = SetValue.of(o.keys());
    SetValue missing = REQUIRED_CONFIG.minus(keys);
    if (!missing.isEmpty()) {
      throw Args.operand(2, "missing required AWS config parameters(s): " + ValueFormatter.rego(missing));
    }
    SetValue.Builder invalid = SetValue.builder();
    for (Value k : REQUIRED_CONFIG.elements()) {
      Value v = o.get(k);
      if (v != null && !(v instanceof StringValue)) {
        invalid.add(k);
      }
    }
    if (invalid.size() > 0) {
      throw Args.operand(2, "invalid values for required AWS config parameters(s): "
          + ValueFormatter.rego(invalid.build()));
    }
  }

  private static String str(Value v) {
    return v instanceof StringValue s ? s.value() : "";
  }

  private static byte[] body(ObjectValue req) {
    Value raw = req.get("raw_body");
    if (raw != null) {
      return str(raw).getBytes(StandardCharsets.UTF_8);
    }
    Value body = req.get("body");
    if (body != null) {
      return Json.write(body).getBytes(StandardCharsets.UTF_8);
    }
    return new byte[0];
  }

  private static String signV4(Map<String, String> headers, String method, URI url, byte[] body, String service,
      Credentials creds, long ns, boolean disablePayloadSigning, Map<String, String> awsHeaders) {
    ZonedDateTime now = Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L))
        .atZone(ZoneOffset.UTC);
    String contentSha256 = disablePayloadSigning ? "UNSIGNED-PAYLOAD" : sha256Hex(body);
    String dateNow = DATE.format(now);
    String iso8601Now = ISO8601.format(now);
    awsHeaders.put("host", host(url));
    awsHeaders.put("x-amz-date", iso8601Now);
    if (service.equals("s3") || service.equals("glacier")) {
      awsHeaders.put("x-amz-content-sha256", contentSha256);
    }
    if (!creds.sessionToken().isEmpty()) {
      awsHeaders.put("x-amz-security-token", creds.sessionToken());
    }
    TreeMap<String, String> toSign = new TreeMap<>(awsHeaders);
    headers.forEach((k, v) -> {
      String lower = k.toLowerCase(java.util.Locale.ROOT);
      if (!IGNORED_HEADERS.contains(lower)) {
        toSign.put(lower, v);
      }
    });
    StringBuilder canonical = new StringBuilder(method).append('\n');
    canonical.append(url.getRawPath() == null ? "" : url.getRawPath()).append('\n');
    canonical.append(url.getRawQuery() == null ? "" : url.getRawQuery()).append('\n');
    toSign.forEach((k, v) -> canonical.append(k).append(':').append(v).append('\n'));
    canonical.append('\n');
    String headerList = String.join(";", toSign.keySet());
    canonical.append(headerList).append('\n').append(contentSha256);
    String scope = dateNow + "/" + creds.region() + "/" + service + "/aws4_request";
    String strToSign = "AWS4-HMAC-SHA256\n" + iso8601Now + "\n" + scope + "\n"
        + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    byte[] key = mac(dateNow, ("AWS4" + creds.secretKey()).getBytes(StandardCharsets.UTF_8));
    key = mac(creds.region(), key);
    key = mac(service, key);
    key = mac("aws4_request", key);
    String signature = HexFormat.of().formatHex(mac(strToSign, key));
    return "AWS4-HMAC-SHA256 Credential=" + creds.accessKey() + "/" + scope + ",SignedHeaders=" + headerList
        + ",Signature=" + signature;
  }

  private static String host(URI url) {
    String authority = url.getRawAuthority();
    if (authority == null) {
      return "";
    }
    int at = authority.lastIndexOf('@');
    return at >= 0 ? authority.substring(at + 1) : authority;
  }

  private static byte[] mac(String message, byte[] key) {
    return CryptoBuiltins.hmacBytes("HmacSHA256", key, message.getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256Hex(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
