package io.opadynamodb.rego.builtins.data;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A port of the parts of Go's {@code net} and {@code net/netip} used by OPA's CIDR built-ins.
 * An IP is a {@code byte[]} of length 4 or 16 and a mask likewise, as Go's {@code net.IP} and
 * {@code net.IPMask}.
 */
final class GoNet {
  static final byte[] V4_IN_V6_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

  private GoNet() {}

  /** A network: Go's {@code net.IPNet}. */
  record IPNet(byte[] ip, byte[] mask) {
    /** Go's {@code (*IPNet).Contains}. */
    boolean contains(byte[] addr) {
      byte[][] nm = networkNumberAndMask(this);
      if (nm == null) {
        return false;
      }
      byte[] nn = nm[0];
      byte[] m = nm[1];
      byte[] x = to4(addr);
      if (x != null) {
        addr = x;
      }
      if (addr.length != nn.length) {
        return false;
      }
      for (int i = 0; i < addr.length; i++) {
        if ((nn[i] & m[i]) != (addr[i] & m[i])) {
          return false;
        }
      }
      return true;
    }

    /** Go's {@code (*IPNet).String}. */
    @Override
    public String toString() {
      byte[][] nm = networkNumberAndMask(this);
      if (nm == null) {
        return "<nil>";
      }
      int l = simpleMaskLength(nm[1]);
      if (l == -1) {
        return ipString(nm[0]) + "/" + hex(nm[1]);
      }
      return ipString(nm[0]) + "/" + l;
    }
  }

  private static byte[][] networkNumberAndMask(IPNet n) {
    byte[] ip = to4(n.ip);
    if (ip == null) {
      ip = n.ip;
      if (ip.length != 16) {
        return null;
      }
    }
    byte[] m = n.mask;
    if (m.length == 4) {
      if (ip.length != 4) {
        return null;
      }
    } else if (m.length == 16) {
      if (ip.length == 4) {
        m = Arrays.copyOfRange(m, 12, 16);
      }
    } else {
      return null;
    }
    return new byte[][] {ip, m};
  }

  private static int simpleMaskLength(byte[] mask) {
    int n = 0;
    for (int i = 0; i < mask.length; i++) {
      int v = mask[i] & 0xff;
      if (v == 0xff) {
        n += 8;
        continue;
      }
      while ((v & 0x80) != 0) {
        n++;
        v = (v << 1) & 0xff;
      }
      if (v != 0) {
        return -1;
      }
      for (i++; i < mask.length; i++) {
        if (mask[i] != 0) {
          return -1;
        }
      }
      break;
    }
    return n;
  }

  private static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02x", x & 0xff));
    }
    return sb.toString();
  }

  /** Go's {@code IP.To4}: the 4-byte form, or null when not an IPv4 address. */
  static byte[] to4(byte[] ip) {
    if (ip.length == 4) {
      return ip;
    }
    if (ip.length == 16 && Arrays.equals(ip, 0, 12, V4_IN_V6_PREFIX, 0, 12)) {
      return Arrays.copyOfRange(ip, 12, 16);
    }
    return null;
  }

  /** Go's {@code net.ParseIP}: a 16-byte address, or null. Zones are rejected. */
  static byte[] parseIP(String s) {
    byte[] a = parseAddr(s);
    if (a == null || a.length == 17) {
      return null;
    }
    if (a.length == 4) {
      byte[] r = new byte[16];
      System.arraycopy(V4_IN_V6_PREFIX, 0, r, 0, 12);
      System.arraycopy(a, 0, r, 12, 4);
      return r;
    }
    return a;
  }

  /**
   * Go's {@code netip.ParseAddr}: 4 bytes for IPv4, 16 for IPv6, 17 (a marker) for IPv6 with a
   * zone, or null when invalid.
   */
  static byte[] parseAddr(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        byte[] f = new byte[4];
        return parseIPv4Fields(s, 0, s.length(), f, 0) ? f : null;
      }
      if (c == ':') {
        return parseIPv6(s);
      }
      if (c == '%') {
        return null;
      }
    }
    return null;
  }

  private static boolean parseIPv4Fields(String in, int off, int end, byte[] fields, int at) {
    int val = 0;
    int pos = 0;
    int digLen = 0;
    String s = in.substring(off, end);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (digLen == 1 && val == 0) {
          return false;
        }
        val = val * 10 + (c - '0');
        digLen++;
        if (val > 255) {
          return false;
        }
      } else if (c == '.') {
        if (i == 0 || i == s.length() - 1 || s.charAt(i - 1) == '.') {
          return false;
        }
        if (pos == 3) {
          return false;
        }
        fields[at + pos] = (byte) val;
        pos++;
        val = 0;
        digLen = 0;
      } else {
        return false;
      }
    }
    if (pos < 3) {
      return false;
    }
    fields[at + 3] = (byte) val;
    return true;
  }

  private static byte[] parseIPv6(String in) {
    String s = in;
    boolean zoned = false;
    int pct = s.indexOf('%');
    if (pct != -1) {
      if (pct == s.length() - 1) {
        return null;
      }
      s = s.substring(0, pct);
      zoned = true;
    }
    byte[] ip = new byte[16];
    int ellipsis = -1;
    if (s.length() >= 2 && s.charAt(0) == ':' && s.charAt(1) == ':') {
      ellipsis = 0;
      s = s.substring(2);
      if (s.isEmpty()) {
        return zoned ? new byte[17] : ip;
      }
    }
    int i = 0;
    while (i < 16) {
      int off = 0;
      int acc = 0;
      for (; off < s.length(); off++) {
        char c = s.charAt(off);
        if (c >= '0' && c <= '9') {
          acc = (acc << 4) + (c - '0');
        } else if (c >= 'a' && c <= 'f') {
          acc = (acc << 4) + (c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
          acc = (acc << 4) + (c - 'A' + 10);
        } else {
          break;
        }
        if (off > 3 || acc > 0xffff) {
          return null;
        }
      }
      if (off == 0) {
        return null;
      }
      if (off < s.length() && s.charAt(off) == '.') {
        if (ellipsis < 0 && i != 12) {
          return null;
        }
        if (i + 4 > 16) {
          return null;
        }
        if (!parseIPv4Fields(s, 0, s.length(), ip, i)) {
          return null;
        }
        s = "";
        i += 4;
        break;
      }
      ip[i] = (byte) (acc >> 8);
      ip[i + 1] = (byte) acc;
      i += 2;
      s = s.substring(off);
      if (s.isEmpty()) {
        break;
      }
      if (s.charAt(0) != ':' || s.length() == 1) {
        return null;
      }
      s = s.substring(1);
      if (s.charAt(0) == ':') {
        if (ellipsis >= 0) {
          return null;
        }
        ellipsis = i;
        s = s.substring(1);
        if (s.isEmpty()) {
          break;
        }
      }
    }
    if (!s.isEmpty()) {
      return null;
    }
    if (i < 16) {
      if (ellipsis < 0) {
        return null;
      }
      int n = 16 - i;
      for (int j = i - 1; j >= ellipsis; j--) {
        ip[j + n] = ip[j];
      }
      Arrays.fill(ip, ellipsis, ellipsis + n, (byte) 0);
    } else if (ellipsis >= 0) {
      return null;
    }
    return zoned ? new byte[17] : ip;
  }

  /** Go's {@code net.ParseCIDR}: [ip (16 bytes), network] or null with the error to report. */
  static Object[] parseCIDR(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String addr = s.substring(0, slash);
    String mask = s.substring(slash + 1);
    byte[] a = parseAddr(addr);
    if (a == null || a.length == 17) {
      return null;
    }
    int bits = a.length * 8;
    int n = 0;
    int i = 0;
    for (; i < mask.length() && mask.charAt(i) >= '0' && mask.charAt(i) <= '9'; i++) {
      n = n * 10 + (mask.charAt(i) - '0');
      if (n >= 0xFFFFFF) {
        return null;
      }
    }
    if (i == 0 || i != mask.length() || n > bits) {
      return null;
    }
    byte[] m = cidrMask(n, bits);
    byte[] ip16 = a.length == 16 ? a : parseIP(addr);
    return new Object[] {ip16, new IPNet(mask(ip16, m), m)};
  }

  /** The error Go reports for an invalid CIDR. */
  static String invalidCIDR(String s) {
    return "invalid CIDR address: " + s;
  }

  /** Go's {@code net.CIDRMask}. */
  static byte[] cidrMask(int ones, int bits) {
    byte[] m = new byte[bits / 8];
    int n = ones;
    for (int i = 0; i < m.length; i++) {
      if (n >= 8) {
        m[i] = (byte) 0xff;
        n -= 8;
        continue;
      }
      m[i] = (byte) ~(0xff >> n);
      n = 0;
    }
    return m;
  }

  /** Go's {@code IP.Mask}; null when the lengths do not match. */
  static byte[] mask(byte[] ip, byte[] mask) {
    if (mask.length == 16 && ip.length == 4 && allFF(mask, 0, 12)) {
      mask = Arrays.copyOfRange(mask, 12, 16);
    }
    if (mask.length == 4 && ip.length == 16 && Arrays.equals(ip, 0, 12, V4_IN_V6_PREFIX, 0, 12)) {
      ip = Arrays.copyOfRange(ip, 12, 16);
    }
    if (ip.length != mask.length) {
      return null;
    }
    byte[] out = new byte[ip.length];
    for (int i = 0; i < ip.length; i++) {
      out[i] = (byte) (ip[i] & mask[i]);
    }
    return out;
  }

  private static boolean allFF(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != (byte) 0xff) {
        return false;
      }
    }
    return true;
  }

  /** Go's {@code IPMask.Size}: {ones, bits}, or {0, 0} for a non-canonical mask. */
  static int[] maskSize(byte[] mask) {
    int ones = simpleMaskLength(mask);
    if (ones == -1) {
      return new int[] {0, 0};
    }
    return new int[] {ones, mask.length * 8};
  }

  /** Go's {@code IP.DefaultMask} (classful) for IPv4, else null. */
  static byte[] defaultMask(byte[] ip) {
    byte[] v4 = to4(ip);
    if (v4 == null) {
      return null;
    }
    int first = v4[0] & 0xff;
    if (first < 0x80) {
      return cidrMask(8, 32);
    }
    if (first < 0xC0) {
      return cidrMask(16, 32);
    }
    return cidrMask(24, 32);
  }

  /** Go's {@code IP.Equal}. */
  static boolean ipEqual(byte[] a, byte[] b) {
    if (a.length == b.length) {
      return Arrays.equals(a, b);
    }
    if (a.length == 4 && b.length == 16) {
      return Arrays.equals(b, 0, 12, V4_IN_V6_PREFIX, 0, 12) && Arrays.equals(a, 0, 4, b, 12, 16);
    }
    if (a.length == 16 && b.length == 4) {
      return Arrays.equals(a, 0, 12, V4_IN_V6_PREFIX, 0, 12) && Arrays.equals(a, 12, 16, b, 0, 4);
    }
    return false;
  }

  /** Go's {@code bytes.Compare} (unsigned, then by length). */
  static int compareBytes(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }

  /** Go's {@code IP.String}. */
  static String ipString(byte[] ip) {
    if (ip == null || ip.length == 0) {
      return "<nil>";
    }
    if (ip.length != 4 && ip.length != 16) {
      return "?" + hex(ip);
    }
    byte[] v4 = to4(ip);
    if (v4 != null) {
      return (v4[0] & 0xff) + "." + (v4[1] & 0xff) + "." + (v4[2] & 0xff) + "." + (v4[3] & 0xff);
    }
    int zeroStart = 255;
    int zeroEnd = 255;
    for (int i = 0; i < 8; i++) {
      int j = i;
      while (j < 8 && group(ip, j) == 0) {
        j++;
      }
      int l = j - i;
      if (l >= 2 && l > zeroEnd - zeroStart) {
        zeroStart = i;
        zeroEnd = j;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == zeroStart) {
        sb.append("::");
        i = zeroEnd;
        if (i >= 8) {
          break;
        }
      } else if (i > 0) {
        sb.append(':');
      }
      sb.append(Integer.toHexString(group(ip, i)));
    }
    return sb.toString();
  }

  private static int group(byte[] ip, int i) {
    return (ip[2 * i] & 0xff) << 8 | (ip[2 * i + 1] & 0xff);
  }

  static BigInteger toBig(byte[] b) {
    return new BigInteger(1, b);
  }

  /** Big-endian bytes of a non-negative integer without leading zeros (Go's {@code big.Int.Bytes}). */
  static byte[] bigBytes(BigInteger v) {
    if (v.signum() == 0) {
      return new byte[0];
    }
    byte[] b = v.toByteArray();
    return b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
  }
}
