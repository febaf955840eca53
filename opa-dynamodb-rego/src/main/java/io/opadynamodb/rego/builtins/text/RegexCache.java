package io.opadynamodb.rego.builtins.text;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.opadynamodb.rego.builtins.BuiltinException;

/** Compiled RE2 patterns shared by every evaluation (Go's regexp syntax via re2j). */
final class RegexCache {
  private static final BoundedCache<String, Pattern> CACHE = new BoundedCache<>(1000);

  private RegexCache() {}

  /** The compiled pattern; a bad one raises Go's message, e.g. "error parsing regexp: ...". */
  static Pattern compile(String pattern) {
    return CACHE.get(pattern, RegexCache::compileUncached);
  }

  static Pattern compileUncached(String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new BuiltinException(e.getMessage());
    } catch (RuntimeException e) {
      throw new BuiltinException("error parsing regexp: " + e.getMessage());
    }
  }

  /** True when the pattern parses, as Go's {@code syntax.Parse(p, syntax.Perl)}. */
  static boolean isValid(String pattern) {
    try {
      compile(pattern);
      return true;
    } catch (BuiltinException e) {
      return false;
    }
  }
}
