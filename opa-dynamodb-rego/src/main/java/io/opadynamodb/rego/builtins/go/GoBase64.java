package io.opadynamodb.rego.builtins.go;

import io.opadynamodb.rego.builtins.BuiltinException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Go's {@code encoding/base64} decoding (padded, non-strict: newlines are skipped) with its error
 * text "illegal base64 data at input byte N", and OPA's lenient base64url variant.
 */
public final class GoBase64 {
  private static final byte[] STD = decodeMap("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
  private static final byte[] URL = decodeMap("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
  private static final byte INVALID = -1;

  private GoBase64() {}

  private static byte[] decodeMap(String alphabet) {
    byte[] m = new byte[256];
    Arrays.fill(m, INVALID);
    for (int i = 0; i < alphabet.length(); i++) {
      m[alphabet.charAt(i)] = (byte) i;
    }
    return m;
  }

  /**
   * Go's {@code base64.StdEncoding.DecodeString} of the string's UTF-8 bytes.
   *
   * @throws BuiltinException "illegal base64 data at input byte N" when the text is not base64
   */
  public static byte[] decodeStd(String s) {
    return decode(s.getBytes(StandardCharsets.UTF_8), STD);
  }

  /**
   * OPA's {@code base64url.decode}: adds missing padding first (RFC 7515 appendix C), then
   * decodes with Go's {@code base64.URLEncoding}.
   *
   * @throws BuiltinException when the length cannot be padded or the text is not base64url
   */
  public static byte[] decodeUrlLenient(String s) {
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

  /** Go's {@code base64.RawURLEncoding.EncodeToString}: URL alphabet, no padding. */
  public static String encodeUrlRaw(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static byte[] decode(byte[] src, byte[] map) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(src.length * 3 / 4 + 3);
    int si = 0;
    while (true) {
      int[] dbuf = new int[4];
      int dlen = 4;
      for (int j = 0; j < 4; j++) {
        if (si == src.length) {
          if (j == 0) {
            return out.toByteArray();
          }
          throw corrupt(si - j);
        }
        int in = src[si] & 0xff;
        si++;
        int o = map[in];
        if (o != INVALID) {
          dbuf[j] = o;
          continue;
        }
        if (in == '\n' || in == '\r') {
          j--;
          continue;
        }
        if (in != '=' || j < 2) {
          throw corrupt(si - 1);
        }
        // Padding: "xx==" needs the second '=' (newlines may stand between), then only newlines.
        if (j == 2) {
          si = skipNewlines(src, si);
          if (si == src.length) {
            throw corrupt(src.length);
          }
          if (src[si] != '=') {
            throw corrupt(si - 1);
          }
          si++;
        }
        si = skipNewlines(src, si);
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
      } else {
        return out.toByteArray();
      }
    }
  }

  private static int skipNewlines(byte[] src, int si) {
    while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
      si++;
    }
    return si;
  }

  private static BuiltinException corrupt(int offset) {
    return new BuiltinException("illegal base64 data at input byte " + offset);
  }
}
