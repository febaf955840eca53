package io.opadynamodb.spring.autoconfigure;

import io.opadynamodb.dynamodb.embedded.EmbeddedDynamoDb;
import io.opadynamodb.dynamodb.store.BundleCompiler;
import io.opadynamodb.dynamodb.store.BundleLoader;
import io.opadynamodb.dynamodb.store.ManifestWatcher;
import io.opadynamodb.dynamodb.store.PolicyPublisher;
import io.opadynamodb.dynamodb.store.builtins.DynamoDbBuiltins;
import io.opadynamodb.rego.CustomBuiltin;
import io.opadynamodb.spring.dynamodb.DynamoDbPolicySource;
import io.opadynamodb.spring.dynamodb.DynamoDbSubjectAttributes;
import io.opadynamodb.spring.dynamodb.OpaDynamoDbProperties;
import io.opadynamodb.spring.dynamodb.OpaIdentityProperties;
import io.opadynamodb.spring.dynamodb.PolicyStoreFollower;
import io.opadynamodb.spring.dynamodb.PolicyStoreStatus;
import io.opadynamodb.spring.dynamodb.StoreSetup;
import io.opadynamodb.spring.policy.ClasspathPolicySource;
import io.opadynamodb.spring.policy.PolicyEngine;
import io.opadynamodb.spring.policy.PolicySource;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import software.amazon.awssdk.awscore.AwsServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Policies from DynamoDB ({@code opa.dynamodb.enabled=true}): the embedded emulator's clients when
 * {@code opa.dynamodb.embedded=true}, else the application's {@link DynamoDbClient} (spring-cloud-aws) with a
 * {@link DynamoDbStreamsClient} on the same region and credentials; the store's {@link PolicySource}, publisher,
 * live-update loop and the {@code dynamodb.get}/{@code dynamodb.query} built-ins. Identity enrichment
 * ({@code opa.identity.table}) is configured independently.
 */
@AutoConfiguration(before = OpaAutoConfiguration.class,
    beforeName = "io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration")
@ConditionalOnClass({BundleLoader.class, DynamoDbClient.class})
@ConditionalOnBooleanProperty(name = "opa.enabled", matchIfMissing = true)
@EnableConfigurationProperties({OpaProperties.class, OpaDynamoDbProperties.class, OpaIdentityProperties.class})
public class OpaDynamoDbAutoConfiguration {

  /** The in-process DynamoDB (no network port) and its two clients. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(EmbeddedDynamoDb.class)
  @ConditionalOnBooleanProperty("opa.dynamodb.embedded")
  static class Embedded {
    @Bean
    @ConditionalOnMissingBean
    EmbeddedDynamoDb embeddedDynamoDb() {
      return EmbeddedDynamoDb.create();
    }

    @Bean
    DynamoDbClient embeddedDynamoDbClient(EmbeddedDynamoDb db) {
      return db.dynamoDbClient();
    }

    @Bean
    DynamoDbStreamsClient embeddedDynamoDbStreamsClient(EmbeddedDynamoDb db) {
      return db.streamsClient();
    }
  }

  /** The policy store: source, publisher, live updates and built-ins. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty("opa.dynamodb.enabled")
  static class Store {

    /** Streams on the same region, credentials and endpoint as the application's DynamoDB client. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "opa.dynamodb.embedded", havingValue = false, matchIfMissing = true)
    @ConditionalOnBooleanProperty(name = "opa.dynamodb.streams", matchIfMissing = true)
    DynamoDbStreamsClient opaDynamoDbStreamsClient(DynamoDbClient client) {
      AwsServiceClientConfiguration config = client.serviceClientConfiguration();
      var builder = DynamoDbStreamsClient.builder().region(config.region());
      if (config.credentialsProvider() != null) {
        builder.credentialsProvider(config.credentialsProvider());
      }
      config.endpointOverride().ifPresent(builder::endpointOverride);
      return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    DynamoDbBuiltins dynamoDbBuiltins(DynamoDbClient client, OpaDynamoDbProperties properties) {
      return new DynamoDbBuiltins(client, properties.getLookupCache().getMaxEntries());
    }

    /** {@code dynamodb.get}, registered on the engine (every CustomBuiltin bean is). */
    @Bean
    CustomBuiltin dynamoDbGetBuiltin(DynamoDbBuiltins builtins) {
      return builtins.get();
    }

    /** {@code dynamodb.query}, registered on the engine. */
    @Bean
    CustomBuiltin dynamoDbQueryBuiltin(DynamoDbBuiltins builtins) {
      return builtins.query();
    }

    @Bean
    @ConditionalOnMissingBean
    PolicyStoreStatus policyStoreStatus() {
      return new PolicyStoreStatus(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    BundleLoader policyBundleLoader(DynamoDbClient client, OpaDynamoDbProperties properties) {
      return new BundleLoader(client, properties.getTable(), properties.getBundle());
    }

    /** Compiles bundles before they are published, with the same custom built-ins as the engine. */
    @Bean
    @ConditionalOnMissingBean
    PolicyPublisher policyPublisher(DynamoDbClient client, OpaDynamoDbProperties properties,
        ObjectProvider<CustomBuiltin> builtins) {
      return new PolicyPublisher(client, properties.getTable(), properties.getBundle(),
          new BundleCompiler(builtins.orderedStream().toList()), Clock.systemUTC(), properties.getKeepRevisions());
    }

    /**
     * The store as the engine's policy source; the table is created and seeded first when so configured. With
     * {@code startup-failure=classpath} the classpath policies serve until the store can be read.
     */
    @Bean
    @ConditionalOnMissingBean(PolicySource.class)
    DynamoDbPolicySource dynamoDbPolicySource(DynamoDbClient client, BundleLoader loader, PolicyPublisher publisher,
        PolicyStoreStatus status, OpaProperties opa, OpaDynamoDbProperties properties, ResourceLoader resources) {
      ClasspathPolicySource classpath = new ClasspathPolicySource(opa.getPolicies().getLocation(),
          opa.getPolicies().isIncludeTests(), ResourcePatternUtils.getResourcePatternResolver(resources));
      new StoreSetup(client, publisher, properties, classpath, opa.getPolicies().getLocation()).run();
      return new DynamoDbPolicySource(loader, properties.getTable(), properties.getBundle(),
          properties.getStartupFailure() == OpaDynamoDbProperties.StartupFailure.CLASSPATH ? classpath : null,
          status);
    }

    /** Follows the manifest (streams and/or polling) and swaps new revisions into the engine. */
    @Bean
    @ConditionalOnMissingBean
    PolicyStoreFollower policyStoreFollower(PolicyEngine engine, PolicySource source, PolicyStoreStatus status,
        DynamoDbClient client, ObjectProvider<DynamoDbStreamsClient> streams, OpaDynamoDbProperties properties) {
      if (!(source instanceof DynamoDbPolicySource store)) {
        throw new IllegalStateException("opa.dynamodb.enabled=true but the PolicySource bean is a "
            + source.getClass().getName() + "; remove it or set opa.dynamodb.enabled=false");
      }
      DynamoDbStreamsClient streamsClient = properties.isStreams() ? streams.getIfAvailable() : null;
      Duration poll = properties.getPollInterval();
      return new PolicyStoreFollower(engine, store, status, listener -> new ManifestWatcher(client, streamsClient,
          properties.getTable(), properties.getBundle(), poll, 0, listener)
          .streamReadInterval(properties.getStreamReadInterval()));
    }
  }

  /** {@code input.subject.attributes} from {@code opa.identity.table}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty("opa.identity.table")
  static class Identity {
    @Bean
    @ConditionalOnMissingBean
    DynamoDbSubjectAttributes dynamoDbSubjectAttributes(ObjectProvider<DynamoDbClient> client,
        OpaIdentityProperties properties) {
      DynamoDbClient dynamo = client.getIfAvailable();
      if (dynamo == null) {
        throw new IllegalStateException("opa.identity.table=" + properties.getTable() + " needs a DynamoDbClient "
            + "bean: set opa.dynamodb.enabled=true and opa.dynamodb.embedded=true, or add "
            + "spring-cloud-aws-starter-dynamodb");
      }
      return new DynamoDbSubjectAttributes(dynamo, properties.getTable(), properties.getKeyAttribute(),
          properties.getCacheTtl(), properties.getCacheMaxEntries());
    }
  }
}
