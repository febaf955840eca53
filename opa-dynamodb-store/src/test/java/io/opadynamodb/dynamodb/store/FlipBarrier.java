package io.opadynamodb.dynamodb.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * A client that holds every manifest write until {@code parties} of them are waiting, so that
 * concurrent publishers deterministically race on the flip (each has read the same manifest).
 */
final class FlipBarrier {
  private FlipBarrier() {}

  static DynamoDbClient wrap(DynamoDbClient delegate, int parties) {
    CyclicBarrier barrier = new CyclicBarrier(parties);
    return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
        new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
          if (method.isDefault() && args != null && args.length == 1 && args[0] instanceof Consumer) {
            // Builder-style call: let the interface build the request and come back through here.
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          if (args != null && args.length == 1 && args[0] instanceof PutItemRequest r
              && PolicyTable.MANIFEST.equals(r.item().get(PolicyTable.SK).s())) {
            barrier.await(30, TimeUnit.SECONDS);
          }
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
