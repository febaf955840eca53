package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.value.GoQuote;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A port of the parts of Go's {@code net/url} that OPA's built-ins use: query escaping, query
 * parsing and {@link #parse URL parsing}, with Go's error messages.
 */
public final class GoUrl {
  static final int PATH = 1;
  static final int PATH_SEGMENT = 2;
  static final int HOST = 4;
  static final int ZONE = 8;
  static final int USER_PASSWORD = 16;
  static final int QUERY_COMPONENT = 32;
  static final int FRAGMENT = 64;
  private static final int HEX_CHAR = 128;

  /** Go's generated {@code encoding_table.go}: which modes leave an ASCII byte unescaped. */
  private static final int[] TABLE = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 76, 12, 0, 95, 0, 95, 12, 76, 76, 76, 95, 93, 127, 127, 65, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 79, 93, 12, 95, 12, 64, 67, 255, 255, 255, 255, 255, 255, 127, 127, 127, 127, 127, 127, 127,
    127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 12, 0, 12, 0, 127, 0, 255, 255, 255,
    255, 255, 255, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127,
    127, 127, 0, 0, 0, 127, 0
  };
  private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

  private GoUrl() {}

  /** A URL error: Go's {@code *url.Error} prints as {@code parse "<url>": <cause>}. */
  public static final class UrlException extends RuntimeException {
    UrlException(String message) {
      super(message, null, false, false);
    }
  }

  private static int table(int b) {
    return b < 0x80 ? TABLE[b] : 0;
  }

  static boolean shouldEscape(int b, int mode) {
    return (table(b) & mode) == 0;
  }

  private static boolean isHex(int b) {
    return (table(b) & HEX_CHAR) != 0;
  }

  private static int unhex(int c) {
    return 9 * (c >> 6) + (c & 15);
  }

  static String queryEscape(String s) {
    return escape(s, QUERY_COMPONENT);
  }

  static String escape(String s, int mode) {
    byte[] b = GoStrings.utf8(s);
    StringBuilder sb = new StringBuilder(b.length + 8);
    for (byte x : b) {
      int c = x & 0xff;
      if (c == ' ' && mode == QUERY_COMPONENT) {
        sb.append('+');
      } else if (shouldEscape(c, mode)) {
        sb.append('%').append(UPPER_HEX[c >> 4]).append(UPPER_HEX[c & 15]);
      } else {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }

  /** Go's {@code url.QueryUnescape}. */
  static String queryUnescape(String s) {
    return unescape(s, QUERY_COMPONENT);
  }

  /** Go's {@code unescape}; throws {@link UrlException} with Go's message. */
  static String unescape(String str, int mode) {
    byte[] s = GoStrings.utf8(str);
    int n = 0;
    boolean hasPlus = false;
    for (int i = 0; i < s.length; ) {
      int c = s[i] & 0xff;
      if (c == '%') {
        n++;
        if (i + 2 >= s.length || !isHex(s[i + 1] & 0xff) || !isHex(s[i + 2] & 0xff)) {
          int end = Math.min(s.length, i + 3);
          throw escapeError(GoStrings.string(s, i, end));
        }
        String esc = GoStrings.string(s, i, i + 3);
        if (mode == HOST && unhex(s[i + 1] & 0xff) < 8 && !esc.equals("%25")) {
          throw escapeError(esc);
        }
        if (mode == ZONE) {
          int v = unhex(s[i + 1] & 0xff) << 4 | unhex(s[i + 2] & 0xff);
          if (!esc.equals("%25") && v != ' ' && shouldEscape(v, HOST)) {
            throw escapeError(esc);
          }
        }
        i += 3;
      } else if (c == '+') {
        hasPlus = mode == QUERY_COMPONENT;
        i++;
      } else {
        if ((mode == HOST || mode == ZONE) && c < 0x80 && shouldEscape(c, mode)) {
          throw new UrlException("invalid character " + GoQuote.quote(String.valueOf((char) c)) + " in host name");
        }
        i++;
      }
    }
    if (n == 0 && !hasPlus) {
      return str;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
    for (int i = 0; i < s.length; i++) {
      int c = s[i] & 0xff;
      if (c == '%') {
        out.write(unhex(s[i + 1] & 0xff) << 4 | unhex(s[i + 2] & 0xff));
        i += 2;
      } else if (c == '+') {
        out.write(mode == QUERY_COMPONENT ? ' ' : '+');
      } else {
        out.write(c);
      }
    }
    return GoStrings.string(out.toByteArray());
  }

  private static UrlException escapeError(String s) {
    return new UrlException("invalid URL escape " + GoQuote.quote(s));
  }

  /**
   * Go's {@code url.ParseQuery}: every parameter that parses is kept (in order of first
   * appearance); the first error, if any, is reported with the result.
   */
  static Map<String, List<String>> parseQuery(String query, String[] firstError) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    String rest = query;
    while (!rest.isEmpty()) {
      int amp = rest.indexOf('&');
      String key = amp < 0 ? rest : rest.substring(0, amp);
      rest = amp < 0 ? "" : rest.substring(amp + 1);
      if (key.contains(";")) {
        firstError[0] = "invalid semicolon separator in query";
        continue;
      }
      if (key.isEmpty()) {
        continue;
      }
      int eq = key.indexOf('=');
      String value = eq < 0 ? "" : key.substring(eq + 1);
      key = eq < 0 ? key : key.substring(0, eq);
      try {
        key = queryUnescape(key);
        value = queryUnescape(value);
      } catch (UrlException e) {
        if (firstError[0] == null) {
          firstError[0] = e.getMessage();
        }
        continue;
      }
      m.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return m;
  }

  /** The parts of a parsed URL that {@code uri.parse} reports. */
  public record Url(String scheme, String host, String path, String rawPath, String rawQuery, String fragment) {
    String hostname() {
      return splitHostPort(host)[0];
    }

    String port() {
      return splitHostPort(host)[1];
    }
  }

  /**
   * Go's {@code url.Parse}.
   *
   * @throws UrlException with Go's message, such as {@code parse "x": invalid URL escape "%6d"}
   */
  public static Url parse(String rawUrl) {
    int hash = rawUrl.indexOf('#');
    String u = hash < 0 ? rawUrl : rawUrl.substring(0, hash);
    String frag = hash < 0 ? "" : rawUrl.substring(hash + 1);
    Url url;
    try {
      url = parseNoFragment(u);
    } catch (UrlException e) {
      throw new UrlException("parse " + GoQuote.quote(u) + ": " + e.getMessage());
    }
    if (frag.isEmpty()) {
      return url;
    }
    String fragment;
    try {
      fragment = unescape(frag, FRAGMENT);
    } catch (UrlException e) {
      throw new UrlException("parse " + GoQuote.quote(rawUrl) + ": " + e.getMessage());
    }
    return new Url(url.scheme, url.host, url.path, url.rawPath, url.rawQuery, fragment);
  }

  private static Url parseNoFragment(String rawUrl) {
    for (int i = 0; i < rawUrl.length(); i++) {
      char c = rawUrl.charAt(i);
      if (c < ' ' || c == 0x7f) {
        throw new UrlException("net/url: invalid control character in URL");
      }
    }
    if (rawUrl.equals("*")) {
      return new Url("", "", "*", "", "", "");
    }
    String[] sp = getScheme(rawUrl);
    String scheme = sp[0].toLowerCase(java.util.Locale.ROOT);
    String rest = sp[1];
    String rawQuery = "";
    if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
      rest = rest.substring(0, rest.length() - 1);
    } else {
      int q = rest.indexOf('?');
      if (q >= 0) {
        rawQuery = rest.substring(q + 1);
        rest = rest.substring(0, q);
      }
    }
    if (!rest.startsWith("/")) {
      if (!scheme.isEmpty()) {
        // Opaque URL such as mailto:user@example.com.
        return new Url(scheme, "", "", "", rawQuery, "");
      }
      int slash = rest.indexOf('/');
      String segment = slash < 0 ? rest : rest.substring(0, slash);
      if (segment.contains(":")) {
        throw new UrlException("first path segment in URL cannot contain colon");
      }
    }
    String host = "";
    if ((!scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
      String authority = rest.substring(2);
      rest = "";
      int slash = authority.indexOf('/');
      if (slash >= 0) {
        rest = authority.substring(slash);
        authority = authority.substring(0, slash);
      }
      host = parseAuthority(scheme, authority);
    }
    String path = unescape(rest, PATH);
    String rawPath = escape(path, PATH).equals(rest) ? "" : rest;
    return new Url(scheme, host, path, rawPath, rawQuery, "");
  }

  private static String[] getScheme(String rawUrl) {
    for (int i = 0; i < rawUrl.length(); i++) {
      char c = rawUrl.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        continue;
      }
      if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
        if (i == 0) {
          return new String[] {"", rawUrl};
        }
        continue;
      }
      if (c == ':') {
        if (i == 0) {
          throw new UrlException("missing protocol scheme");
        }
        return new String[] {rawUrl.substring(0, i), rawUrl.substring(i + 1)};
      }
      return new String[] {"", rawUrl};
    }
    return new String[] {"", rawUrl};
  }

  private static String parseAuthority(String scheme, String authority) {
    int at = authority.lastIndexOf('@');
    String host = parseHost(scheme, at < 0 ? authority : authority.substring(at + 1));
    if (at < 0) {
      return host;
    }
    String userinfo = authority.substring(0, at);
    if (!validUserinfo(userinfo)) {
      throw new UrlException("net/url: invalid userinfo");
    }
    int colon = userinfo.indexOf(':');
    if (colon < 0) {
      unescape(userinfo, USER_PASSWORD);
    } else {
      unescape(userinfo.substring(0, colon), USER_PASSWORD);
      unescape(userinfo.substring(colon + 1), USER_PASSWORD);
    }
    return host;
  }

  private static boolean validUserinfo(String s) {
    for (int i = 0; i < s.length(); i++) {
      char r = s.charAt(i);
      if ((r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9')) {
        continue;
      }
      if ("-._:~!$&'()*+,;=%@".indexOf(r) >= 0) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static String parseHost(String scheme, String host) {
    int open = host.lastIndexOf('[');
    if (open > 0) {
      throw new UrlException("invalid IP-literal");
    }
    if (open == 0) {
      int close = host.lastIndexOf(']');
      if (close < 0) {
        throw new UrlException("missing ']' in host");
      }
      String colonPort = host.substring(close + 1);
      if (!validOptionalPort(colonPort)) {
        throw new UrlException("invalid port " + GoQuote.quote(colonPort) + " after host");
      }
      String port = unescape(colonPort, HOST);
      String hostname = host.substring(1, close);
      String unescaped;
      int zone = hostname.indexOf("%25");
      if (zone >= 0) {
        unescaped = unescape(hostname.substring(0, zone), HOST) + unescape(hostname.substring(zone), ZONE);
      } else {
        unescaped = unescape(hostname, HOST);
      }
      int pct = unescaped.indexOf('%');
      String addr = pct < 0 ? unescaped : unescaped.substring(0, pct);
      byte[] ip = GoNet.parseIP(addr);
      if (ip == null || (pct >= 0 && pct == unescaped.length() - 1)) {
        throw new UrlException("invalid host: ParseAddr(" + GoQuote.quote(unescaped) + "): unable to parse IP");
      }
      if (addr.indexOf(':') < 0) {
        throw new UrlException("invalid IP-literal");
      }
      return "[" + unescaped + "]" + port;
    }
    int i = host.indexOf(':');
    if (i >= 0) {
      int last = host.lastIndexOf(':');
      if (last != i && !scheme.equals("http") && !scheme.equals("https")) {
        i = last;
      }
      String colonPort = host.substring(i);
      if (!validOptionalPort(colonPort)) {
        throw new UrlException("invalid port " + GoQuote.quote(colonPort) + " after host");
      }
    }
    return unescape(host, HOST);
  }

  private static boolean validOptionalPort(String port) {
    if (port.isEmpty()) {
      return true;
    }
    if (port.charAt(0) != ':') {
      return false;
    }
    for (int i = 1; i < port.length(); i++) {
      char b = port.charAt(i);
      if (b < '0' || b > '9') {
        return false;
      }
    }
    return true;
  }

  private static String[] splitHostPort(String hostPort) {
    String host = hostPort;
    String port = "";
    int colon = host.lastIndexOf(':');
    if (colon != -1 && validOptionalPort(host.substring(colon))) {
      port = host.substring(colon + 1);
      host = host.substring(0, colon);
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return new String[] {host, port};
  }

  /** Converts a URL error to the built-in error OPA reports. */
  static BuiltinException builtinError(UrlException e) {
    return new BuiltinException(e.getMessage());
  }
}
