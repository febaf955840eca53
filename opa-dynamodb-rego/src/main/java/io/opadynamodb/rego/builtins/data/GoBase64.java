package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.BuiltinException;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Base64 decoding exactly as Go's {@code encoding/base64} (non-strict): newlines are skipped and
 * errors name the offending byte offset ("illegal base64 data at input byte 4").
 */
final class GoBase64 {
  private static final byte[] STD = decodeMap("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
  private static final byte[] URL = decodeMap("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

  private GoBase64() {}

  private static byte[] decodeMap(String alphabet) {
    byte[] m = new byte[256];
    Arrays.fill(m, (byte) 0xff);
    for (int i = 0; i < alphabet.length(); i++) {
      m[alphabet.charAt(i)] = (byte) i;
    }
    return m;
  }

  /** Decodes padded standard base64 ({@code base64.StdEncoding}). */
  static byte[] decodeStd(byte[] src) {
    return decode(src, STD, true);
  }

  /** Decodes padded URL base64 ({@code base64.URLEncoding}). */
  static byte[] decodeUrl(byte[] src) {
    return decode(src, URL, true);
  }

  private static BuiltinException corrupt(long offset) {
    return new BuiltinException("illegal base64 data at input byte " + offset);
  }

  private static byte[] decode(byte[] src, byte[] map, boolean padded) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(src.length * 3 / 4 + 3);
    int si = 0;
    while (si < src.length) {
      byte[] dbuf = new byte[4];
      int dlen = 4;
      BuiltinException trailing = null;
      for (int j = 0; j < 4; j++) {
        if (si == src.length) {
          if (j == 0) {
            return out.toByteArray();
          }
          if (j == 1 || padded) {
            throw corrupt(si - j);
          }
          dlen = j;
          break;
        }
        int in = src[si] & 0xff;
        si++;
        byte o = map[in];
        if (o != (byte) 0xff) {
          dbuf[j] = o;
          continue;
        }
        if (in == '\n' || in == '\r') {
          j--;
          continue;
        }
        if (!padded || in != '=') {
          throw corrupt(si - 1);
        }
        // Padding reached.
        if (j == 0 || j == 1) {
          throw corrupt(si - 1);
        }
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
          trailing = corrupt(si);
        }
        dlen = j;
        break;
      }
      int val = (dbuf[0] & 0xff) << 18 | (dbuf[1] & 0xff) << 12 | (dbuf[2] & 0xff) << 6 | (dbuf[3] & 0xff);
      if (dlen >= 2) {
        out.write(val >> 16);
      }
      if (dlen >= 3) {
        out.write(val >> 8);
      }
      if (dlen >= 4) {
        out.write(val);
      }
      if (trailing != null) {
        throw trailing;
      }
    }
    return out.toByteArray();
  }

  private static int skipNewlines(byte[] src, int si) {
    while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
      si++;
    }
    return si;
  }
}
