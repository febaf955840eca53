package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.data.GoUrl;
import java.util.Set;

/**
 * The capabilities' {@code allow_net} check of OPA's {@code topdown/http.go}: a host outside the
 * list is refused with {@code disallowed host: <host>}; no list allows every host.
 */
final class AllowNet {
  private AllowNet() {}

  /** A refused host, or a URL whose host cannot be read; the message is OPA's. */
  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** OPA's {@code verifyHost}: the name must be in the list, compared exactly. */
  static void verifyHost(Set<String> allowNet, String host) {
    if (allowNet != null && !allowNet.contains(host)) {
      throw new Refused("disallowed host: " + host);
    }
  }

  /**
   * OPA's {@code verifyURLHost}: the host of the URL as Go's {@code url.Parse} reads it, cut at its
   * first colon (so an IPv6 literal is checked as {@code [}, as OPA does).
   */
  static void verifyUrlHost(Set<String> allowNet, String url) {
    if (allowNet == null) {
      return;
    }
    String host;
    try {
      host = GoUrl.parse(url).host();
    } catch (GoUrl.UrlException e) {
      throw new Refused(e.getMessage());
    }
    int colon = host.indexOf(':');
    verifyHost(allowNet, colon < 0 ? host : host.substring(0, colon));
  }
}
