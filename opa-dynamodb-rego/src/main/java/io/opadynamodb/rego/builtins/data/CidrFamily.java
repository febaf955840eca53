package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.data.GoNet.IPNet;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * OPA's {@code topdown/cidr.go}: {@code net.cidr_contains}, {@code net.cidr_overlap},
 * {@code net.cidr_intersects}, {@code net.cidr_contains_matches}, {@code net.cidr_expand},
 * {@code net.cidr_is_valid} and {@code net.cidr_merge}, with Go's {@code net} parsing rules.
 */
public final class CidrFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("net.cidr_contains", (ctx, a) -> BooleanValue.of(contains(a[0], a[1])));
    r.register("net.cidr_overlap", (ctx, a) -> BooleanValue.of(contains(a[0], a[1])));
    r.register("net.cidr_intersects", (ctx, a) -> {
      IPNet x = netOperand(a[0]);
      IPNet y = netOperand(a[1]);
      return BooleanValue.of(x.contains(y.ip()) || y.contains(x.ip()));
    });
    r.register("net.cidr_contains_matches", (ctx, a) -> containsMatches(a[0], a[1]));
    r.register("net.cidr_expand", CidrFamily::expand);
    r.register("net.cidr_is_valid", (ctx, a) ->
        BooleanValue.of(a[0] instanceof StringValue s && GoNet.parseCIDR(s.value()) != null));
    r.register("net.cidr_merge", (ctx, a) -> merge(a[0]));
  }

  /** OPA's {@code getNetFromOperand}: operand errors always name position 1, as OPA's do. */
  private static IPNet netOperand(Value v) {
    if (!(v instanceof StringValue s)) {
      throw Args.typeError(1, v, "string");
    }
    Object[] parsed = GoNet.parseCIDR(s.value());
    if (parsed == null) {
      throw new BuiltinException(GoNet.invalidCIDR(s.value()));
    }
    return (IPNet) parsed[1];
  }

  private static boolean isPlainIPv6Net(IPNet n) {
    return n.ip().length == 16 && n.mask().length == 16 && GoNet.to4(n.ip()) == null;
  }

  private static boolean contains(Value av, Value bv) {
    IPNet a = netOperand(av);
    if (!(bv instanceof StringValue bs)) {
      throw Args.typeError(1, bv, "string");
    }
    byte[] ip = GoNet.parseIP(bs.value());
    if (ip != null) {
      return a.contains(ip);
    }
    Object[] parsed = GoNet.parseCIDR(bs.value());
    if (parsed == null) {
      throw new BuiltinException("not a valid textual representation of an IP address or CIDR: " + bs.value());
    }
    IPNet b = (IPNet) parsed[1];
    if (isPlainIPv6Net(a) && isPlainIPv6Net(b)) {
      int aOnes = GoNet.maskSize(a.mask())[0];
      int bOnes = GoNet.maskSize(b.mask())[0];
      byte[] masked = GoNet.mask(b.ip(), a.mask());
      return aOnes <= bOnes && masked != null && GoNet.ipEqual(a.ip(), masked);
    }
    if (!a.contains(b.ip())) {
      return false;
    }
    return a.contains(lastIP(b));
  }

  private static byte[] lastIP(IPNet n) {
    int[] size = GoNet.maskSize(n.mask());
    if (size[0] == 0 && size[1] == 0) {
      throw new BuiltinException("CIDR mask is in non-standard format");
    }
    if (size[0] == size[1]) {
      return n.ip();
    }
    BigInteger first = GoNet.toBig(n.ip());
    BigInteger last = BigInteger.ONE.shiftLeft(size[1] - size[0]).subtract(BigInteger.ONE).or(first);
    byte[] bytes = GoNet.bigBytes(last);
    byte[] out = new byte[size[1] / 8];
    for (int i = 1; i <= bytes.length; i++) {
      out[out.length - i] = bytes[bytes.length - i];
    }
    return out;
  }

  /** A CIDR and the index it is reported under. */
  private record Match(Value cidr, Value index) {}

  private static Value cidrMatchTerm(Value v, int operand) {
    if (v instanceof StringValue) {
      return v;
    }
    if (v instanceof ArrayValue arr && arr.size() > 0) {
      return arr.get(0);
    }
    throw new BuiltinException("operand " + operand + ": element must be string or non-empty array");
  }

  private static List<Match> matchOperand(Value v, int operand) {
    List<Match> out = new ArrayList<>();
    if (v instanceof StringValue) {
      out.add(new Match(v, v));
    } else if (v instanceof ArrayValue arr) {
      for (int i = 0; i < arr.size(); i++) {
        out.add(new Match(cidrMatchTerm(arr.get(i), operand), NumberValue.of(i)));
      }
    } else if (v instanceof SetValue set) {
      for (Value x : set.elements()) {
        out.add(new Match(cidrMatchTerm(x, operand), x));
      }
    } else if (v instanceof ObjectValue obj) {
      for (int i = 0; i < obj.size(); i++) {
        out.add(new Match(cidrMatchTerm(obj.valueAt(i), operand), obj.keyAt(i)));
      }
    }
    return out;
  }

  private static Value containsMatches(Value a, Value b) {
    SetValue.Builder result = SetValue.builder();
    List<Match> first = matchOperand(a, 1);
    for (Match m1 : first) {
      List<Match> second = matchOperand(b, 2);
      for (Match m2 : second) {
        if (contains(m1.cidr, m2.cidr)) {
          result.add(ArrayValue.of(m1.index, m2.index));
        }
      }
    }
    return result.build();
  }

  private static Value expand(BuiltinContext ctx, Value[] a) {
    String s = Args.string(a, 0);
    Object[] parsed = GoNet.parseCIDR(s);
    if (parsed == null) {
      throw new BuiltinException(GoNet.invalidCIDR(s));
    }
    IPNet net = (IPNet) parsed[1];
    byte[] ip = GoNet.mask((byte[]) parsed[0], net.mask());
    SetValue.Builder result = SetValue.builder();
    long count = 0;
    while (net.contains(ip)) {
      if ((++count & 0xfff) == 0) {
        ctx.checkCancelled();
      }
      result.add(StringValue.of(GoNet.ipString(ip)));
      if (!increment(ip)) {
        break;
      }
    }
    return result.build();
  }

  /** Go's {@code incIP}; false when the address wrapped around to zero. */
  private static boolean increment(byte[] ip) {
    for (int j = ip.length - 1; j >= 0; j--) {
      ip[j]++;
      if (ip[j] != 0) {
        return true;
      }
    }
    return false;
  }

  private static Value merge(Value v) {
    List<Value> elems;
    if (v instanceof ArrayValue arr) {
      elems = arr.elements();
    } else if (v instanceof SetValue set) {
      elems = set.elements();
    } else {
      throw new BuiltinException("operand must be an array");
    }
    List<IPNet> networks = new ArrayList<>();
    for (Value e : elems) {
      networks.add(ipNet(e));
    }
    SetValue.Builder result = SetValue.builder();
    for (IPNet n : CidrMerge.merge(networks)) {
      result.add(StringValue.of(n.toString()));
    }
    return result.build();
  }

  /** OPA's {@code generateIPNet}. */
  private static IPNet ipNet(Value term) {
    if (!(term instanceof StringValue s)) {
      throw new BuiltinException("element must be string");
    }
    byte[] ip = GoNet.parseIP(s.value());
    if (ip == null) {
      Object[] parsed = GoNet.parseCIDR(s.value());
      if (parsed == null) {
        throw new BuiltinException(GoNet.invalidCIDR(s.value()));
      }
      return (IPNet) parsed[1];
    }
    if (GoNet.to4(ip) != null) {
      return new IPNet(ip, GoNet.defaultMask(ip));
    }
    throw new BuiltinException("IPv6 invalid: needs prefix length");
  }
}
