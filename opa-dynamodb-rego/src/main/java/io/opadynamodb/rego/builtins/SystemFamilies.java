package io.opadynamodb.rego.builtins;

import io.opadynamodb.rego.builtins.system.CryptoBuiltins;
import io.opadynamodb.rego.builtins.system.HttpSendBuiltin;
import io.opadynamodb.rego.builtins.system.JwtBuiltins;
import io.opadynamodb.rego.builtins.system.AwsSignBuiltin;
import io.opadynamodb.rego.builtins.system.NetLookupBuiltin;
import io.opadynamodb.rego.builtins.system.RandBuiltins;
import io.opadynamodb.rego.builtins.system.RuntimeBuiltins;
import io.opadynamodb.rego.builtins.system.TimeBuiltins;
import io.opadynamodb.rego.builtins.system.X509Builtins;
import java.util.List;

/** System built-in families (see {@link StandardBuiltins}). */
final class SystemFamilies {
  private SystemFamilies() {}

  static List<BuiltinFamily> all() {
    return List.of(new TimeBuiltins(), new CryptoBuiltins(), new JwtBuiltins(), new RandBuiltins(),
        new RuntimeBuiltins(), new NetLookupBuiltin(), new AwsSignBuiltin(), new X509Builtins(), new HttpSendBuiltin());
  }
}
