package io.opadynamodb.rego.builtins.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** http.send against a local JDK HttpServer on 127.0.0.1; expected shapes and messages as OPA v1.22.2. */
class HttpSendBuiltinTest {
  private HttpServer server;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger notModified = new AtomicInteger();
  private volatile String lastBody = "";
  private volatile String lastUserAgent = "";
  private String base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/json", ex -> {
      hits.incrementAndGet();
      lastBody = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      lastUserAgent = ex.getRequestHeaders().getFirst("User-Agent");
      byte[] body = "{\"hello\": [1, 2.50]}".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.getResponseHeaders().add("X-Multi", "a");
      ex.getResponseHeaders().add("X-Multi", "b");
      ex.getResponseHeaders().add("Cache-Control", "max-age=60");
      ex.getResponseHeaders().add("Date",
          DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.createContext("/etag", ex -> {
      hits.incrementAndGet();
      ex.getResponseHeaders().add("ETag", "\"v1\"");
      ex.getResponseHeaders().add("Cache-Control", "max-age=1");
      ex.getResponseHeaders().add("Date",
          DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      byte[] body = "etagged".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.createContext("/text", ex -> {
      hits.incrementAndGet();
      byte[] body = "plain".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(500, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.createContext("/redirect", ex -> {
      ex.getResponseHeaders().add("Location", "/json");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.createContext("/slow", ex -> {
      try {
        Thread.sleep(1500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Value send(TestContext ctx, String request) {
    return TestContext.call(new HttpSendBuiltin(), ctx, "http.send", Json.parse(request));
  }

  @Test
  void returnsOpaResponseObject() {
    TestContext ctx = new TestContext();
    ObjectValue r = (ObjectValue) send(ctx, "{\"method\": \"post\", \"url\": \"" + base + "/json\", \"body\": {\"b\": 1,"
        + " \"a\": [true]}, \"headers\": {\"x-custom\": \"1\"}}");
    assertThat(r.get("status")).isEqualTo(Json.parse("\"200 OK\""));
    assertThat(r.get("status_code")).isEqualTo(Json.parse("200"));
    assertThat(r.get("body")).isEqualTo(Json.parse("{\"hello\": [1, 2.50]}"));
    assertThat(r.get("raw_body")).isEqualTo(Json.parse("\"{\\\"hello\\\": [1, 2.50]}\""));
    ObjectValue headers = (ObjectValue) r.get("headers");
    assertThat(headers.get("x-multi")).isEqualTo(Json.parse("[\"a\", \"b\"]"));
    assertThat(headers.get("content-type")).isEqualTo(Json.parse("[\"application/json\"]"));
    assertThat(lastBody).isEqualTo("{\"a\":[true],\"b\":1}");
    assertThat(lastUserAgent).isEqualTo("Open Policy Agent/v1.22.2 (linux, amd64)");
  }

  @Test
  void sameRequestTwiceInOneQueryIsOneCall() {
    TestContext ctx = new TestContext();
    Value a = send(ctx, "{\"method\": \"get\", \"url\": \"" + base + "/json\"}");
    Value b = send(ctx, "{\"method\": \"get\", \"url\": \"" + base + "/json\"}");
    assertThat(a).isEqualTo(b);
    assertThat(hits.get()).isEqualTo(1);
    send(new TestContext(), "{\"method\": \"get\", \"url\": \"" + base + "/json\"}");
    assertThat(hits.get()).isEqualTo(2);
  }

  @Test
  void nonCacheableStatusIsNotMemoisedWithoutCache() {
    TestContext ctx = new TestContext();
    ObjectValue r = (ObjectValue) send(ctx, "{\"method\": \"get\", \"url\": \"" + base + "/text\"}");
    assertThat(r.get("status")).isEqualTo(Json.parse("\"500 Internal Server Error\""));
    assertThat(r.get("body")).isEqualTo(Json.parse("null"));
    send(ctx, "{\"method\": \"get\", \"url\": \"" + base + "/text\"}");
    assertThat(hits.get()).isEqualTo(2);
  }

  @Test
  void interQueryCacheHonoursMaxAge() {
    TestContext first = new TestContext();
    first.now = System.currentTimeMillis() * 1_000_000L;
    String req = "{\"method\": \"get\", \"url\": \"" + base + "/json\", \"cache\": true}";
    send(first, req);
    TestContext second = new TestContext();
    second.sharedCache = first.sharedCache;
    second.now = first.now + 30_000_000_000L;
    send(second, req);
    assertThat(hits.get()).isEqualTo(1);
    TestContext third = new TestContext();
    third.sharedCache = first.sharedCache;
    third.now = first.now + 120_000_000_000L;
    send(third, req);
    assertThat(hits.get()).isEqualTo(2);
  }

  @Test
  void staleEntryWithEtagIsRevalidated() {
    TestContext first = new TestContext();
    first.now = System.currentTimeMillis() * 1_000_000L;
    String req = "{\"method\": \"get\", \"url\": \"" + base + "/etag\", \"cache\": true}";
    Value a = send(first, req);
    TestContext second = new TestContext();
    second.sharedCache = first.sharedCache;
    second.now = first.now + 10_000_000_000L;
    Value b = send(second, req);
    assertThat(notModified.get()).isEqualTo(1);
    assertThat(((ObjectValue) b).get("raw_body")).isEqualTo(((ObjectValue) a).get("raw_body"));
    assertThat(((ObjectValue) b).get("status_code")).isEqualTo(Json.parse("200"));
  }

  @Test
  void redirectsOnlyWhenEnabled() {
    TestContext ctx = new TestContext();
    ObjectValue r = (ObjectValue) send(ctx, "{\"method\": \"get\", \"url\": \"" + base + "/redirect\"}");
    assertThat(r.get("status_code")).isEqualTo(Json.parse("302"));
    r = (ObjectValue) send(ctx, "{\"method\": \"get\", \"url\": \"" + base + "/redirect\", \"enable_redirect\": true}");
    assertThat(r.get("status_code")).isEqualTo(Json.parse("200"));
  }

  @Test
  void networkErrorsAsOpa() {
    String url = "http://127.0.0.1:1/x";
    assertThat(send(new TestContext(), "{\"method\": \"get\", \"url\": \"" + url + "\", \"raise_error\": false}"))
        .isEqualTo(Json.parse("{\"status_code\": 0, \"error\": {\"code\": \"eval_http_send_network_error\","
            + " \"message\": \"Get \\\"http://127.0.0.1:1/x\\\": dial tcp 127.0.0.1:1: connect: connection refused\"}}"));
    assertThatThrownBy(() -> send(new TestContext(), "{\"method\": \"get\", \"url\": \"" + url + "\"}"))
        .isInstanceOf(BuiltinException.class)
        .hasMessage("Get \"http://127.0.0.1:1/x\": dial tcp 127.0.0.1:1: connect: connection refused");
    assertThatThrownBy(() -> send(new TestContext(), "{\"method\": \"get\", \"url\": \"" + base
        + "/slow\", \"timeout\": \"200ms\"}"))
        .hasMessage("Get \"" + base + "/slow\": request timed out");
    assertThat(send(new TestContext(), "{\"method\": \"get\", \"raise_error\": false}")).isEqualTo(Json.parse(
        "{\"status_code\": 0, \"error\": {\"code\": \"eval_http_send_internal_error\", \"message\":"
        + " \"eval_type_error: http.send: operand 1 missing required request parameters(s): {\\\"url\\\"}\"}}"));
    assertThatThrownBy(() -> send(new TestContext(), "{\"method\": \"get\", \"url\": \"" + base
        + "/json\", \"headers\": {\"Expect\": \"100-continue\", \"bad header\": \"x\"}}"))
        .isInstanceOf(BuiltinException.class);
    assertThatThrownBy(() -> send(new TestContext(), "{\"method\": \"get\", \"url\": \"x\", \"foo\": 1}"))
        .hasMessage("operand 1 invalid request parameters(s): {\"foo\"}");
  }
}
