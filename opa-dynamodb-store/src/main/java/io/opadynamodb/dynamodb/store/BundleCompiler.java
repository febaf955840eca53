package io.opadynamodb.dynamodb.store;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.CustomBuiltin;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.RegoError;
import java.util.List;
import java.util.Map;

/**
 * Compiles a bundle into a {@link PolicySet} with the application's custom built-ins (such as
 * {@code dynamodb.get}), so that the publisher checks a bundle exactly as the instances will load it.
 */
public final class BundleCompiler {
  private final List<CustomBuiltin> builtins;

  public BundleCompiler(List<CustomBuiltin> builtins) {
    this.builtins = List.copyOf(builtins);
  }

  /** A compiler with only the standard built-ins. */
  public static BundleCompiler standard() {
    return new BundleCompiler(List.of());
  }

  /**
   * Parses and compiles every module with the bundle's data.
   *
   * @throws CompileException with every error (file:row:col), also for conflicting data paths
   */
  public PolicySet compile(PolicyBundle bundle) {
    PolicySet.Builder b = PolicySet.builder();
    for (Map.Entry<String, String> m : bundle.modules().entrySet()) {
      b.module(m.getKey(), m.getValue());
    }
    try {
      b.data(bundle.dataDocument());
    } catch (IllegalArgumentException e) {
      throw new CompileException(List.of(new RegoError("bundle_error", e.getMessage(), null)));
    }
    builtins.forEach(b::builtin);
    return b.build();
  }
}
