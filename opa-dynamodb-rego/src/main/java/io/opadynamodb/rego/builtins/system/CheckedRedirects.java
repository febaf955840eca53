package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.value.GoQuote;
import java.net.URI;
import java.util.Set;

/**
 * Redirects of {@code http.send} followed one by one, as Go's client follows them, so that each
 * target host is checked against the capabilities' {@code allow_net} as OPA's {@code CheckRedirect}
 * does: a refused host fails the call with Go's {@code Get "<location>": disallowed host: <host>}.
 */
final class CheckedRedirects {
  /** Go's default limit (OPA's own CheckRedirect has none; this one keeps a redirect loop finite). */
  private static final int MAX_REDIRECTS = 10;

  private CheckedRedirects() {}

  /** Sends one hop of the chain. */
  @FunctionalInterface
  interface Hop {
    HttpResponseData send(URI uri, String method, byte[] body);
  }

  /**
   * Follows the redirects of {@code resp}: 301, 302 and 303 continue as a GET without body (HEAD
   * stays HEAD), 307 and 308 repeat the method and body; a response without Location ends the chain.
   */
  static HttpResponseData follow(HttpResponseData resp, URI uri, String method, byte[] body, Set<String> allowNet,
      String op, Hop hop) {
    for (int hops = 0; ; hops++) {
      int status = resp.statusCode();
      boolean keepMethod = status == 307 || status == 308;
      String location = resp.header("location");
      if (!(keepMethod || status == 301 || status == 302 || status == 303) || location.isEmpty()) {
        return resp;
      }
      if (hops == MAX_REDIRECTS) {
        throw new HttpSendBuiltin.SendFailure(op + " " + GoQuote.quote(location) + ": stopped after 10 redirects",
            true, null);
      }
      URI next;
      try {
        next = uri.resolve(location);
      } catch (IllegalArgumentException e) {
        throw new HttpSendBuiltin.SendFailure(op + " " + GoQuote.quote(uri.toString())
            + ": failed to parse Location header " + GoQuote.quote(location), true, null);
      }
      try {
        AllowNet.verifyUrlHost(allowNet, next.toString());
      } catch (AllowNet.Refused e) {
        throw new HttpSendBuiltin.SendFailure(op + " " + GoQuote.quote(location) + ": " + e.getMessage(), true, null);
      }
      if (!keepMethod) {
        method = method.equals("HEAD") ? "HEAD" : "GET";
        body = null;
      }
      uri = next;
      resp = hop.send(uri, method, body);
    }
  }
}
