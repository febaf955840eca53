package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.List;

/** OPA's {@code topdown/uuid.go}: {@code uuid.rfc4122} (cached per evaluation) and {@code uuid.parse}. */
public final class UuidFamily implements BuiltinFamily {
  /** 100-nanosecond intervals between 1582-10-15 and the Unix epoch. */
  private static final long G1582_NS100 = 122192928000000000L;

  @Override
  public void register(BuiltinRegistry r) {
    r.register("uuid.rfc4122", UuidFamily::rfc4122);
    r.register("uuid.parse", (ctx, a) -> parse(Args.string(a, 0)));
  }

  private static Value rfc4122(BuiltinContext ctx, Value[] a) {
    // The same key gives the same UUID within one evaluation.
    List<Object> key = List.of("uuid.rfc4122", a[0]);
    Object cached = ctx.evaluationCache().get(key);
    if (cached instanceof Value v) {
      return v;
    }
    byte[] src = new byte[16];
    ctx.random().nextBytes(src);
    src[8] = (byte) ((src[8] & ~0xc0) | 0x80);
    src[6] = (byte) ((src[6] & ~0xf0) | 0x40);
    String hex = EncodingFamily.hexEncode(src);
    Value result = StringValue.of(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
        + "-" + hex.substring(16, 20) + "-" + hex.substring(20));
    ctx.evaluationCache().put(key, result);
    return result;
  }

  /** google/uuid's {@code Parse}; null when the text is not a UUID. */
  static byte[] parseBytes(String str) {
    byte[] s = GoStrings.utf8(str);
    byte[] uuid = new byte[16];
    int off = 0;
    switch (s.length) {
      case 36:
        break;
      case 45:
        if (!GoStrings.string(s, 0, 9).equalsIgnoreCase("urn:uuid:")) {
          return null;
        }
        off = 9;
        break;
      case 38:
        off = 1;
        break;
      case 32:
        for (int i = 0; i < 16; i++) {
          int v = xtob(s[i * 2], s[i * 2 + 1]);
          if (v < 0) {
            return null;
          }
          uuid[i] = (byte) v;
        }
        return uuid;
      default:
        return null;
    }
    if (s[off + 8] != '-' || s[off + 13] != '-' || s[off + 18] != '-' || s[off + 23] != '-') {
      return null;
    }
    int[] positions = {0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};
    for (int i = 0; i < 16; i++) {
      int x = off + positions[i];
      int v = xtob(s[x], s[x + 1]);
      if (v < 0) {
        return null;
      }
      uuid[i] = (byte) v;
    }
    return uuid;
  }

  private static int xtob(byte a, byte b) {
    int hi = Character.digit((char) (a & 0xff), 16);
    int lo = Character.digit((char) (b & 0xff), 16);
    if (hi < 0 || lo < 0 || (a & 0xff) > 'f' || (b & 0xff) > 'f') {
      return -1;
    }
    return hi << 4 | lo;
  }

  private static Value parse(String s) {
    byte[] u = parseBytes(s);
    if (u == null) {
      return null;
    }
    int version = (u[6] & 0xff) >> 4;
    ObjectValue.Builder b = ObjectValue.builder();
    b.put("version", NumberValue.of(version));
    b.put("variant", StringValue.of(variant(u)));
    if (version == 1 || version == 2) {
      long time = u32(u, 0) | ((long) u16(u, 4) << 32) | ((long) (u16(u, 6) & 0xfff) << 48);
      long sec = time - G1582_NS100;
      long nsec = (sec % 10000000) * 100;
      sec /= 10000000;
      b.put("time", NumberValue.of(sec * 1_000_000_000L + nsec));
      StringBuilder mac = new StringBuilder();
      for (int i = 10; i < 16; i++) {
        if (i > 10) {
          mac.append('-');
        }
        mac.append(String.format("%02x", u[i] & 0xff));
      }
      b.put("nodeid", StringValue.of(mac.toString()));
      b.put("macvariables", StringValue.of(macVars(u[10] & 0xff)));
      b.put("clocksequence", NumberValue.of(u16(u, 8) & 0x3fff));
      if (version == 2) {
        b.put("id", NumberValue.of(u32(u, 0)));
        int domain = u[9] & 0xff;
        String name = domain == 0 ? "Person" : domain == 1 ? "Group" : domain == 2 ? "Org" : "Domain" + domain;
        b.put("domain", StringValue.of(name));
      }
    }
    return b.build();
  }

  private static String variant(byte[] u) {
    int v = u[8] & 0xff;
    if ((v & 0xc0) == 0x80) {
      return "RFC4122";
    }
    if ((v & 0xe0) == 0xc0) {
      return "Microsoft";
    }
    if ((v & 0xe0) == 0xe0) {
      return "Future";
    }
    return "Reserved";
  }

  private static String macVars(int b) {
    if ((b & 0b11) == 0b11) {
      return "local:multicast";
    }
    if ((b & 0b01) == 0b01) {
      return "global:multicast";
    }
    if ((b & 0b10) == 0b10) {
      return "local:unicast";
    }
    return "global:unicast";
  }

  private static long u32(byte[] b, int i) {
    return ((long) (b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
  }

  private static int u16(byte[] b, int i) {
    return ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
  }
}
