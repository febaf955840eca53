package io.opadynamodb.rego.builtins.system;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A minimal DER reader for the parts of X.509 structures the JDK does not expose. */
final class Der {
  /** One TLV: its tag byte, and where its header and content lie in {@code data}. */
  record Tlv(byte[] data, int tag, int start, int contentStart, int end) {
    byte[] content() {
      return Arrays.copyOfRange(data, contentStart, end);
    }

    byte[] encoded() {
      return Arrays.copyOfRange(data, start, end);
    }

    List<Tlv> children() {
      return Der.sequence(data, contentStart, end);
    }

    String oid() {
      return Der.oidString(content());
    }

    BigInteger integer() {
      return new BigInteger(content());
    }

    String string() {
      byte[] c = content();
      if (tag == 0x1e) {
        return new String(c, StandardCharsets.UTF_16BE);
      }
      if (tag == 0x1c) {
        return new String(c, java.nio.charset.Charset.forName("UTF-32BE"));
      }
      if (tag == 0x0c) {
        return new String(c, StandardCharsets.UTF_8);
      }
      return new String(c, StandardCharsets.ISO_8859_1);
    }
  }

  /** Malformed DER. */
  static final class DerException extends RuntimeException {
    DerException(String message) {
      super(message, null, false, false);
    }
  }

  private Der() {}

  static Tlv read(byte[] data, int pos, int limit) {
    if (pos + 2 > limit) {
      throw new DerException("truncated");
    }
    int tag = data[pos] & 0xff;
    if ((tag & 0x1f) == 0x1f) {
      throw new DerException("high tag numbers unsupported");
    }
    int p = pos + 1;
    int len = data[p++] & 0xff;
    if (len >= 0x80) {
      int n = len & 0x7f;
      if (n == 0 || n > 4 || p + n > limit) {
        throw new DerException("bad length");
      }
      len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | (data[p++] & 0xff);
      }
      if (len < 0) {
        throw new DerException("bad length");
      }
    }
    if (p + len > limit || p + len < p) {
      throw new DerException("truncated");
    }
    return new Tlv(data, tag, pos, p, p + len);
  }

  static Tlv read(byte[] data) {
    return read(data, 0, data.length);
  }

  static List<Tlv> sequence(byte[] data, int from, int to) {
    List<Tlv> out = new ArrayList<>();
    int p = from;
    while (p < to) {
      Tlv t = read(data, p, to);
      out.add(t);
      p = t.end();
    }
    return out;
  }

  static String oidString(byte[] c) {
    List<Long> parts = oidParts(c);
    StringBuilder sb = new StringBuilder();
    for (Long l : parts) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(l);
    }
    return sb.toString();
  }

  static List<Long> oidParts(byte[] c) {
    List<Long> parts = new ArrayList<>();
    long v = 0;
    boolean first = true;
    for (byte b : c) {
      v = (v << 7) | (b & 0x7f);
      if ((b & 0x80) == 0) {
        if (first) {
          long a = Math.min(v / 40, 2);
          parts.add(a);
          parts.add(v - 40 * a);
          first = false;
        } else {
          parts.add(v);
        }
        v = 0;
      }
    }
    return parts;
  }

  /** DER encoding of a TLV with the given tag and content. */
  static byte[] encode(int tag, byte[]... contents) {
    int len = 0;
    for (byte[] c : contents) {
      len += c.length;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(tag);
    if (len < 0x80) {
      out.write(len);
    } else if (len < 0x100) {
      out.write(0x81);
      out.write(len);
    } else if (len < 0x10000) {
      out.write(0x82);
      out.write(len >> 8);
      out.write(len);
    } else {
      out.write(0x83);
      out.write(len >> 16);
      out.write(len >> 8);
      out.write(len);
    }
    for (byte[] c : contents) {
      out.writeBytes(c);
    }
    return out.toByteArray();
  }
}
