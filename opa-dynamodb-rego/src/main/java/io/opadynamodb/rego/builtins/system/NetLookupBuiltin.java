package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** {@code net.lookup_ip_addr}: the IP addresses of a host name, memoised per query. */
public final class NetLookupBuiltin implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("net.lookup_ip_addr", (ctx, args) -> {
      String name = Args.string(args, 0);
      try {
        AllowNet.verifyHost(ctx.allowNet(), name);
      } catch (AllowNet.Refused e) {
        throw new BuiltinException(e.getMessage());
      }
      Object key = List.of("net.lookup_ip_addr", name);
      Value cached = (Value) ctx.evaluationCache().get(key);
      if (cached != null) {
        return cached;
      }
      InetAddress[] addrs;
      try {
        addrs = InetAddress.getAllByName(name);
      } catch (UnknownHostException e) {
        throw new BuiltinException("lookup " + name + ": no such host");
      }
      SetValue.Builder b = SetValue.builder();
      for (InetAddress a : addrs) {
        b.add(StringValue.of(format(a)));
      }
      Value result = b.build();
      ctx.evaluationCache().put(key, result);
      return result;
    });
  }

  /** Go's net.IP.String: IPv6 in RFC 5952 short form, IPv4-mapped as dotted quad. */
  static String format(InetAddress a) {
    if (!(a instanceof Inet6Address)) {
      return a.getHostAddress();
    }
    byte[] b = a.getAddress();
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLen && j - i >= 2) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(groups[i]));
    }
    return sb.toString();
  }
}
