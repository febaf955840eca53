package io.opadynamodb.spring.dynamodb;

/**
 * The policy store is on ({@code opa.dynamodb.enabled=true}) and not embedded, but the application has no
 * {@code DynamoDbClient} to reach the table with. Reported at start-up by {@code MissingDynamoDbClientFailureAnalyzer}.
 */
public class MissingDynamoDbClientException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String table;

  public MissingDynamoDbClientException(String table) {
    super("opa.dynamodb.enabled=true and opa.dynamodb.embedded=false, but there is no DynamoDbClient bean to read "
        + "the policy table " + table + " with");
    this.table = table;
  }

  /** The policy table ({@code opa.dynamodb.table}) that could not be reached. */
  public String table() {
    return table;
  }
}
