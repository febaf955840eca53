package io.opadynamodb.rego.builtins.text;

import com.google.re2j.Pattern;
import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.Arrays;

/** The built-ins of OPA's {@code topdown/glob.go}: {@code glob.match} and {@code glob.quote_meta}. */
public final class GlobBuiltins implements BuiltinFamily {
  private static final int[] DOT = {'.'};

  private record Key(String pattern, String delimiters) {}

  private static final BoundedCache<Key, Pattern> CACHE = new BoundedCache<>(1000);

  @Override
  public void register(BuiltinRegistry r) {
    r.register("glob.match", GlobBuiltins::match);
    r.register("glob.quote_meta", GlobBuiltins::quoteMeta);
  }

  static Value match(BuiltinContext ctx, Value[] a) {
    String pattern = Args.string(a, 0);
    int[] delimiters;
    if (a[1] instanceof NullValue) {
      delimiters = new int[0];
    } else if (a[1] instanceof ArrayValue arr) {
      delimiters = runes(arr);
      if (delimiters.length == 0) {
        delimiters = DOT;
      }
    } else {
      throw Args.typeError(2, a[1], "array", "null");
    }
    String match = Args.string(a, 2);
    int[] seps = delimiters;
    Pattern p = CACHE.get(new Key(pattern, new String(seps, 0, seps.length)),
        k -> GlobCompiler.compile(pattern, seps));
    return BooleanValue.of(p.matches(match));
  }

  /** OPA's {@code builtins.RuneSliceOperand}: an array of one-rune strings. */
  private static int[] runes(ArrayValue arr) {
    int[] out = new int[arr.size()];
    for (int i = 0; i < arr.size(); i++) {
      Value e = arr.get(i);
      if (!(e instanceof StringValue s)) {
        throw Args.elementError(2, arr, e, "string");
      }
      int[] r = TextArgs.runes(s.value());
      if (r.length != 1) {
        throw Args.elementError(2, arr, e, "rune");
      }
      out[i] = r[0];
    }
    return Arrays.copyOf(out, out.length);
  }

  static Value quoteMeta(BuiltinContext ctx, Value[] a) {
    String s = Args.string(a, 0);
    StringBuilder sb = new StringBuilder(s.length() * 2);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("*?\\[]{}".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return StringValue.of(sb.toString());
  }
}
