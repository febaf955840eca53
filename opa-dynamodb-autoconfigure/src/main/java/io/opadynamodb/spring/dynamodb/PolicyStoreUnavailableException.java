package io.opadynamodb.spring.dynamodb;

/** The policy table could not be read (network, credentials, throttling, a revision changing under the load). */
public class PolicyStoreUnavailableException extends RuntimeException {
  public PolicyStoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
