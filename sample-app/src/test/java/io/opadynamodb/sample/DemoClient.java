package io.opadynamodb.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the running sample, as curl would make them: HTTP Basic, JSON bodies. */
final class DemoClient {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  DemoClient(int port) {
    this.port = port;
  }

  /** The answer: status, content type, and the body as JSON (null when empty). */
  record Answer(int status, String contentType, JsonNode body) {}

  /** A call as a demo user (password {@code password}); a null user calls anonymously. */
  Answer call(String user, String method, String path, String jsonBody) {
    return call(user, method, path, jsonBody, jsonBody == null ? null : "application/json");
  }

  /** A call with the given Content-Type header (none when null), as {@code curl -d} without {@code -H} makes. */
  Answer call(String user, String method, String path, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (user != null) {
      String credentials = user + ":password";
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String answer = response.body();
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          answer == null || answer.isBlank() ? null : JSON.readTree(answer));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " interrupted", e);
    }
  }

  Answer get(String user, String path) {
    return call(user, "GET", path, null);
  }

  Answer post(String user, String path, String jsonBody) {
    return call(user, "POST", path, jsonBody);
  }

  Answer put(String user, String path, String jsonBody) {
    return call(user, "PUT", path, jsonBody);
  }

  /** The JSON of a body written in tests. */
  static JsonNode json(String text) {
    return JSON.readTree(text);
  }
}
