package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.data.GoNet.IPNet;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A port of OPA's {@code internal/cidr/merge} and the merge step of {@code net.cidr_merge}. */
final class CidrMerge {
  private static final int IPV4_BITS = 32;
  private static final int IPV6_BITS = 128;
  private static final byte[] DEFAULT_IPV4 = v4Mapped(0, 0, 0, 0);
  private static final byte[] DEFAULT_IPV6 = new byte[16];
  private static final byte[] UPPER_IPV4 = v4Mapped(255, 255, 255, 255);
  private static final byte[] UPPER_IPV6 = filled();
  private static final byte[] IPV4_LEADING_ZEROES = new byte[10];

  private CidrMerge() {}

  private static byte[] v4Mapped(int a, int b, int c, int d) {
    byte[] r = new byte[16];
    r[10] = (byte) 0xff;
    r[11] = (byte) 0xff;
    r[12] = (byte) a;
    r[13] = (byte) b;
    r[14] = (byte) c;
    r[15] = (byte) d;
    return r;
  }

  private static byte[] filled() {
    byte[] r = new byte[16];
    Arrays.fill(r, (byte) 0xff);
    return r;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /** A range of addresses, optionally still the single network it came from. */
  private record Range(byte[] first, byte[] last, IPNet network) {
    int compare(Range o) {
      int c = GoNet.compareBytes(last, o.last);
      return c != 0 ? c : GoNet.compareBytes(first, o.first);
    }
  }

  /** OPA's {@code evalNetCIDRMerge}. */
  static List<IPNet> merge(List<IPNet> networks) {
    List<IPNet> result = new ArrayList<>();
    if (networks.isEmpty()) {
      return result;
    }
    List<Range> ranges = new ArrayList<>();
    for (IPNet n : networks) {
      byte[][] fl = addressRange(n);
      ranges.add(new Range(fl[0], fl[1], n));
    }
    ranges.sort(Range::compare);
    for (int i = ranges.size() - 1; i > 0; i--) {
      byte[] previousIP = previousIP(ranges.get(i).first);
      if (GoNet.compareBytes(previousIP, ranges.get(i - 1).last) <= 0) {
        byte[] first = GoNet.compareBytes(ranges.get(i - 1).first, ranges.get(i).first) < 0
            ? ranges.get(i - 1).first : ranges.get(i).first;
        ranges.set(i - 1, new Range(first.clone(), ranges.get(i).last.clone(), null));
        ranges.remove(i);
      }
    }
    for (Range r : ranges) {
      if (r.network != null) {
        result.add(r.network);
      } else {
        result.addAll(rangeToCIDRs(r.first, r.last));
      }
    }
    return result;
  }

  /** Go's {@code GetAddressRange}: first and last address, IPv4 in its 16-byte form. */
  static byte[][] addressRange(IPNet n) {
    byte[] first = GoNet.mask(n.ip().clone(), n.mask());
    byte[] last = GoNet.mask(n.ip().clone(), n.mask());
    if (GoNet.to4(first) != null) {
      first = concat(GoNet.V4_IN_V6_PREFIX, first);
      last = concat(GoNet.V4_IN_V6_PREFIX, last);
    }
    byte[] m = n.mask().clone();
    for (int i = 0; i < m.length; i++) {
      m[m.length - i - 1] = (byte) ~m[m.length - i - 1];
      last[16 - i - 1] |= m[m.length - i - 1];
    }
    return new byte[][] {first, last};
  }

  static byte[] previousIP(byte[] ip) {
    if (GoNet.ipEqual(ip, DEFAULT_IPV4) || GoNet.ipEqual(ip, DEFAULT_IPV6)) {
      return ip;
    }
    byte[] prev = ip.clone();
    boolean overflow = false;
    int lower = GoNet.to4(ip) != null ? 12 : 0;
    for (int i = ip.length - 1; i >= lower; i--) {
      if (overflow || i == ip.length - 1) {
        prev[i]--;
      }
      overflow = ip[i] == 0 && prev[i] == (byte) 255;
    }
    return prev;
  }

  private static byte[] nextIP(byte[] ip) {
    if (GoNet.ipEqual(ip, UPPER_IPV4) || GoNet.ipEqual(ip, UPPER_IPV6)) {
      return ip;
    }
    if (ip.length == 4) {
      long v = GoNet.toBig(ip).longValue() + 1;
      byte[] r = new byte[4];
      for (int i = 3; i >= 0; i--) {
        r[i] = (byte) v;
        v >>= 8;
      }
      return r;
    }
    if (ip.length == 16) {
      byte[] r = ip.clone();
      for (int i = 15; i >= 0; i--) {
        r[i]++;
        if (r[i] != 0 || i == 8) {
          // Go adds to the low 64 bits and only carries into the high half when they wrap.
          if (r[i] == 0 && i == 8) {
            for (int j = 7; j >= 0; j--) {
              r[j]++;
              if (r[j] != 0) {
                break;
              }
            }
          }
          break;
        }
      }
      return r;
    }
    return ip;
  }

  static List<IPNet> rangeToCIDRs(byte[] firstIP, byte[] lastIP) {
    IPNet spanning = spanningCIDR(firstIP, lastIP);
    byte[][] fl = addressRange(spanning);
    List<IPNet> list = new ArrayList<>();
    if (GoNet.compareBytes(fl[0], firstIP) < 0) {
      byte[] prev = previousIP(firstIP);
      int bitLen = GoNet.to4(prev) != null ? IPV4_BITS : IPV6_BITS;
      List<IPNet> right = partition(spanning, new IPNet(prev, GoNet.cidrMask(bitLen, bitLen)))[1];
      list.addAll(right);
      spanning = right.get(0);
      list.remove(0);
    }
    if (GoNet.compareBytes(fl[1], lastIP) > 0) {
      byte[] next = nextIP(lastIP);
      int bitLen = GoNet.to4(next) != null ? IPV4_BITS : IPV6_BITS;
      list.addAll(partition(spanning, new IPNet(next, GoNet.cidrMask(bitLen, bitLen)))[0]);
    } else {
      list.add(spanning);
    }
    return list;
  }

  private static IPNet spanningCIDR(byte[] lowest, byte[] highest) {
    boolean v4 = GoNet.to4(lowest) != null;
    int bitLen = v4 ? IPV4_BITS : IPV6_BITS;
    int byteLen = v4 ? 4 : 16;
    int maskSize = bitLen;
    BigInteger lo = GoNet.toBig(lowest);
    BigInteger hi = GoNet.toBig(highest);
    while (maskSize > 0 && lo.compareTo(hi) < 0) {
      maskSize--;
      BigInteger mask = BigInteger.ONE.shiftLeft(bitLen - maskSize).negate();
      hi = hi.and(mask);
    }
    byte[] h = v4 ? concat(IPV4_LEADING_ZEROES, GoNet.bigBytes(hi)) : GoNet.bigBytes(hi);
    if (h.length == 0) {
      h = new byte[byteLen];
    }
    return new IPNet(h, GoNet.cidrMask(maskSize, bitLen));
  }

  @SuppressWarnings("unchecked")
  private static List<IPNet>[] partition(IPNet target, IPNet exclude) {
    boolean targetV4 = GoNet.to4(target.ip()) != null;
    byte[][] t = addressRange(target);
    byte[][] e = addressRange(exclude);
    int targetMask = GoNet.maskSize(target.mask())[0];
    int excludeMask = GoNet.maskSize(exclude.mask())[0];
    if (GoNet.compareBytes(e[1], t[0]) < 0) {
      return new List[] {new ArrayList<>(), new ArrayList<>(List.of(target))};
    } else if (GoNet.compareBytes(t[1], e[0]) < 0) {
      return new List[] {new ArrayList<>(List.of(target)), new ArrayList<>()};
    }
    List<IPNet> left = new ArrayList<>();
    List<IPNet> right = new ArrayList<>();
    if (targetMask >= excludeMask) {
      return new List[] {left, right};
    }
    int newPrefix = targetMask + 1;
    BigInteger lower = GoNet.toBig(t[0]);
    int bitLen = targetV4 ? IPV4_BITS : IPV6_BITS;
    BigInteger upper = GoNet.toBig(t[0]).add(BigInteger.ONE.shiftLeft(bitLen - newPrefix));
    BigInteger matched;
    while (excludeMask >= newPrefix) {
      byte[] upperBytes;
      byte[] lowerBytes;
      if (targetV4) {
        upperBytes = concat(IPV4_LEADING_ZEROES, GoNet.bigBytes(upper));
        lowerBytes = concat(IPV4_LEADING_ZEROES, GoNet.bigBytes(lower));
      } else {
        upperBytes = pad16(GoNet.bigBytes(upper));
        lowerBytes = pad16(GoNet.bigBytes(lower));
      }
      if (GoNet.compareBytes(e[0], upperBytes) >= 0) {
        left.add(new IPNet(lowerBytes, GoNet.cidrMask(newPrefix, bitLen)));
        matched = upper;
      } else {
        right.add(new IPNet(upperBytes, GoNet.cidrMask(newPrefix, bitLen)));
        matched = lower;
      }
      newPrefix++;
      if (newPrefix > bitLen) {
        break;
      }
      lower = matched;
      upper = matched.add(BigInteger.ONE.shiftLeft(bitLen - newPrefix));
    }
    return new List[] {left, right};
  }

  private static byte[] pad16(byte[] b) {
    if (b.length == 16) {
      return b;
    }
    byte[] r = new byte[16];
    System.arraycopy(b, 0, r, 16 - b.length, b.length);
    return r;
  }
}
