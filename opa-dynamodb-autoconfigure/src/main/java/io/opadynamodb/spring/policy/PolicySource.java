package io.opadynamodb.spring.policy;

/**
 * Where policies come from. The starter's default reads the classpath ({@link ClasspathPolicySource}); declare a
 * bean of this type (for example a DynamoDB-backed store) to replace it. The {@link PolicyEngine} calls
 * {@link #load()} at start-up and on {@link PolicyEngine#reload()}.
 */
@FunctionalInterface
public interface PolicySource {

  /**
   * Loads the current bundle.
   *
   * @throws PolicyLoadException when the policies cannot be read (the message says which file or item and why)
   */
  PolicyBundle load();

  /**
   * Registers the callback a source calls when a new bundle is available (for example on a DynamoDB stream record
   * or a poll that saw a new revision); the {@link PolicyEngine} then reloads. The callback may be called from any
   * thread. The default does nothing: the source never changes on its own.
   */
  default void watch(Runnable changed) {}

  /** A short description for logs and the info endpoint, e.g. {@code classpath:policies/}. */
  default String description() {
    return getClass().getSimpleName();
  }
}
