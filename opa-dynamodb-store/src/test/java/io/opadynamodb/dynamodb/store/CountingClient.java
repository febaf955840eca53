package io.opadynamodb.dynamodb.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A client that counts the requests reaching it by operation, to observe caching and saved reads. */
public final class CountingClient {
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  /** The counting client; requests go on to the delegate. */
  public final DynamoDbClient client;

  public CountingClient(DynamoDbClient delegate) {
    this.client = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
        new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
          // Builder-style calls are forwarded whole to the delegate, so each request counts once.
          calls.computeIfAbsent(method.getName(), n -> new AtomicInteger()).incrementAndGet();
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** How many times the operation (e.g. {@code "query"}) was called. */
  public int calls(String operation) {
    AtomicInteger n = calls.get(operation);
    return n == null ? 0 : n.get();
  }

  /** GetItem and Query requests: the reads a lookup makes. */
  public int reads() {
    return calls("getItem") + calls("query");
  }

  public void reset() {
    calls.clear();
  }
}
