package io.opadynamodb.sample;

import static io.opadynamodb.sample.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.sample.DemoClient.Answer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The calls of the README (and of issue 3's acceptance check) against the application on a random port, over
 * real HTTP: the answers a newcomer gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleAppAcceptanceTest {

  @LocalServerPort
  int port;

  DemoClient client;

  @BeforeEach
  void client() {
    client = new DemoClient(port);
  }

  @Nested
  class Rbac {
    @Test
    void aliceReadsServer123() {
      Answer answer = client.get("alice", "/servers/server123");

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().get("id").asString()).isEqualTo("server123");
    }

    @Test
    void aliceWritesServer123() {
      Answer answer = client.put("alice", "/servers/server123", "{\"owner\":\"alice\"}");

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo(json("{\"owner\":\"alice\",\"type\":\"server\",\"id\":\"server123\"}"));
    }

    @Test
    void bobReadsDatabase456() {
      Answer answer = client.get("bob", "/databases/database456");

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().get("id").asString()).isEqualTo("database456");
    }

    @Test
    void bobCannotReadServer123() {
      Answer answer = client.get("bob", "/servers/server123");

      assertDenied(answer, "rbac.allow");
      assertThat(reasons(answer)).singleElement().asString().contains("policies.rbac");
    }

    @Test
    void aliceWritesAnyJsonOrNothing() {
      Answer array = client.put("alice", "/servers/server123", "[1,2]");
      Answer empty = client.call("alice", "PUT", "/servers/server123", null, null);

      assertThat(array.status()).isEqualTo(200);
      assertThat(array.body()).isEqualTo(json("{\"content\":[1,2],\"type\":\"server\",\"id\":\"server123\"}"));
      assertThat(empty.status()).isEqualTo(200);
      assertThat(empty.body()).isEqualTo(json("{\"type\":\"server\",\"id\":\"server123\"}"));
    }

    @Test
    void bobCannotWriteServer123() {
      assertDenied(client.put("bob", "/servers/server123", "{}"), "rbac.allow");
    }
  }

  @Nested
  class Abac {
    @Test
    void aliceBuys3Million() {
      Answer answer = client.post("alice", "/trades", "{\"ticker\":\"MSFT\",\"amount\":3000000}");

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo(json("{\"ticker\":\"MSFT\",\"amount\":3000000}"));
    }

    @Test
    void aBodySentAsCurlSendsItWithoutAContentTypeIsReadAsJson() {
      String trade = "{\"ticker\":\"MSFT\",\"amount\":3000000}";

      Answer asForm = client.call("alice", "POST", "/trades", trade, "application/x-www-form-urlencoded");
      Answer untyped = client.call("alice", "POST", "/trades", trade, null);

      assertThat(asForm.status()).isEqualTo(200);
      assertThat(asForm.body()).isEqualTo(json(trade));
      assertThat(untyped.status()).isEqualTo(200);
      assertDenied(client.call("alice", "POST", "/trades", "{\"ticker\":\"MSFT\",\"amount\":6000000}",
          "application/x-www-form-urlencoded"), "abac.allow");
    }

    @Test
    void aliceCannotBuy6Million() {
      assertDenied(client.post("alice", "/trades", "{\"ticker\":\"MSFT\",\"amount\":6000000}"), "abac.allow");
    }

    @Test
    void bobCannotBuyAtAll() {
      assertDenied(client.post("bob", "/trades", "{\"ticker\":\"MSFT\",\"amount\":1000}"), "abac.allow");
    }
  }

  @Nested
  class Composition {
    static final String BIG_VM_FROM_DOCKER_HUB = "{\"name\":\"web-1\",\"image\":\"docker.io/nginx:latest\",\"cpus\":16}";
    static final String CPUS_REASON = "compute.cpus: a VM may have at most 8 cpus, 16 requested";
    static final String IMAGE_REASON = "compute.images: image \"docker.io/nginx:latest\" is not under registry.internal/";

    @Test
    void aSmallVmFromTheRegistryIsCreated() {
      String vm = "{\"name\":\"web-1\",\"image\":\"registry.internal/ubuntu:24.04\",\"cpus\":4}";
      Answer answer = client.post("alice", "/compute/vms", vm);

      assertThat(answer.status()).isEqualTo(201);
      assertThat(answer.body()).isEqualTo(json(vm));
    }

    @Test
    void eachComputePackageNamesTheRuleBroken() {
      Answer answer = client.post("alice", "/compute/vms", BIG_VM_FROM_DOCKER_HUB);

      assertDenied(answer, "compute.deny");
      assertThat(reasons(answer)).containsExactlyInAnyOrder(CPUS_REASON, IMAGE_REASON);
      assertThat(answer.body().has("explain")).isFalse();
    }

    @Test
    void onlyTheBrokenRuleIsReported() {
      Answer answer = client.post("alice", "/compute/vms",
          "{\"name\":\"web-1\",\"image\":\"registry.internal/ubuntu:24.04\",\"cpus\":9}");

      assertDenied(answer, "compute.deny");
      assertThat(reasons(answer)).containsExactly("compute.cpus: a VM may have at most 8 cpus, 9 requested");
    }

    @Test
    void explainGroupsTheMessagesByPackage() {
      Answer answer = client.post("alice", "/compute/vms?explain=true", BIG_VM_FROM_DOCKER_HUB);

      assertDenied(answer, "compute.deny");
      JsonNode explain = answer.body().get("explain");
      assertThat(explain.get("policies.compute.cpus")).isEqualTo(json("[\"" + CPUS_REASON.replace("\"", "\\\"") + "\"]"));
      assertThat(strings(explain.get("policies.compute.images"))).containsExactly(IMAGE_REASON);
    }

    @Test
    void aPrivateBucketIsCreated() {
      Answer answer = client.post("alice", "/storage/buckets", "{\"name\":\"reports\",\"public\":false}");

      assertThat(answer.status()).isEqualTo(201);
      assertThat(answer.body()).isEqualTo(json("{\"name\":\"reports\",\"public\":false}"));
    }

    @Test
    void aPublicBucketIsDenied() {
      Answer answer = client.post("alice", "/storage/buckets", "{\"name\":\"reports\",\"public\":true}");

      assertDenied(answer, "storage.deny");
      assertThat(reasons(answer)).containsExactly("storage.public_buckets: bucket \"reports\" must not be public");
    }

    @Test
    void httpsFromAnywhereIsCreated() {
      Answer answer = client.post("alice", "/network/firewall-rules", "{\"port\":443,\"source\":\"0.0.0.0/0\"}");

      assertThat(answer.status()).isEqualTo(201);
      assertThat(answer.body()).isEqualTo(json("{\"port\":443,\"source\":\"0.0.0.0/0\"}"));
    }

    @Test
    void sshFromAnywhereIsDenied() {
      Answer answer = client.post("alice", "/network/firewall-rules", "{\"port\":22,\"source\":\"0.0.0.0/0\"}");

      assertDenied(answer, "network.deny");
      assertThat(reasons(answer)).containsExactly("network.ssh: port 22 must not be open to 0.0.0.0/0");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
      assertThat(client.post("alice", "/compute/vms", "{oops").status()).isEqualTo(400);
    }
  }

  @Nested
  class Actuator {
    @Test
    void adminSeesTheOpaHealthComponent() {
      Answer answer = client.get("admin", "/actuator/health");

      assertThat(answer.status()).isEqualTo(200);
      JsonNode opa = answer.body().get("components").get("opa");
      assertThat(opa.get("status").asString()).isEqualTo("UP");
      assertThat(opa.get("details").get("modules").asInt()).isPositive();
    }

    @Test
    void aliceMayNotUseTheActuator() {
      assertThat(client.get("alice", "/actuator/health").status()).isEqualTo(403);
    }

    @Test
    void anonymousCallersMustLogIn() {
      assertThat(client.get(null, "/actuator/health").status()).isEqualTo(401);
      assertThat(client.get(null, "/servers/server123").status()).isEqualTo(401);
    }
  }

  private static void assertDenied(Answer answer, String policy) {
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().get("title").asString()).isEqualTo("Forbidden");
    assertThat(answer.body().get("policy").asString()).isEqualTo(policy);
    assertThat(answer.body().get("decision_id").asString()).isNotBlank();
    assertThat(reasons(answer)).isNotEmpty();
  }

  private static List<String> reasons(Answer answer) {
    return strings(answer.body().get("reasons"));
  }

  private static List<String> strings(JsonNode array) {
    assertThat(array.isArray()).as("a JSON array: %s", array).isTrue();
    return array.valueStream().map(JsonNode::asString).toList();
  }
}
