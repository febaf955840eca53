package io.opadynamodb.spring.dynamodb;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.opadynamodb.dynamodb.store.AttributeValues;
import io.opadynamodb.rego.value.JavaValues;
import io.opadynamodb.spring.input.SubjectAttributesProvider;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code input.subject.attributes} from a DynamoDB item keyed by the principal name (identity enrichment): every
 * attribute of the item except its key, in plain JSON. Results are cached for a TTL; a user without an item has
 * no attributes. When the table cannot be read the caller gets no attributes (so attribute-based rules do not
 * match) and nothing is cached.
 */
public final class DynamoDbSubjectAttributes implements SubjectAttributesProvider {
  private static final Logger log = LoggerFactory.getLogger(DynamoDbSubjectAttributes.class);

  private final DynamoDbClient client;
  private final String table;
  private final String keyAttribute;
  private final Cache<String, Map<String, Object>> cache;

  public DynamoDbSubjectAttributes(DynamoDbClient client, String table, String keyAttribute, Duration ttl,
      long maxEntries) {
    this.client = client;
    this.table = table;
    this.keyAttribute = keyAttribute;
    this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).build();
  }

  @Override
  public Map<String, Object> attributes(Authentication authentication) {
    String name = authentication == null ? null : authentication.getName();
    if (name == null || name.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> cached = cache.getIfPresent(name);
    if (cached != null) {
      return cached;
    }
    try {
      Map<String, Object> attributes = read(name);
      cache.put(name, attributes);
      return attributes;
    } catch (SdkException e) {
      log.warn("Cannot read the attributes of {} from table {}: {}", name, table, e.getMessage());
      return Map.of();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> read(String name) {
    Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table)
        .key(Map.of(keyAttribute, AttributeValue.fromS(name)))).item();
    if (item == null || item.isEmpty()) {
      return Map.of();
    }
    Map<String, AttributeValue> attributes = new LinkedHashMap<>(item);
    attributes.remove(keyAttribute);
    return Collections.unmodifiableMap((Map<String, Object>) JavaValues.toJava(AttributeValues.toObject(attributes)));
  }

  /** Forgets every cached user (for example after the identity table was changed). */
  public void invalidateAll() {
    cache.invalidateAll();
  }
}
