package io.opadynamodb.sample;

import static io.opadynamodb.sample.SamplePolicies.CPUS_MODULE;
import static io.opadynamodb.sample.SamplePolicies.VM_16;
import static io.opadynamodb.sample.SamplePolicies.cpusModule;
import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.dynamodb.embedded.EmbeddedDynamoDb;
import io.opadynamodb.sample.DemoClient.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 4's "done when" on the sample app, over real HTTP: policies live in the embedded DynamoDB store, a publish
 * through {@code POST /actuator/opa} changes the next decisions, a module with a syntax error is refused with its
 * location and changes nothing, and {@code GET /actuator/opa} shows the revisions. The context is discarded
 * afterwards, since these tests change the policies.
 */
class PolicyStoreEndpointTest extends RunningSampleApp {

  @Test
  void theEmbeddedStoresClientIsTheOnlyOneAndSpringCloudAwsBacksOff() {
    // spring-cloud-aws is on the class path; its DynamoDbClient would need an AWS region at start-up.
    assertThat(context.getBeansOfType(DynamoDbClient.class)).hasSize(1);
    assertThat(context.getBean(DynamoDbClient.class))
        .isSameAs(context.getBean(EmbeddedDynamoDb.class).dynamoDbClient());
  }

  @Test
  void raisingTheCpuLimitFrom8To32LetsA16CpuVmThrough() {
    assertThat(publish(Map.of("modules", Map.of(CPUS_MODULE, cpusModule(8)))).status()).isEqualTo(200);
    assertThat(client.post("alice", "/compute/vms", VM_16).status()).isEqualTo(403);

    Answer published = publish(Map.of("modules", Map.of(CPUS_MODULE, cpusModule(32))));

    assertThat(published.status()).isEqualTo(200);
    assertThat(published.body().get("outcome").asString()).isEqualTo("published");
    Answer created = client.post("alice", "/compute/vms", VM_16);
    assertThat(created.status()).isEqualTo(201);
    assertThat(client.get("admin", "/actuator/opa").body().get("activeRevision").asString())
        .isEqualTo(Long.toString(published.body().get("revision").asLong()));
  }

  @Test
  void aModuleWithASyntaxErrorAnswers400WithItsLocationAndChangesNoDecision() {
    Answer before = client.get("admin", "/actuator/opa");
    int vmBefore = client.post("alice", "/compute/vms", VM_16).status();

    Answer refused = publish(Map.of("modules", Map.of(CPUS_MODULE,
        "package policies.compute.cpus\n\ndeny contains msg if {\n  msg := \n}\n")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(texts(refused.body().get("errors"))).isNotEmpty()
        .allMatch(line -> line.matches(CPUS_MODULE + ":\\d+:\\d+: .*"), "file:row:col: code: message");
    assertThat(client.post("alice", "/compute/vms", VM_16).status()).isEqualTo(vmBefore);
    Answer after = client.get("admin", "/actuator/opa");
    assertThat(after.body().get("activeRevision")).isEqualTo(before.body().get("activeRevision"));
    assertThat(after.body().get("revisions")).isEqualTo(before.body().get("revisions"));
  }

  @Test
  void getShowsTheSeededAndPublishedRevisions() {
    Answer published = publish(Map.of("data", Map.of("audit", Map.of("note", "added by a test"))));

    Answer state = client.get("admin", "/actuator/opa");

    assertThat(state.status()).isEqualTo(200);
    JsonNode body = state.body();
    assertThat(body.get("bundle").asString()).isEqualTo("default");
    List<Long> revisions = new ArrayList<>();
    body.get("revisions").forEach(r -> revisions.add(r.get("revision").asLong()));
    assertThat(revisions).contains(1L, published.body().get("revision").asLong());
    assertThat(texts(body.get("data"))).contains("audit", "rbac", "abac");
    List<String> paths = new ArrayList<>();
    body.get("modules").forEach(m -> {
      paths.add(m.get("path").asString());
      assertThat(m.get("sha256").asString()).matches("[0-9a-f]{64}");
    });
    assertThat(paths).contains(CPUS_MODULE, "rbac/rbac.rego");
  }

  @Test
  void onlyAdminMayUseTheEndpoint() {
    assertThat(client.get("alice", "/actuator/opa").status()).isEqualTo(403);
    assertThat(client.post("bob", "/actuator/opa", "{\"rollback_to\":1}").status()).isEqualTo(403);
  }

  @Test
  void aStaleExpectedRevisionIsAConflict() {
    long active = client.get("admin", "/actuator/opa").body().get("activeRevision").asLong();

    Answer stale = publish(Map.of("data", Map.of("audit", Map.of("note", "stale")), "expected_revision", active - 1));

    assertThat(stale.status()).isEqualTo(409);
  }

  @Test
  void abacAttributesComeFromTheIdentityTable() {
    assertThat(client.post("alice", "/trades", "{\"ticker\":\"MSFT\",\"amount\":3000000}").status()).isEqualTo(200);
    assertThat(client.post("bob", "/trades", "{\"ticker\":\"MSFT\",\"amount\":1000}").status()).isEqualTo(403);
  }

  private Answer publish(Map<String, Object> body) {
    return client.post("admin", "/actuator/opa", JSON.writeValueAsString(body));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }
}
