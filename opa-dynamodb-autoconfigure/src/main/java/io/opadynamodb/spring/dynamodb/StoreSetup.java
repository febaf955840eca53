package io.opadynamodb.spring.dynamodb;

import io.opadynamodb.dynamodb.store.PolicyPublisher;
import io.opadynamodb.dynamodb.store.PolicyTable;
import io.opadynamodb.dynamodb.store.PublishResult;
import io.opadynamodb.spring.policy.PolicySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Start-up chores before the first load: create the table when it is missing ({@code opa.dynamodb.create-table})
 * and publish the classpath policies as revision 1 of an empty bundle ({@code opa.dynamodb.seed-from-classpath}).
 * A store that cannot be reached is left to the load (which fails or falls back, as configured).
 */
public final class StoreSetup {
  private static final Logger log = LoggerFactory.getLogger(StoreSetup.class);

  private final DynamoDbClient client;
  private final PolicyPublisher publisher;
  private final OpaDynamoDbProperties properties;
  private final PolicySource classpath;
  private final String classpathLocation;

  public StoreSetup(DynamoDbClient client, PolicyPublisher publisher, OpaDynamoDbProperties properties,
      PolicySource classpath, String classpathLocation) {
    this.client = client;
    this.publisher = publisher;
    this.properties = properties;
    this.classpath = classpath;
    this.classpathLocation = classpathLocation;
  }

  public void run() {
    try {
      if (properties.shouldCreateTable() && PolicyTable.createIfMissing(client, properties.getTable())) {
        log.info("Created the policy table {}", properties.getTable());
      }
      if (properties.isSeedFromClasspath()) {
        seed();
      }
    } catch (SdkException e) {
      log.warn("Cannot prepare the policy table {}: {}", properties.getTable(), e.getMessage());
    }
  }

  private void seed() {
    PublishResult result = publisher.seedIfEmpty(StoreBundles.toStore(classpath.load(), classpathLocation),
        "seed:" + classpath.description());
    switch (result.outcome()) {
      case PUBLISHED:
        log.info("Seeded bundle {} of table {} from {}: revision {}", properties.getBundle(), properties.getTable(),
            classpath.description(), result.revision());
        break;
      case REJECTED:
        throw new io.opadynamodb.spring.policy.PolicyLoadException(result.errorLines());
      default:
        log.debug("Not seeded: {}", result.message());
    }
  }
}
