package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.GoQuote;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import io.opadynamodb.rego.value.ValueFormatter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Builds and sends the HTTP request of an {@code http.send} request object (OPA's createHTTPRequest). */
final class HttpSendClient {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  private static final String USER_AGENT = "Open Policy Agent/v1.22.2 (linux, amd64)";
  private static final List<String> STRING_KEYS = List.of("method", "url", "raw_body", "tls_ca_cert",
      "tls_ca_cert_file", "tls_ca_cert_env_variable", "tls_client_cert", "tls_client_cert_file",
      "tls_client_cert_env_variable", "tls_client_key", "tls_client_key_file", "tls_client_key_env_variable",
      "tls_server_name");

  private HttpSendClient() {}

  /** An error in building the request (OPA's {@code createHTTPRequest}), which OPA wraps as a built-in error. */
  private static HttpSendBuiltin.SendFailure internal(String message) {
    return new HttpSendBuiltin.SendFailure(message, false, null, true);
  }

  /**
   * Sends the request with extra headers (revalidation's If-None-Match / If-Modified-Since) when
   * its URL's host is in {@code allowNet} (null allows every host).
   */
  static HttpResponseData execute(ObjectValue req, Map<String, String> extraHeaders, Set<String> allowNet) {
    String method = "";
    String url = "";
    byte[] body = null;
    boolean rawBody = false;
    boolean redirect = false;
    boolean insecure = false;
    Duration timeout = DEFAULT_TIMEOUT;
    Map<String, String> headers = new TreeMap<>();
    String caCert = "";
    String clientCert = "";
    String clientKey = "";
    for (int i = 0; i < req.size(); i++) {
      String key = req.keyAt(i) instanceof StringValue s ? s.value() : Json.write(req.keyAt(i));
      Value val = req.valueAt(i);
      String str = val instanceof StringValue s ? s.value() : null;
      if (str == null && STRING_KEYS.contains(key)) {
        throw internal("\"" + key + "\" must be a string");
      }
      switch (key) {
        case "method":
          method = str.toUpperCase(Locale.ROOT);
          break;
        case "url":
          try {
            AllowNet.verifyUrlHost(allowNet, str);
          } catch (AllowNet.Refused e) {
            throw internal(e.getMessage());
          }
          url = str;
          break;
        case "enable_redirect":
          redirect = parseBool(val);
          break;
        case "body":
          if (!rawBody) {
            body = Json.write(val).getBytes(StandardCharsets.UTF_8);
          }
          break;
        case "raw_body":
          body = str.getBytes(StandardCharsets.UTF_8);
          rawBody = true;
          break;
        case "tls_insecure_skip_verify":
          insecure = parseBool(val);
          break;
        case "tls_use_system_certs":
          parseBool(val);
          break;
        case "tls_ca_cert":
          caCert = str.replace("\\n", "\n");
          break;
        case "tls_ca_cert_file":
          caCert = readFile(str);
          break;
        case "tls_ca_cert_env_variable":
          caCert = env(str);
          break;
        case "tls_client_cert":
          clientCert = str;
          break;
        case "tls_client_cert_file":
          clientCert = readFile(str);
          break;
        case "tls_client_cert_env_variable":
          clientCert = env(str);
          break;
        case "tls_client_key":
          clientKey = str;
          break;
        case "tls_client_key_file":
          clientKey = readFile(str);
          break;
        case "tls_client_key_env_variable":
          clientKey = env(str);
          break;
        case "tls_server_name":
          break;
        case "headers":
          if (!(val instanceof ObjectValue h)) {
            throw internal("invalid type for headers key");
          }
          for (int j = 0; j < h.size(); j++) {
            if (!(h.valueAt(j) instanceof StringValue hv)) {
              throw internal("invalid type for headers value " + GoQuote.quote(ValueFormatter.rego(h.valueAt(j))));
            }
            String name = h.keyAt(j) instanceof StringValue hk ? hk.value() : Json.write(h.keyAt(j));
            headers.put(canonicalHeaderKey(name), hv.value());
          }
          break;
        case "timeout":
          timeout = parseTimeout(val);
          break;
        case "cache":
        case "caching_mode":
        case "force_cache":
        case "force_cache_duration_seconds":
        case "force_json_decode":
        case "force_yaml_decode":
        case "raise_error":
        case "max_retry_attempts":
        case "cache_ignored_headers":
          break;
        default:
          throw internal("invalid parameter \"" + key + "\"");
      }
    }
    String op = method.isEmpty() ? "Get" : method.charAt(0) + method.substring(1).toLowerCase(Locale.ROOT);
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw internal("parse " + GoQuote.quote(url) + ": " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new HttpSendBuiltin.SendFailure(op + " " + GoQuote.quote(url) + ": unsupported protocol scheme "
          + GoQuote.quote(scheme), true, null);
    }
    // with allow_net, redirects are followed here so that each target host is checked, as OPA's CheckRedirect does
    boolean checkRedirects = redirect && allowNet != null;
    HttpClient.Builder cb = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(redirect && !checkRedirects ? HttpClient.Redirect.ALWAYS : HttpClient.Redirect.NEVER);
    if (!timeout.isZero()) {
      cb.connectTimeout(timeout);
    }
    if (insecure || !caCert.isEmpty() || (!clientCert.isEmpty() && !clientKey.isEmpty())) {
      cb.sslContext(sslContext(insecure, caCert, clientCert, clientKey));
    }
    String firstMethod = method.isEmpty() ? "GET" : method;
    HttpRequest request;
    try {
      request = buildRequest(uri, firstMethod, body, timeout, headers, extraHeaders);
    } catch (IllegalArgumentException e) {
      // The JDK rejects what Go might send (restricted headers, odd methods or URLs).
      throw internal("net/http: " + e.getMessage());
    }
    int retries = retries(req); // OPA reads it only once the request is built
    HttpClient client = cb.build();
    HttpResponseData resp = send(client, request, retries, op, url, uri);
    if (checkRedirects) {
      Duration hopTimeout = timeout;
      resp = CheckedRedirects.follow(resp, uri, firstMethod, body, allowNet, op, (hopUri, hopMethod, hopBody) ->
          send(client, buildRequest(hopUri, hopMethod, hopBody, hopTimeout, headers, extraHeaders), retries, op,
              hopUri.toString(), hopUri));
    }
    return resp;
  }

  private static HttpResponseData send(HttpClient client, HttpRequest request, int retries, String op, String url,
      URI uri) {
    for (int attempt = 0; ; attempt++) {
      try {
        HttpResponse<byte[]> resp = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        Map<String, List<String>> respHeaders = new TreeMap<>();
        resp.headers().map().forEach((k, v) -> {
          if (!k.startsWith(":")) {
            respHeaders.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v);
          }
        });
        return new HttpResponseData(resp.statusCode(), respHeaders, resp.body());
      } catch (IOException e) {
        if (attempt >= retries) {
          throw networkFailure(op, url, uri, e);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HttpSendBuiltin.SendFailure(op + " " + GoQuote.quote(url) + ": context canceled", true, null);
      }
      try {
        Thread.sleep(Math.min(60_000L, 100L << Math.min(attempt, 10)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HttpSendBuiltin.SendFailure("context canceled", false, null);
      }
    }
  }

  private static HttpRequest buildRequest(URI uri, String method, byte[] body, Duration timeout,
      Map<String, String> headers, Map<String, String> extraHeaders) {
    HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (!timeout.isZero()) {
      rb.timeout(timeout);
    }
    extraHeaders.forEach(rb::setHeader);
    headers.forEach((k, v) -> {
      if (extraHeaders.containsKey(k)) {
        return;
      }
      if (!k.equals("Host") && !k.equals("Content-Length") && !k.equals("Connection")) {
        rb.header(k, v);
      }
    });
    if (headers.isEmpty()) {
      rb.header("User-Agent", "Go-http-client/1.1");
    } else if (!headers.containsKey("User-Agent")) {
      rb.header("User-Agent", USER_AGENT);
    }
    return rb.build();
  }

  private static HttpSendBuiltin.SendFailure networkFailure(String op, String url, URI uri, IOException e) {
    String prefix = op + " " + GoQuote.quote(url) + ": ";
    if (e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException)) {
      return new HttpSendBuiltin.SendFailure(
          prefix + "context deadline exceeded (Client.Timeout exceeded while awaiting headers)", true,
          prefix + "request timed out");
    }
    if (e instanceof HttpConnectTimeoutException) {
      return new HttpSendBuiltin.SendFailure(prefix + "dial tcp " + hostPort(uri) + ": i/o timeout", true,
          prefix + "request timed out");
    }
    if (e instanceof ConnectException) {
      return new HttpSendBuiltin.SendFailure(prefix + "dial tcp " + hostPort(uri) + ": connect: connection refused",
          true, null);
    }
    return new HttpSendBuiltin.SendFailure(prefix + (e.getMessage() == null ? e.getClass().getSimpleName()
        : e.getMessage()), true, null);
  }

  private static String hostPort(URI uri) {
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    return uri.getHost() + ":" + port;
  }

  private static boolean parseBool(Value v) {
    // Go's strconv.ParseBool of the term's text.
    String s = v instanceof BooleanValue b ? Boolean.toString(b.value()) : ValueFormatter.rego(v);
    switch (s) {
      case "1": case "t": case "T": case "TRUE": case "true": case "True":
        return true;
      case "0": case "f": case "F": case "FALSE": case "false": case "False":
        return false;
      default:
        throw internal("strconv.ParseBool: parsing " + GoQuote.quote(s) + ": invalid syntax");
    }
  }

  private static Duration parseTimeout(Value v) {
    if (v instanceof NumberValue n) {
      if (n.toJsonText().matches("-?[0-9]+")) {
        try {
          return Duration.ofNanos(Long.parseLong(n.toJsonText()));
        } catch (NumberFormatException e) {
          // fall through
        }
      }
      throw internal("invalid timeout number value " + ValueFormatter.rego(v) + ", must be int64");
    }
    if (v instanceof StringValue s) {
      try {
        return Duration.ofNanos(Long.parseLong(s.value()));
      } catch (NumberFormatException e) {
        try {
          return Duration.ofNanos(GoDuration.parse(s.value()));
        } catch (BuiltinException d) {
          throw internal("invalid timeout value " + ValueFormatter.rego(v) + ": " + d.getMessage());
        }
      }
    }
    throw internal("operand 1 'timeout' must be one of {string, number} but got " + v.typeName());
  }

  private static int retries(ObjectValue req) {
    Value v = req.get("max_retry_attempts");
    if (v == null) {
      return 0;
    }
    if (v instanceof NumberValue n && n.isInteger() && n.bigIntegerValueOrNull().signum() >= 0
        && n.bigIntegerValueOrNull().bitLength() < 31) {
      return n.bigIntegerValueOrNull().intValue();
    }
    // read when sending, after the request is built: OPA does not wrap this one
    throw new HttpSendBuiltin.SendFailure("invalid value " + ValueFormatter.rego(v) + " for field \"max_retry_attempts\"",
        false, null);
  }

  /** Go's http.CanonicalHeaderKey: "content-type" becomes "Content-Type". */
  static String canonicalHeaderKey(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-') || c > 127) {
        return s;
      }
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean upper = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
      upper = c == '-';
    }
    return b.toString();
  }

  private static String readFile(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw internal("open " + path + ": no such file or directory");
    }
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null ? "" : v;
  }

  private static SSLContext sslContext(boolean insecure, String caPem, String certPem, String keyPem) {
    try {
      TrustManager[] trust = null;
      if (insecure) {
        trust = new TrustManager[] {new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        }};
      } else if (!caPem.isEmpty()) {
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        int n = 0;
        for (Certificate c : CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(caPem.getBytes(StandardCharsets.ISO_8859_1)))) {
          ks.setCertificateEntry("ca" + n++, c);
        }
        if (n == 0) {
          throw internal("could not append certificates");
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        trust = tmf.getTrustManagers();
      }
      javax.net.ssl.KeyManager[] keys = null;
      if (!certPem.isEmpty() && !keyPem.isEmpty()) {
        List<PrivateKey> pk = PrivateKeys.fromPem(keyPem);
        if (pk.isEmpty()) {
          throw internal("tls: failed to find any PEM data in key input");
        }
        Certificate[] chain = CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(certPem.getBytes(StandardCharsets.ISO_8859_1)))
            .toArray(new Certificate[0]);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("client", pk.get(0), new char[0], chain);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, new char[0]);
        keys = kmf.getKeyManagers();
      }
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(keys, trust, new SecureRandom());
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw internal(e.getMessage());
    }
  }
}
