package io.opadynamodb.dynamodb.store;

import static io.opadynamodb.dynamodb.store.ManifestWatcherContract.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.value.SetValue;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The served policy set follows the table, refuses bad revisions and survives outages (on the emulator). */
class LivePoliciesTest extends StoreTestBase {
  private LivePolicies live;

  @Override
  protected Backend backend() {
    return Backend.onEmbedded();
  }

  @AfterEach
  void close() {
    if (live != null) {
      live.close();
    }
  }

  private LivePolicies live() {
    live = new LivePolicies(backend.client(), backend.streams(), table, "default", BundleCompiler.standard(),
        Duration.ofMillis(100));
    return live;
  }

  private boolean denies16() {
    return ((SetValue) Policies.deny(live.current().policies(), 16)).size() > 0;
  }

  @Test
  void servesTheActiveRevisionAndSwitchesOnPublish() throws Exception {
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    live().start(null);
    assertThat(live.status().activeRevision()).isEqualTo(1);
    assertThat(denies16()).isTrue();
    publisher.publish(PublishRequest.replacing(Policies.bundle(32), "alice"));
    await(() -> !denies16());
    assertThat(live.status().activeRevision()).isEqualTo(2);
    assertThat(live.status().storeUp()).isTrue();
  }

  @Test
  void aRevisionThatDoesNotCompileIsRefusedAndTheLastGoodSetKeepsServing() throws Exception {
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    live().start(null);
    writeBrokenRevisionDirectly(7, "package compute\n\ndeny contains msg if {\n  msg := \n}\n");
    await(() -> live.status().refusedRevision() == 7);
    assertThat(live.status().refusedErrors()).anySatisfy(l -> assertThat(l).startsWith("policies/compute.rego:"));
    assertThat(live.status().activeRevision()).isEqualTo(1);
    assertThat(denies16()).isTrue();
    publisher.publish(PublishRequest.replacing(Policies.bundle(32), "fixer"));
    await(() -> !denies16());
    assertThat(live.status().refusedRevision()).isZero();
  }

  /** Another tool writes a revision and flips the manifest, without the publisher's compile check. */
  private void writeBrokenRevisionDirectly(long revision, String source) {
    var items = new StoreItems(backend.client(), table, "default");
    PolicyBundle broken = new PolicyBundle(revision, Map.of("policies/compute.rego", source), Map.of());
    String checksum = BundleChecksum.of(broken);
    new RevisionWriter(items).put(new RevisionWriter(items).itemsOf(broken, checksum, "other-tool",
        java.time.Instant.now()));
    BundleManifest current = items.manifest();
    Map<String, AttributeValue> manifest = new HashMap<>(items.key(PolicyTable.MANIFEST));
    manifest.put("revision", AttributeValue.fromN(Long.toString(revision)));
    manifest.put("flip", AttributeValue.fromN(Long.toString(current.flip() + 1)));
    manifest.put("checksum", AttributeValue.fromS(checksum));
    manifest.put("published_at", AttributeValue.fromS(java.time.Instant.now().toString()));
    manifest.put("published_by", AttributeValue.fromS("other-tool"));
    backend.client().putItem(b -> b.tableName(table).item(manifest));
  }

  @Test
  void anOutageKeepsTheLastGoodSetAndReportsTheStoreDownUntilItIsBack() throws Exception {
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    live().start(null);
    backend.embedded().setAvailable(false);
    await(() -> !live.status().storeUp());
    assertThat(denies16()).isTrue();
    assertThat(live.status().lastError()).contains("stopped");
    backend.embedded().setAvailable(true);
    await(() -> live.status().storeUp());
    publisher.publish(PublishRequest.replacing(Policies.bundle(32), "alice"));
    await(() -> !denies16());
  }

  @Test
  void startingWhileTheStoreIsDownUsesTheFallbackOrFailsFast() throws Exception {
    publisher.seedIfEmpty(Policies.bundle(32), "seed");
    backend.embedded().setAvailable(false);
    assertThatThrownBy(() -> live().start(null)).hasMessageContaining("stopped");
    live.close();
    live().start(Policies.bundle(8));
    assertThat(denies16()).isTrue();
    assertThat(live.status().activeRevision()).isZero();
    assertThat(live.status().storeUp()).isFalse();
    backend.embedded().setAvailable(true);
    await(() -> !denies16());
    assertThat(live.status().activeRevision()).isEqualTo(1);
  }
}
