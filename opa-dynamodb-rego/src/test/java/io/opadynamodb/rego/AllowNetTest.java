package io.opadynamodb.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The capabilities' {@code allow_net} ({@link PolicySet.Builder#allowNet}) for {@code http.send}
 * and {@code net.lookup_ip_addr}, against a JDK HttpServer on 127.0.0.1, which "localhost" reaches
 * too: a refused "localhost" is refused by the list, not by the network. Messages as opa v1.22.2
 * prints them, e.g. {@code opa eval --capabilities caps.json --strict-builtin-errors
 * 'http.send({"method": "get", "url": "http://127.0.0.1:1/x"})'} with {@code "allow_net": ["localhost"]}
 * gives {@code http.send: disallowed host: 127.0.0.1} (eval_builtin_error).
 */
class AllowNetTest {
  private HttpServer server;
  private final AtomicInteger hits = new AtomicInteger();
  private int port;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/ok", ex -> {
      hits.incrementAndGet();
      byte[] body = "{\"ok\": true}".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.createContext("/redir", ex -> {
      ex.getResponseHeaders().add("Location", "http://localhost:" + port + "/ok");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.start();
    port = server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String send(String host, String extra) {
    return "http.send({\"method\": \"get\", \"url\": \"http://" + host + ":" + port + "/ok\"" + extra + "}).body";
  }

  private static Value eval(PolicySet.Builder policies, String query, boolean strict) {
    EvalResult r = policies.build().evaluate(query, EvalOptions.builder().strictBuiltinErrors(strict).build());
    return r.isUndefined() ? null : r.rows().get(0).expressions().get(0);
  }

  @Test
  void anAllowedHostIsReached() {
    Value body = eval(PolicySet.builder().allowNet(List.of("127.0.0.1")), send("127.0.0.1", ""), true);
    assertThat(Json.write(body)).isEqualTo("{\"ok\":true}");
    assertThat(hits).hasValue(1);
  }

  @Test
  void anotherHostIsRefusedWithOpasErrorBeforeAnyRequest() {
    PolicySet.Builder policies = PolicySet.builder().allowNet(List.of("127.0.0.1"));
    assertThatThrownBy(() -> eval(policies, send("localhost", ""), true))
        .isInstanceOfSatisfying(EvaluationException.class, e -> {
          assertThat(e.errors().get(0).code()).isEqualTo("eval_builtin_error");
          assertThat(e.errors().get(0).message()).isEqualTo("http.send: disallowed host: localhost");
        });
    assertThat(eval(policies, send("localhost", ""), false)).as("undefined when not strict").isNull();
    assertThat(hits).hasValue(0);
  }

  @Test
  void aRefusalIsAnInternalErrorResponseWhenErrorsAreNotRaised() {
    String query = "http.send({\"method\": \"get\", \"url\": \"http://localhost:" + port + "/ok\", \"raise_error\": false})";
    Value resp = eval(PolicySet.builder().allowNet(List.of("127.0.0.1")), query, true);
    // opa v1.22.2 prints the call's location first: "<file>:<row>: " in a module, the expression text in a query.
    assertThat(Json.write(resp)).isEqualTo("{\"error\":{\"code\":\"eval_http_send_internal_error\",\"message\":"
        + Json.quote(query + ": eval_builtin_error: http.send: disallowed host: localhost") + "},\"status_code\":0}");
  }

  @Test
  void otherUnraisedErrorsInBuildingTheRequestCarryTheCallAndCodeToo() {
    // opa v1.22.2: the same query against http://127.0.0.1:1/x gives this message after the query text.
    String query = "http.send({\"method\": \"get\", \"url\": \"http://127.0.0.1:" + port
        + "/ok\", \"raise_error\": false, \"headers\": {\"a\": 1}})";
    Value resp = eval(PolicySet.builder(), query, true);
    assertThat(Json.write(resp)).isEqualTo("{\"error\":{\"code\":\"eval_http_send_internal_error\",\"message\":"
        + Json.quote(query + ": eval_builtin_error: http.send: invalid type for headers value \"1\"")
        + "},\"status_code\":0}");
    // ...but not the retry count, which OPA reads when sending.
    Value retry = eval(PolicySet.builder(), query.replace("\"headers\": {\"a\": 1}", "\"max_retry_attempts\": \"x\""), true);
    assertThat(Json.write(retry)).contains("\"message\":\"invalid value \\\"x\\\" for field \\\"max_retry_attempts\\\"\"");
    assertThat(hits).hasValue(0);
  }

  @Test
  void withoutAListEveryHostIsAllowedAndAnEmptyListAllowsNone() {
    assertThat(Json.write(eval(PolicySet.builder(), send("localhost", ""), true))).isEqualTo("{\"ok\":true}");
    assertThatThrownBy(() -> eval(PolicySet.builder().allowNet(List.of()), send("127.0.0.1", ""), true))
        .hasMessageContaining("http.send: disallowed host: 127.0.0.1");
    assertThat(hits).hasValue(1);
  }

  @Test
  void hostsAreComparedWithoutPortOrUserAndExactly() {
    PolicySet.Builder policies = PolicySet.builder().allowNet(List.of("localhost"));
    assertThat(Json.write(eval(policies, send("user@localhost", ""), true))).isEqualTo("{\"ok\":true}");
    assertThatThrownBy(() -> eval(policies, send("LOCALHOST", ""), true))
        .hasMessageContaining("http.send: disallowed host: LOCALHOST");
    // Go cuts the host at its first colon, so an IPv6 literal is checked as "[" (as OPA does).
    assertThatThrownBy(() -> eval(policies, send("[::1]", ""), true))
        .hasMessageContaining("http.send: disallowed host: [");
  }

  @Test
  void aRedirectToAnotherHostIsRefusedAsOpasCheckRedirectDoes() {
    String redirect = "http.send({\"method\": \"get\", \"url\": \"http://127.0.0.1:" + port
        + "/redir\", \"enable_redirect\": true";
    // opa v1.22.2 with allow_net ["127.0.0.1"] against the same redirect (a Python server on 127.0.0.1)
    assertThatThrownBy(() -> eval(PolicySet.builder().allowNet(List.of("127.0.0.1")), redirect + "})", true))
        .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.errors().get(0).message())
            .isEqualTo("http.send: Get \"http://localhost:" + port + "/ok\": disallowed host: localhost"));
    Value unraised = eval(PolicySet.builder().allowNet(List.of("127.0.0.1")), redirect + ", \"raise_error\": false})",
        true);
    assertThat(Json.write(unraised)).isEqualTo("{\"error\":{\"code\":\"eval_http_send_network_error\",\"message\":"
        + Json.quote("Get \"http://localhost:" + port + "/ok\": disallowed host: localhost") + "},\"status_code\":0}");
    assertThat(hits).hasValue(0);
    Value followed = eval(PolicySet.builder().allowNet(List.of("127.0.0.1", "localhost")), redirect + "}).body", true);
    assertThat(Json.write(followed)).isEqualTo("{\"ok\":true}");
    assertThat(hits).hasValue(1);
  }

  @Test
  void lookupIpAddrHonoursTheList() {
    assertThatThrownBy(() -> eval(PolicySet.builder().allowNet(List.of("127.0.0.1")),
        "net.lookup_ip_addr(\"localhost\")", true))
        .isInstanceOfSatisfying(EvaluationException.class, e ->
            assertThat(e.errors().get(0).message()).isEqualTo("net.lookup_ip_addr: disallowed host: localhost"));
    Value addrs = eval(PolicySet.builder().allowNet(List.of("localhost")), "net.lookup_ip_addr(\"localhost\")", true);
    assertThat(((SetValue) addrs).contains(StringValue.of("127.0.0.1"))).isTrue();
  }
}
