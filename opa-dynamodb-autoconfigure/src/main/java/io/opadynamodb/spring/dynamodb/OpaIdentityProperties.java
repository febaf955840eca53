package io.opadynamodb.spring.dynamodb;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity enrichment, under {@code opa.identity.*}: when {@code table} is set, the caller's attributes are read
 * from the DynamoDB item whose key attribute is the principal name, into {@code input.subject.attributes}.
 */
@ConfigurationProperties(prefix = "opa.identity")
public class OpaIdentityProperties {

  /** The table holding one item per user; unset turns identity enrichment off. */
  private String table;

  /** The table's partition key (type S), holding the principal name. */
  private String keyAttribute = "id";

  /** How long a user's attributes are cached before they are read again. */
  private Duration cacheTtl = Duration.ofMinutes(1);

  /** The most users whose attributes are cached. */
  private long cacheMaxEntries = 10_000;

  public String getTable() {
    return table;
  }

  public void setTable(String table) {
    this.table = table == null || table.isBlank() ? null
        : OpaDynamoDbProperties.requireTableName("opa.identity.table", table);
  }

  public String getKeyAttribute() {
    return keyAttribute;
  }

  public void setKeyAttribute(String keyAttribute) {
    if (keyAttribute == null || keyAttribute.isBlank()) {
      throw new IllegalArgumentException("opa.identity.key-attribute must be an attribute name; got \""
          + keyAttribute + "\"");
    }
    this.keyAttribute = keyAttribute;
  }

  public Duration getCacheTtl() {
    return cacheTtl;
  }

  public void setCacheTtl(Duration cacheTtl) {
    if (cacheTtl == null || cacheTtl.isNegative()) {
      throw new IllegalArgumentException("opa.identity.cache-ttl must be zero (no cache) or positive, e.g. 1m; got "
          + cacheTtl);
    }
    this.cacheTtl = cacheTtl;
  }

  public long getCacheMaxEntries() {
    return cacheMaxEntries;
  }

  public void setCacheMaxEntries(long cacheMaxEntries) {
    if (cacheMaxEntries < 1) {
      throw new IllegalArgumentException("opa.identity.cache-max-entries must be at least 1; got "
          + cacheMaxEntries);
    }
    this.cacheMaxEntries = cacheMaxEntries;
  }
}
