package io.opadynamodb.rego.builtins.text;

import io.opadynamodb.rego.builtins.BuiltinException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Port of {@code github.com/yashtewari/glob-intersection} (what OPA's {@code regex.globs_match}
 * uses): whether two "globs" (regexes restricted to characters, {@code .}, {@code [...]} sets and
 * the {@code *} / {@code +} flags) match a common non-empty string.
 */
final class GlobIntersection {
  private GlobIntersection() {}

  private static final int DOT = 1;
  private static final int CHAR = 0;
  private static final int SET = 2;
  private static final int NONE = 0;
  private static final int PLUS = 1;
  private static final int STAR = 2;

  /** A token: a character, a dot or a set, with a flag. */
  private static final class Token {
    final int type;
    final int rune;
    final Set<Integer> runes;
    int flag;

    Token(int type, int rune, Set<Integer> runes) {
      this.type = type;
      this.rune = rune;
      this.runes = runes;
    }

    boolean sameAs(Token o) {
      if (type != o.type) {
        return false;
      }
      return switch (type) {
        case CHAR -> rune == o.rune;
        case SET -> runes.equals(o.runes);
        default -> true;
      };
    }
  }

  static boolean nonEmpty(String lhs, String rhs) {
    List<Token> g1 = glob(lhs);
    List<Token> g2 = glob(rhs);
    // Trim matching prefixes and suffixes.
    int l = 0;
    for (; l < g1.size() && l < g2.size() && g1.get(l).flag == NONE && g2.get(l).flag == NONE; l++) {
      if (!match(g1.get(l), g2.get(l))) {
        return false;
      }
    }
    if (l > 0) {
      l--;
    }
    int r1 = g1.size() - 1;
    int r2 = g2.size() - 1;
    for (; r1 >= 0 && r1 >= l && r2 >= 0 && r2 >= l && g1.get(r1).flag == NONE && g2.get(r2).flag == NONE;
        r1--, r2--) {
      if (!match(g1.get(r1), g2.get(r2))) {
        return false;
      }
    }
    if (r1 < g1.size() - 1) {
      r1++;
      r2++;
    }
    return intersectNormal(slice(g1, l, r1 + 1), slice(g2, l, r2 + 1));
  }

  private static List<Token> slice(List<Token> g, int from, int to) {
    if (from > to || from > g.size()) {
      return List.of();
    }
    return g.subList(from, Math.min(to, g.size()));
  }

  private static boolean intersectNormal(List<Token> g1, List<Token> g2) {
    int i = 0;
    int j = 0;
    for (; i < g1.size() && j < g2.size(); i++, j++) {
      if (g1.get(i).flag == NONE && g2.get(j).flag == NONE) {
        if (!match(g1.get(i), g2.get(j))) {
          return false;
        }
      } else {
        return intersectSpecial(g1.subList(i, g1.size()), g2.subList(j, g2.size()));
      }
    }
    return i == g1.size() && j == g2.size();
  }

  private static boolean intersectSpecial(List<Token> g1, List<Token> g2) {
    if (g1.get(0).flag != NONE) {
      return g1.get(0).flag == PLUS ? intersectPlus(g1, g2) : intersectStar(g1, g2);
    }
    return g2.get(0).flag == PLUS ? intersectPlus(g2, g1) : intersectStar(g2, g1);
  }

  private static boolean intersectPlus(List<Token> plussed, List<Token> other) {
    if (other.isEmpty()) {
      // Go indexes past the end here and panics; no intersection is the safe answer.
      return false;
    }
    if (!match(plussed.get(0), other.get(0))) {
      return false;
    }
    if (intersectStar(plussed, other.subList(1, other.size()))) {
      return true;
    }
    return other.get(0).flag != NONE && intersectNormal(plussed.subList(1, plussed.size()), other);
  }

  private static boolean intersectStar(List<Token> starred, List<Token> other) {
    Token starToken = starred.get(0);
    Token nextToken = starred.size() > 1 ? starred.get(1) : null;
    for (int i = 0; i < other.size(); i++) {
      Token t = other.get(i);
      if (nextToken != null && match(t, nextToken)) {
        if (intersectNormal(starred.subList(1, starred.size()), other.subList(i, other.size()))) {
          return true;
        }
        if (!match(t, starToken)) {
          return false;
        }
      } else if (!match(t, starToken)) {
        return false;
      }
    }
    return nextToken == null;
  }

  private static boolean match(Token t1, Token t2) {
    if (t1.type > t2.type) {
      Token t = t1;
      t1 = t2;
      t2 = t;
    }
    if (t1.type == CHAR) {
      return switch (t2.type) {
        case CHAR -> t1.rune == t2.rune;
        case DOT -> true;
        default -> t2.runes.contains(t1.rune);
      };
    }
    if (t1.type == DOT) {
      return true;
    }
    for (Integer r : t1.runes) {
      if (t2.runes.contains(r)) {
        return true;
      }
    }
    return false;
  }

  // ---- tokenizer ----

  private static List<Token> glob(String input) {
    int[] in = TextArgs.runes(input);
    List<Token> tokens = new ArrayList<>();
    int[] pos = {0};
    while (pos[0] < in.length) {
      tokens.add(nextToken(pos, in, input));
    }
    return simplify(tokens);
  }

  private static List<Token> simplify(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return tokens;
    }
    List<Token> simple = new ArrayList<>();
    simple.add(tokens.get(0));
    Token latest = tokens.get(0);
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.flag != NONE && latest.flag != NONE && t.sameAs(latest)) {
        simple.get(simple.size() - 1).flag = t.flag == PLUS || latest.flag == PLUS ? PLUS : STAR;
        continue;
      }
      latest = t;
      simple.add(t);
    }
    return simple;
  }

  /** A rune and whether it was escaped; advances pos. */
  private static int[] nextRune(int[] pos, int[] in, String input) {
    int i = pos[0];
    if (in[i] == '\\') {
      if (i == in.length - 1) {
        throw invalid(input, i, "input ends with a \\ (escape) character");
      }
      pos[0] = i + 2;
      return new int[] {in[i + 1], 1};
    }
    pos[0] = i + 1;
    return new int[] {in[i], 0};
  }

  private static Token nextToken(int[] pos, int[] in, String input) {
    int[] r = nextRune(pos, in, input);
    Token token;
    if (r[1] == 0 && r[0] == '.') {
      token = new Token(DOT, 0, null);
    } else if (r[1] == 0 && r[0] == ']') {
      throw invalid(input, pos[0], "set-close ']' with no preceding '['");
    } else if (r[1] == 0 && r[0] == '[') {
      token = nextSet(pos, in, input);
    } else if (r[1] == 0 && (r[0] == '+' || r[0] == '*')) {
      throw invalid(input, pos[0], "flag '" + new String(Character.toChars(r[0])) + "' must be preceded by a non-flag");
    } else {
      token = new Token(CHAR, r[0], null);
    }
    // An optional flag.
    if (pos[0] < in.length) {
      int save = pos[0];
      int[] f = nextRune(pos, in, input);
      if (f[1] == 0 && f[0] == '+') {
        token.flag = PLUS;
      } else if (f[1] == 0 && f[0] == '*') {
        token.flag = STAR;
      } else {
        pos[0] = save;
      }
    }
    return token;
  }

  private static Token nextSet(int[] pos, int[] in, String input) {
    Set<Integer> runes = new HashSet<>();
    boolean complete = false;
    boolean prevExists = false;
    int prev = 0;
    while (pos[0] < in.length) {
      int[] r = nextRune(pos, in, input);
      if (r[1] == 0 && r[0] == '-') {
        if (!prevExists) {
          throw invalid(input, pos[0], "range character '-' must be preceded by a Unicode character");
        }
        if (pos[0] >= in.length - 1) {
          throw invalid(input, pos[0], "range character '-' must be followed by a Unicode character");
        }
        int[] hi = nextRune(pos, in, input);
        if (hi[1] == 0 && (hi[0] == ']' || hi[0] == '-')) {
          throw invalid(input, pos[0], "range character '-' cannot be followed by a special symbol");
        }
        if (hi[0] < prev) {
          throw invalid(input, pos[0], "range is out of order: '" + new String(Character.toChars(hi[0]))
              + "' comes before '" + new String(Character.toChars(prev)) + "' in Unicode");
        }
        for (int x = prev; x <= hi[0]; x++) {
          runes.add(x);
        }
        prevExists = false;
      } else if (r[1] == 0 && r[0] == ']') {
        complete = true;
        break;
      } else {
        runes.add(r[0]);
        prev = r[0];
        prevExists = true;
      }
    }
    if (!complete) {
      throw invalid(input, pos[0], "found [ without matching ]");
    }
    return new Token(SET, 0, runes);
  }

  private static BuiltinException invalid(String input, int index, String message) {
    return new BuiltinException("input:" + input + ", pos:" + index + ", " + message
        + ": the input provided is invalid");
  }
}
