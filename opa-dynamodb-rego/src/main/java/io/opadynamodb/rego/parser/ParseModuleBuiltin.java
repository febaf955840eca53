package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;

/**
 * {@code rego.parse_module(filename, source)}: the module as OPA's JSON AST. Like OPA it parses with
 * the default (v1) syntax and without processing annotations; a syntax error fails the call with
 * OPA's error text.
 */
public final class ParseModuleBuiltin implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry registry) {
    registry.register("rego.parse_module", (ctx, args) -> {
      String file = Args.string(args, 0);
      String source = Args.string(args, 1);
      try {
        return AstJson.module(RegoParser.parseDetailed(file, source, RegoVersion.V1, false));
      } catch (ParseFailure e) {
        throw new BuiltinException(e.opaMessage());
      } catch (CompileException e) {
        throw new BuiltinException(OpaErrors.format(e.errors()));
      }
    });
  }
}
