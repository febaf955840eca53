package io.opadynamodb.dynamodb.store;

/** The store's content is not usable as read (for example a revision whose items do not match its checksum). */
public class PolicyStoreException extends RuntimeException {
  public PolicyStoreException(String message) {
    super(message);
  }

  public PolicyStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
