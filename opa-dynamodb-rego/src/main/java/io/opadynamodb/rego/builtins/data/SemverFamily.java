package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.StringValue;
import java.util.regex.Pattern;

/** OPA's {@code topdown/semver.go} over its {@code internal/semver}: {@code semver.compare}, {@code semver.is_valid}. */
public final class SemverFamily implements BuiltinFamily {
  private static final Pattern META_IDENTIFIER = Pattern.compile("[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*");

  @Override
  public void register(BuiltinRegistry r) {
    r.register("semver.compare", (ctx, a) -> {
      String sa = Args.string(a, 0);
      String sb = Args.string(a, 1);
      Version va = parse(sa);
      if (va == null) {
        throw new BuiltinException("operand 1: string " + a[0] + " is not a valid SemVer");
      }
      Version vb = parse(sb);
      if (vb == null) {
        throw new BuiltinException("operand 2: string " + a[1] + " is not a valid SemVer");
      }
      return NumberValue.of(va.compare(vb));
    });
    r.register("semver.is_valid", (ctx, a) ->
        BooleanValue.of(a[0] instanceof StringValue s && parse(s.value()) != null));
  }

  /** A parsed version. */
  record Version(long major, long minor, long patch, String preRelease) {
    int compare(Version o) {
      if (major != o.major) {
        return major > o.major ? 1 : -1;
      }
      if (minor != o.minor) {
        return minor > o.minor ? 1 : -1;
      }
      if (patch != o.patch) {
        return patch > o.patch ? 1 : -1;
      }
      if (preRelease.equals(o.preRelease)) {
        return 0;
      }
      if (preRelease.isEmpty()) {
        return 1;
      }
      if (o.preRelease.isEmpty()) {
        return -1;
      }
      String[] a = cutDot(preRelease);
      String[] b = cutDot(o.preRelease);
      while (true) {
        if (a[0].isEmpty() && !b[0].isEmpty()) {
          return -1;
        }
        if (!a[0].isEmpty() && b[0].isEmpty()) {
          return 1;
        }
        boolean aInt = isAllDecimals(a[0]);
        boolean bInt = isAllDecimals(b[0]);
        if (aInt && !bInt) {
          return -1;
        } else if (!aInt && bInt) {
          return 1;
        }
        if (aInt) {
          int c = atoiCompare(a[0], b[0]);
          if (c != 0) {
            return c;
          }
        } else {
          int c = StringValue.compareCodePoints(a[0], b[0]);
          if (c != 0) {
            return c > 0 ? 1 : -1;
          }
        }
        if (!a[1].isEmpty() && b[1].isEmpty()) {
          return 1;
        } else if (a[1].isEmpty() && !b[1].isEmpty()) {
          return -1;
        }
        if (a[1].isEmpty() && b[1].isEmpty()) {
          return 0;
        }
        a = cutDot(a[1]);
        b = cutDot(b[1]);
      }
    }
  }

  /** Go's {@code strconv.Atoi} comparison (values that overflow become 0, as the ignored error leaves them). */
  private static int atoiCompare(String a, String b) {
    long x = atoi(a);
    long y = atoi(b);
    return Long.compare(x, y);
  }

  private static long atoi(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String[] cutDot(String s) {
    int i = s.indexOf('.');
    return i < 0 ? new String[] {s, ""} : new String[] {s.substring(0, i), s.substring(i + 1)};
  }

  private static boolean isAllDecimals(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** OPA's {@code semver.Parse}; null when invalid. */
  static Version parse(String version) {
    if (version.startsWith("v")) {
      version = version.substring(1);
    }
    int plus = version.indexOf('+');
    if (plus >= 0) {
      String meta = version.substring(plus + 1);
      version = version.substring(0, plus);
      if (!META_IDENTIFIER.matcher(meta).matches()) {
        return null;
      }
    }
    String pre = "";
    int dash = version.indexOf('-');
    if (dash >= 0) {
      pre = version.substring(dash + 1);
      version = version.substring(0, dash);
      if (!META_IDENTIFIER.matcher(pre).matches() || !validPreRelease(pre)) {
        return null;
      }
    }
    if (version.chars().filter(c -> c == '.').count() != 2) {
      return null;
    }
    String[] p1 = cutDot(version);
    String[] p2 = cutDot(p1[1]);
    Long major = parseNumeric(p1[0]);
    Long minor = parseNumeric(p2[0]);
    Long patch = parseNumeric(p2[1]);
    if (major == null || minor == null || patch == null) {
      return null;
    }
    return new Version(major, minor, patch, pre);
  }

  private static Long parseNumeric(String s) {
    if (s.isEmpty() || s.charAt(0) == '+' || s.charAt(0) == '-' || (s.length() > 1 && s.charAt(0) == '0')) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean validPreRelease(String pre) {
    for (String id : pre.split("\\.", -1)) {
      if (id.length() > 1 && id.charAt(0) == '0' && isAllDecimals(id)) {
        return false;
      }
    }
    return true;
  }
}
