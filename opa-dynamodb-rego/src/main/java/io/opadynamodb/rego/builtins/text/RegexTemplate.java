package io.opadynamodb.rego.builtins.text;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.value.GoQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * OPA's {@code regex_template.go} (forked from gorilla/mux): turns a template such as
 * {@code "urn:foo:{.*}"} into an anchored regular expression whose delimited parts are regexes
 * and whose other parts are literal.
 */
final class RegexTemplate {
  private RegexTemplate() {}

  static String generate(String tpl, char delimStart, char delimEnd) {
    List<Integer> idxs = delimiterIndices(tpl, delimStart, delimEnd);
    StringBuilder pattern = new StringBuilder("^");
    int end = 0;
    for (int i = 0; i < idxs.size(); i += 2) {
      String raw = tpl.substring(end, idxs.get(i));
      end = idxs.get(i + 1);
      String patt = tpl.substring(idxs.get(i) + 1, end - 1);
      pattern.append(quoteMeta(raw)).append('(').append(patt).append(')');
      RegexCache.compileUncached("^" + patt + "$");
    }
    pattern.append(quoteMeta(tpl.substring(end))).append('$');
    return pattern.toString();
  }

  private static List<Integer> delimiterIndices(String s, char start, char end) {
    int level = 0;
    int idx = 0;
    List<Integer> idxs = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == start) {
        if (++level == 1) {
          idx = i;
        }
      } else if (c == end) {
        if (--level == 0) {
          idxs.add(idx);
          idxs.add(i + 1);
        } else if (level < 0) {
          throw unbalanced(s);
        }
      }
    }
    if (level != 0) {
      throw unbalanced(s);
    }
    return idxs;
  }

  private static BuiltinException unbalanced(String s) {
    return new BuiltinException("unbalanced braces in " + GoQuote.quote(s));
  }

  /** Go's {@code regexp.QuoteMeta}. */
  static String quoteMeta(String s) {
    StringBuilder sb = new StringBuilder(s.length() * 2);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
