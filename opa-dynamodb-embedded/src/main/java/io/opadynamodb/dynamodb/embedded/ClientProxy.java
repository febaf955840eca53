package io.opadynamodb.dynamodb.embedded;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Builds an AWS SDK client interface (such as {@code DynamoDbClient}) backed by request handlers.
 * Operations with a handler run it; the SDK's convenience overloads (builder consumers, no-argument
 * forms, paginators, waiters) run their default bodies, which call back into the handlers; every
 * other operation throws {@link UnsupportedOperationException} naming it.
 */
final class ClientProxy<C> {
  private final Class<C> clientType;
  private final String serviceName;
  private final BooleanSupplier available;
  private final Map<Class<?>, Function<Object, Object>> handlers = new HashMap<>();

  ClientProxy(Class<C> clientType, String serviceName, BooleanSupplier available) {
    this.clientType = clientType;
    this.serviceName = serviceName;
    this.available = available;
  }

  /** Registers the handler of one operation, by its request type. */
  @SuppressWarnings("unchecked")
  <R> ClientProxy<C> on(Class<R> requestType, Function<R, ?> handler) {
    handlers.put(requestType, r -> handler.apply((R) r));
    return this;
  }

  C build() {
    InvocationHandler h = (proxy, method, args) -> invoke(proxy, method, args);
    return clientType.cast(Proxy.newProxyInstance(clientType.getClassLoader(), new Class<?>[] {clientType}, h));
  }

  private Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    int argc = args == null ? 0 : args.length;
    if (method.getDeclaringClass() == Object.class) {
      switch (name) {
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        default:
          return "EmbeddedDynamoDb " + serviceName + " client";
      }
    }
    if (name.equals("serviceName") && argc == 0) {
      return serviceName;
    }
    if (name.equals("close") && argc == 0) {
      return null;
    }
    if (argc == 1 && args[0] != null) {
      Function<Object, Object> handler = handlers.get(args[0].getClass());
      if (handler != null) {
        if (!available.getAsBoolean()) {
          throw SdkClientException.create("Unable to execute HTTP request: EmbeddedDynamoDb is stopped "
              + "(a simulated outage), " + serviceName + " operation " + name + " failed");
        }
        return handler.apply(args[0]);
      }
    }
    boolean convenience = argc == 0 || args[0] instanceof Consumer || name.endsWith("Paginator")
        || name.equals("waiter");
    if (method.isDefault() && convenience) {
      return InvocationHandler.invokeDefault(proxy, method, args);
    }
    throw new UnsupportedOperationException("EmbeddedDynamoDb does not implement the " + serviceName + " operation "
        + name + "; it implements only what opa-dynamodb uses (see docs/dynamodb-store.md)");
  }
}
