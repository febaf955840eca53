package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.BuiltinException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Go's {@code encoding/base64} decoding (padded, non-strict, newlines ignored) with its error
 * text "illegal base64 data at input byte N", and OPA's lenient base64url variant.
 */
final class GoBase64 {
  private static final byte[] STD = decodeMap("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
  private static final byte[] URL = decodeMap("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

  private GoBase64() {}

  private static byte[] decodeMap(String alphabet) {
    byte[] m = new byte[256];
    Arrays.fill(m, (byte) -1);
    for (int i = 0; i < alphabet.length(); i++) {
      m[alphabet.charAt(i)] = (byte) i;
    }
    return m;
  }

  /** Go's base64.StdEncoding.DecodeString. */
  static byte[] decodeStd(String s) {
    return decode(s.getBytes(StandardCharsets.UTF_8), STD);
  }

  /** OPA's base64url.decode: adds missing padding first (RFC 7515 appendix C). */
  static byte[] decodeUrlLenient(String s) {
    if (!s.endsWith("=")) {
      switch (s.getBytes(StandardCharsets.UTF_8).length % 4) {
        case 0:
          break;
        case 2:
          s += "==";
          break;
        case 3:
          s += "=";
          break;
        default:
          throw new BuiltinException("illegal base64url string: " + s);
      }
    }
    return decode(s.getBytes(StandardCharsets.UTF_8), URL);
  }

  static String encodeUrlRaw(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static byte[] decode(byte[] src, byte[] map) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int si = 0;
    while (true) {
      int[] dbuf = new int[4];
      int dlen = 4;
      int j = 0;
      for (; j < 4; j++) {
        if (src.length == si) {
          if (j == 0) {
            return out.toByteArray();
          }
          throw corrupt(si - j);
        }
        int in = src[si] & 0xff;
        si++;
        int o = map[in];
        if (o != -1) {
          dbuf[j] = o;
          continue;
        }
        if (in == '\n' || in == '\r') {
          j--;
          continue;
        }
        if (in != '=') {
          throw corrupt(si - 1);
        }
        switch (j) {
          case 0:
          case 1:
            throw corrupt(si - 1);
          case 2:
            while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
              si++;
            }
            if (si == src.length) {
              throw corrupt(src.length);
            }
            if (src[si] != '=') {
              throw corrupt(si - 1);
            }
            si++;
            break;
          default:
            break;
        }
        while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
          si++;
        }
        if (si < src.length) {
          throw corrupt(si);
        }
        dlen = j;
        break;
      }
      int val = dbuf[0] << 18 | dbuf[1] << 12 | dbuf[2] << 6 | dbuf[3];
      if (dlen >= 2) {
        out.write(val >> 16);
      }
      if (dlen >= 3) {
        out.write(val >> 8);
      }
      if (dlen == 4) {
        out.write(val);
      }
      if (dlen < 4) {
        return out.toByteArray();
      }
    }
  }

  private static BuiltinException corrupt(int pos) {
    return new BuiltinException("illegal base64 data at input byte " + pos);
  }
}
