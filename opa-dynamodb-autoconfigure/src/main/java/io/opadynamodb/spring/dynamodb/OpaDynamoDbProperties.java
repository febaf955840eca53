package io.opadynamodb.spring.dynamodb;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the DynamoDB policy store, under {@code opa.dynamodb.*}. Bad values stop the application at start-up
 * with a message naming the property.
 */
@ConfigurationProperties(prefix = "opa.dynamodb")
public class OpaDynamoDbProperties {

  /** What to do when the store cannot be read at start-up. */
  public enum StartupFailure {
    /** Start-up fails (the application does not start without its store). */
    FAIL,
    /** Start on the classpath policies (opa.policies.location); the store is loaded as soon as it answers. */
    CLASSPATH
  }

  /** Whether policies come from the DynamoDB table instead of the classpath. */
  private boolean enabled = false;

  /** The policy table (partition key pk, sort key sk, streams with new images). */
  private String table = "opa-policies";

  /** The bundle (named policy set) this application loads: the item collection pk = bundle#<name>. */
  private String bundle = "default";

  /**
   * Whether the table is created at start-up when it is missing. Unset: on with the embedded DynamoDB only (in AWS
   * the table is usually created by infrastructure code).
   */
  private Boolean createTable;

  /**
   * Whether to run the in-process DynamoDB emulator (in memory, no network port) and use its clients instead of
   * the application's DynamoDbClient. For demos and tests: its content is lost when the application stops.
   */
  private boolean embedded = false;

  /** Whether to follow the manifest through DynamoDB Streams (changes arrive within about a second). */
  private boolean streams = true;

  /** How often the manifest is read (strongly consistent) besides streams: the fallback when streams fail. */
  private Duration pollInterval = Duration.ofSeconds(10);

  /**
   * The pause between two rounds of GetRecords on the stream's shards that found nothing. DynamoDB Streams
   * throttles above about 5 reads a second per shard and every instance reads every shard: keep instances times
   * (1s / this) under 5. The default (2 reads a second) suits two instances.
   */
  private Duration streamReadInterval = Duration.ofMillis(500);

  /** Whether the classpath policies (opa.policies.location) are published as revision 1 of an empty bundle. */
  private boolean seedFromClasspath = false;

  /** What to do when the store cannot be read at start-up: fail, or classpath (start on the classpath policies). */
  private StartupFailure startupFailure = StartupFailure.FAIL;

  /** How many revisions the publisher keeps for rollback (older ones are deleted after a publish). */
  private int keepRevisions = 5;

  /** The cross-decision cache of the dynamodb.get / dynamodb.query built-ins. */
  private final LookupCache lookupCache = new LookupCache();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getTable() {
    return table;
  }

  public void setTable(String table) {
    this.table = requireTableName("opa.dynamodb.table", table);
  }

  public String getBundle() {
    return bundle;
  }

  public void setBundle(String bundle) {
    if (bundle == null || bundle.isBlank() || bundle.contains("#")) {
      throw new IllegalArgumentException("opa.dynamodb.bundle must be a non-empty name without '#'; got \""
          + bundle + "\"");
    }
    this.bundle = bundle;
  }

  public Boolean getCreateTable() {
    return createTable;
  }

  public void setCreateTable(Boolean createTable) {
    this.createTable = createTable;
  }

  /** Whether the table is created when missing: the explicit setting, else true only when embedded. */
  public boolean shouldCreateTable() {
    return createTable != null ? createTable : embedded;
  }

  public boolean isEmbedded() {
    return embedded;
  }

  public void setEmbedded(boolean embedded) {
    this.embedded = embedded;
  }

  public boolean isStreams() {
    return streams;
  }

  public void setStreams(boolean streams) {
    this.streams = streams;
  }

  public Duration getPollInterval() {
    return pollInterval;
  }

  public void setPollInterval(Duration pollInterval) {
    if (pollInterval == null || pollInterval.toMillis() < 100) {
      throw new IllegalArgumentException("opa.dynamodb.poll-interval must be at least 100ms, e.g. 10s; got "
          + pollInterval);
    }
    this.pollInterval = pollInterval;
  }

  public Duration getStreamReadInterval() {
    return streamReadInterval;
  }

  public void setStreamReadInterval(Duration streamReadInterval) {
    if (streamReadInterval == null || streamReadInterval.toMillis() < 100) {
      throw new IllegalArgumentException("opa.dynamodb.stream-read-interval must be at least 100ms (DynamoDB Streams "
          + "allows about 5 reads a second per shard, shared by every instance), e.g. 500ms; got "
          + streamReadInterval);
    }
    this.streamReadInterval = streamReadInterval;
  }

  public boolean isSeedFromClasspath() {
    return seedFromClasspath;
  }

  public void setSeedFromClasspath(boolean seedFromClasspath) {
    this.seedFromClasspath = seedFromClasspath;
  }

  public StartupFailure getStartupFailure() {
    return startupFailure;
  }

  public void setStartupFailure(StartupFailure startupFailure) {
    this.startupFailure = startupFailure;
  }

  public int getKeepRevisions() {
    return keepRevisions;
  }

  public void setKeepRevisions(int keepRevisions) {
    if (keepRevisions < 1) {
      throw new IllegalArgumentException("opa.dynamodb.keep-revisions must be at least 1; got " + keepRevisions);
    }
    this.keepRevisions = keepRevisions;
  }

  public LookupCache getLookupCache() {
    return lookupCache;
  }

  /** The cross-decision cache of dynamodb.get / dynamodb.query (requests with "cache": true). */
  public static class LookupCache {

    /** The most results kept; the least recently used go first. */
    private long maxEntries = 10_000;

    public long getMaxEntries() {
      return maxEntries;
    }

    public void setMaxEntries(long maxEntries) {
      if (maxEntries < 1) {
        throw new IllegalArgumentException("opa.dynamodb.lookup-cache.max-entries must be at least 1; got "
            + maxEntries);
      }
      this.maxEntries = maxEntries;
    }
  }

  /** DynamoDB's table-name rule: 3 to 255 of letters, digits, '_', '-' and '.'. */
  static String requireTableName(String property, String table) {
    if (table == null || !table.matches("[A-Za-z0-9_.\\-]{3,255}")) {
      throw new IllegalArgumentException(property + " must be a DynamoDB table name (3 to 255 letters, digits, "
          + "'_', '-' or '.'); got \"" + table + "\"");
    }
    return table;
  }
}
