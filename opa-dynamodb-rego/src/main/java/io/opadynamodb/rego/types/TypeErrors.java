package io.opadynamodb.rego.types;

import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.TermPrinter;
import io.opadynamodb.rego.types.FunctionType.FuncArgs;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Builds OPA's type errors with their exact messages and detail lines ({@code check.go}). */
final class TypeErrors {
  private TypeErrors() {}

  private static final String MATCH_ERROR_DOCS =
      "https://www.openpolicyagent.org/docs/errors/rego-type-error/match-error";

  static TypeError plain(Location loc, String message) {
    return new TypeError(loc, message, List.of(), false);
  }

  /** {@code name: msg} with {@code have: (...)} / {@code want: (...)} lines. */
  static TypeError argError(Location loc, Ref name, String msg, List<Type> have, FuncArgs want) {
    boolean nil = false;
    for (Type t : have) {
      nil |= Types.isNil(t);
    }
    return new TypeError(loc, TermPrinter.print(name) + ": " + msg, argLines(have, want), nil);
  }

  private static List<String> argLines(List<Type> have, FuncArgs want) {
    String h = "have: " + formatArgs(have);
    String w = "want: " + want;
    if (!TypeDiff.tooWide(h, w)) {
      return List.of(h, w);
    }
    List<String> haveArgs = new ArrayList<>();
    for (Type t : have) {
      haveArgs.add(TypeDiff.elide(t));
    }
    List<String> wantArgs = new ArrayList<>();
    for (Type t : want.args()) {
      wantArgs.add(TypeDiff.elide(t));
    }
    for (int i = 0; i < Math.min(haveArgs.size(), wantArgs.size()); i++) {
      Type hv = have.get(i);
      Type wt = want.args().get(i);
      if (hv != null && wt != null && Unifier.unifies(Types.unwrap(hv), Types.unwrap(wt))) {
        haveArgs.set(i, TypeDiff.elide(hv));
        wantArgs.set(i, TypeDiff.elide(wt));
      } else {
        String[] d = TypeDiff.sprintDiff(hv, wt);
        haveArgs.set(i, d[0]);
        wantArgs.set(i, d[1]);
      }
    }
    if (want.variadic() != null) {
      wantArgs.add(TypeDiff.elide(want.variadic()) + "...");
    }
    return List.of("have: (" + String.join(", ", haveArgs) + ")", "want: (" + String.join(", ", wantArgs) + ")");
  }

  private static String formatArgs(List<Type> args) {
    List<String> parts = new ArrayList<>();
    for (Type t : args) {
      parts.add(Types.sprint(t));
    }
    return "(" + String.join(", ", parts) + ")";
  }

  /** {@code match error} with {@code left  :} / {@code right :} lines. */
  static TypeError matchError(Location loc, Type left, Type right) {
    String l = "left  : " + Types.sprint(left);
    String r = "right : " + Types.sprint(right);
    if (TypeDiff.tooWide(l, r)) {
      String[] d = TypeDiff.sprintDiff(left, right);
      l = "left  : " + d[0];
      r = "right : " + d[1];
    }
    List<String> lines = new ArrayList<>(List.of(l, r));
    String kind = sharedCompositeKind(left, right);
    if (kind != null) {
      lines.add("hint  : both sides are " + kind + " but their types differ, so they can never be equal (see "
          + MATCH_ERROR_DOCS + ")");
    }
    return new TypeError(loc, "match error", lines, Types.isNil(left) || Types.isNil(right));
  }

  private static String sharedCompositeKind(Type a, Type b) {
    a = Types.unwrap(a);
    b = Types.unwrap(b);
    if (a instanceof ObjectType && b instanceof ObjectType) {
      return "objects";
    }
    if (a instanceof ArrayType && b instanceof ArrayType) {
      return "arrays";
    }
    if (a instanceof SetType && b instanceof SetType) {
      return "sets";
    }
    return null;
  }

  /** {@code undefined ref: ...} where the operand at {@code pos} is not a valid key. */
  static TypeError refErrInvalid(Location loc, Ref ref, int pos, Type have, Type want, List<Value> oneOf) {
    List<String> lines = new ArrayList<>();
    lines.add(TermPrinter.print(ref));
    int offset = pos == 0 ? 1 : utf8Len(TermPrinter.print(prefix(ref, pos))) + 1;
    String pad = " ".repeat(offset);
    lines.add(pad + "^");
    if (have != null) {
      lines.add(pad + "have (type): " + have);
    } else {
      lines.add(pad + "have: " + TermPrinter.print(ref.get(pos)));
    }
    if (oneOf != null && !oneOf.isEmpty()) {
      lines.add(pad + "want (one of): " + formatValues(oneOf));
    } else if (want == null) {
      lines.add(pad + "want (one of): []");
    } else {
      lines.add(pad + "want (type): " + want);
    }
    return new TypeError(loc, "undefined ref: " + TermPrinter.print(ref), lines, false);
  }

  /** The ref dereferences a value that has no keys (a scalar) or a function. */
  static TypeError refErrUnsupported(Location loc, Ref ref, int pos, Type have) {
    String message;
    if (have instanceof FunctionType) {
      String last = TermPrinter.print(ref.get(ref.size() - 1));
      Ref fn = last.matches(".*__local[0-9]+__.*") ? prefix(ref, ref.size() - 1) : ref;
      message = "function " + TermPrinter.print(fn) + " used as reference, not called";
    } else {
      message = "undefined ref: " + TermPrinter.print(ref);
    }
    List<String> lines = List.of(TermPrinter.print(ref), "^".repeat(utf8Len(TermPrinter.print(prefix(ref, pos + 1)))),
        "have: " + Types.sprint(have));
    return new TypeError(loc, message, lines, false);
  }

  private static Ref prefix(Ref ref, int n) {
    return new Ref(ref.terms().subList(0, Math.min(n, ref.size())), ref.location());
  }

  private static int utf8Len(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  private static String formatValues(List<Value> values) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(io.opadynamodb.rego.value.ValueFormatter.json(values.get(i)));
    }
    return sb.append(']').toString();
  }
}
