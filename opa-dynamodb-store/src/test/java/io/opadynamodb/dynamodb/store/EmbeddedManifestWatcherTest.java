package io.opadynamodb.dynamodb.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The watcher on the emulator, plus what only the emulator can stage: an outage, a table without streams. */
class EmbeddedManifestWatcherTest extends ManifestWatcherContract {
  @Override
  protected Backend backend() {
    return Backend.onEmbedded();
  }

  @Test
  void theStreamFollowerResumesAfterAnOutage() throws Exception {
    watch(true, null);
    await(watcher::streamsActive);
    backend.embedded().setAvailable(false);
    await(() -> watcher.lastError() != null && !watcher.streamsActive());
    backend.embedded().setAvailable(true);
    await(watcher::streamsActive);
    publisher.publish(PublishRequest.replacing(Policies.bundle(32), "after-outage"));
    assertThat(next().publishedBy()).isEqualTo("after-outage");
  }

  @Test
  void aTableWithoutStreamsIsFollowedByPolling() throws Exception {
    table = "no-streams";
    backend.client().createTable(b -> b.tableName(table)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build()));
    publisher = new PolicyPublisher(backend.client(), table, "default", BundleCompiler.standard());
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    watch(true, Duration.ofMillis(100));
    publisher.publish(PublishRequest.replacing(Policies.bundle(32), "bob"));
    assertThat(next().revision()).isEqualTo(2);
    assertThat(watcher.streamsActive()).isFalse();
    assertThat(watcher.lastError()).contains("no stream");
  }
}
