package io.opadynamodb.rego.builtins.text;

import com.google.re2j.Pattern;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.text.GlobLexer.Token;
import io.opadynamodb.rego.builtins.text.GlobLexer.Type;
import io.opadynamodb.rego.value.GoQuote;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles a glob with the syntax and errors of {@code github.com/gobwas/glob} v1.0.0 (the
 * parser of its {@code parse.go}) into an equivalent anchored RE2 pattern: {@code *} is any run
 * of non-separators, {@code **} any run, {@code ?} one non-separator, {@code [a-z]} /
 * {@code [!abc]} character classes and {@code {a,b}} alternatives.
 */
final class GlobCompiler {
  private GlobCompiler() {}

  private static final int OP_TERMS = 0;
  private static final int OP_LIST = 1;

  /** The compiled glob; a malformed one raises gobwas's "glob: syntax error at N: reason". */
  static Pattern compile(String glob, int[] separators) {
    String starRegex = separators.length == 0 ? "(?s:.)*" : negatedClass(separators) + "*";
    String singleRegex = separators.length == 0 ? "(?s:.)" : negatedClass(separators);
    List<String> stack = new ArrayList<>();
    List<int[]> operators = new ArrayList<>();
    GlobLexer lex = new GlobLexer(glob);
    parsing:
    while (true) {
      Token token = lex.next();
      switch (token.type()) {
        case EOF:
          break parsing;
        case ERROR:
          throw syntaxError(lex, token.data());
        case SINGLE:
          stack.add(singleRegex);
          break;
        case TEXT:
          stack.add(literal(token.data()));
          break;
        case RANGE_OPEN:
          stack.add(parseRange(lex));
          break;
        case ANY:
          stack.add(starRegex);
          break;
        case SUPER:
          stack.add("(?s:.)*");
          break;
        case TERMS_OPEN:
          operators.add(new int[] {OP_TERMS, stack.size()});
          operators.add(new int[] {OP_LIST, stack.size()});
          break;
        case SEPARATOR: {
          int k = operators.size() - 1;
          if (k < 0) {
            throw syntaxError(lex, "unexpected `,`");
          }
          int[] x = operators.get(k);
          if (x[0] == OP_LIST) {
            operators.remove(k);
          }
          int i = x[1];
          if (i == stack.size()) {
            stack.add("");
          } else {
            collapse(stack, i, sequence(stack.subList(i, stack.size())));
          }
          operators.add(new int[] {OP_LIST, stack.size()});
          break;
        }
        case TERMS_CLOSE:
          while (true) {
            int k = operators.size() - 1;
            if (k < 0) {
              throw syntaxError(lex, "unexpected `}`");
            }
            int[] x = operators.remove(k);
            int i = x[1];
            List<String> c = stack.subList(i, stack.size());
            String m = x[0] == OP_TERMS ? "(?:" + String.join("|", c) + ")" : sequence(c);
            if (i == stack.size()) {
              stack.add(m);
            } else {
              collapse(stack, i, m);
            }
            if (x[0] == OP_TERMS) {
              break;
            }
          }
          break;
        default:
          throw syntaxError(lex, "unexpected token " + token.type().name().toLowerCase() + "<"
              + GoQuote.quote(token.data()) + ">");
      }
    }
    if (!operators.isEmpty()) {
      throw syntaxError(lex, "unclosed `{`");
    }
    try {
      return Pattern.compile(sequence(stack));
    } catch (RuntimeException e) {
      // Not expected: every glob construct maps to valid RE2 syntax.
      throw new BuiltinException("glob: " + e.getMessage());
    }
  }

  private static String sequence(List<String> parts) {
    StringBuilder sb = new StringBuilder("(?:");
    for (String p : parts) {
      sb.append(p);
    }
    return sb.append(')').toString();
  }

  private static void collapse(List<String> stack, int i, String m) {
    while (stack.size() > i + 1) {
      stack.remove(stack.size() - 1);
    }
    stack.set(i, m);
  }

  private static String parseRange(GlobLexer lex) {
    boolean not = false;
    int lo = -1;
    int hi = -1;
    Set<Integer> chars = null;
    while (true) {
      Token token = lex.next();
      switch (token.type()) {
        case EOF:
          throw syntaxError(lex, "unclosed `[`");
        case ERROR:
          throw syntaxError(lex, token.data());
        case NOT:
          not = true;
          break;
        case RANGE_LO:
          lo = token.data().codePointAt(0);
          break;
        case RANGE_HI:
          hi = token.data().codePointAt(0);
          if (hi < lo) {
            throw syntaxError(lex, "range hi character is less than lo");
          }
          break;
        case TEXT:
          chars = new LinkedHashSet<>();
          for (int r : TextArgs.runes(token.data())) {
            chars.add(r);
          }
          break;
        case RANGE_CLOSE: {
          boolean isRange = lo >= 0 && hi >= 0;
          boolean isChars = chars != null;
          if (isChars == isRange) {
            throw syntaxError(lex, "could not parse range");
          }
          StringBuilder sb = new StringBuilder(not ? "[^" : "[");
          if (isRange) {
            sb.append(escapeRune(lo)).append('-').append(escapeRune(hi));
          } else {
            for (int r : chars) {
              sb.append(escapeRune(r));
            }
          }
          return sb.append(']').toString();
        }
        default:
          break;
      }
    }
  }

  private static String negatedClass(int[] runes) {
    StringBuilder sb = new StringBuilder("[^");
    for (int r : runes) {
      sb.append(escapeRune(r));
    }
    return sb.append(']').toString();
  }

  private static String literal(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(r -> sb.append(escapeRune(r)));
    return sb.toString();
  }

  private static String escapeRune(int r) {
    if (r < 0x80 && (Character.isLetterOrDigit(r) || r == ' ' || r == '_')) {
      return String.valueOf((char) r);
    }
    return "\\x{" + Integer.toHexString(r) + "}";
  }

  private static BuiltinException syntaxError(GlobLexer lex, String reason) {
    return new BuiltinException("glob: syntax error at " + lex.offset() + ": " + reason);
  }
}
