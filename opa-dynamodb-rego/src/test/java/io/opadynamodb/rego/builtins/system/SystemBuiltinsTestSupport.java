package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.BuiltinFamily;
import java.util.List;

/** The families of this package, for tests. */
final class SystemBuiltinsTestSupport {
  private SystemBuiltinsTestSupport() {}

  static List<BuiltinFamily> families() {
    return List.of(new TimeBuiltins(), new CryptoBuiltins(), new JwtBuiltins(), new X509Builtins(), new AwsSignBuiltin());
  }
}
