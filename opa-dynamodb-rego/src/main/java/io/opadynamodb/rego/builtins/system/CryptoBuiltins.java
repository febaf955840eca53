package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Digests and HMACs of OPA's topdown/crypto.go ({@code crypto.md5}, {@code crypto.hmac.sha256}, ...). */
public final class CryptoBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("crypto.md5", (ctx, args) -> digest("MD5", args));
    r.register("crypto.sha1", (ctx, args) -> digest("SHA-1", args));
    r.register("crypto.sha256", (ctx, args) -> digest("SHA-256", args));
    r.register("crypto.hmac.md5", (ctx, args) -> hmac("HmacMD5", args));
    r.register("crypto.hmac.sha1", (ctx, args) -> hmac("HmacSHA1", args));
    r.register("crypto.hmac.sha256", (ctx, args) -> hmac("HmacSHA256", args));
    r.register("crypto.hmac.sha512", (ctx, args) -> hmac("HmacSHA512", args));
    r.register("crypto.hmac.equal", (ctx, args) -> {
      byte[] a = bytes(Args.string(args, 0));
      byte[] b = bytes(Args.string(args, 1));
      return BooleanValue.of(MessageDigest.isEqual(a, b));
    });
  }

  private static Value digest(String algorithm, Value[] args) {
    byte[] input = bytes(Args.string(args, 0));
    try {
      return StringValue.of(HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(input)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " unavailable", e);
    }
  }

  private static Value hmac(String algorithm, Value[] args) {
    byte[] message = bytes(Args.string(args, 0));
    byte[] key = bytes(Args.string(args, 1));
    return StringValue.of(HexFormat.of().formatHex(hmacBytes(algorithm, key, message)));
  }

  /** HMAC of {@code message} under {@code key}; an empty key is valid (as in Go). */
  static byte[] hmacBytes(String algorithm, byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      // SecretKeySpec rejects empty keys; HMAC pads keys with zeros, so one zero byte is equivalent.
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " unavailable", e);
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
