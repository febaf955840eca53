package io.opadynamodb.dynamodb.store.builtins;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A client that counts the requests reaching it (GetItem and Query), to observe caching. */
final class CountingClient {
  final AtomicInteger reads = new AtomicInteger();
  final DynamoDbClient client;

  CountingClient(DynamoDbClient delegate) {
    this.client = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
        new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
          // Builder-style calls are forwarded whole to the delegate, so each lookup counts once.
          if (method.getName().equals("getItem") || method.getName().equals("query")) {
            reads.incrementAndGet();
          }
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
