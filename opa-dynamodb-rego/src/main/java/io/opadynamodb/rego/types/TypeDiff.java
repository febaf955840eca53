package io.opadynamodb.rego.types;

import io.opadynamodb.rego.types.FunctionType.FuncArgs;
import io.opadynamodb.rego.types.ObjectType.DynamicProperty;
import io.opadynamodb.rego.types.ObjectType.StaticProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders types in type error details that would otherwise be too wide, eliding nested parts that
 * do not explain the mismatch (port of OPA's {@code check_elide.go}).
 */
final class TypeDiff {
  private TypeDiff() {}

  static final String ELISION = "...";
  static final int MAX_LINE_WIDTH = 80;
  private static final int MAX_ELIDED_WIDTH = 32;
  private static final int MAX_DEPTH = 8;

  static boolean tooWide(String... lines) {
    for (String l : lines) {
      if (l.codePointCount(0, l.length()) > MAX_LINE_WIDTH) {
        return true;
      }
    }
    return false;
  }

  /** Both types with equal parts elided: [left, right]. */
  static String[] sprintDiff(Type a, Type b) {
    return diff(a, b, 0);
  }

  static String sprintElided(Type t, int depth) {
    if (depth < 0 || t == null) {
      return Types.sprint(t);
    }
    if (t instanceof NamedType n) {
      return n.name() + ": " + sprintElided(n.type(), depth);
    }
    if (t instanceof SetType s) {
      if (s.of() == null) {
        return s.toString();
      }
      return depth == 0 ? "set[" + ELISION + "]" : "set[" + sprintElided(s.of(), depth - 1) + "]";
    }
    if (t instanceof ArrayType a) {
      List<String> statics = new ArrayList<>();
      if (depth == 0 && a.len() > 0) {
        statics.add(ELISION);
      } else {
        for (int i = 0; i < a.len(); i++) {
          statics.add(sprintElided(a.select(i), depth - 1));
        }
      }
      String dyn = "";
      if (a.dynamic() != null) {
        dyn = depth == 0 ? ELISION : sprintElided(a.dynamic(), depth - 1);
      }
      return composite("array", statics, dyn);
    }
    if (t instanceof ObjectType o) {
      List<String> statics = new ArrayList<>();
      if (depth == 0 && o.len() > 0) {
        statics.add(ELISION);
      } else {
        for (StaticProperty p : o.statics()) {
          statics.add(property(p, sprintElided(p.value(), depth - 1)));
        }
      }
      String dyn = "";
      if (o.dynamic() != null) {
        dyn = depth == 0 ? ELISION
            : sprintElided(o.dynamic().key(), depth - 1) + ": " + sprintElided(o.dynamic().value(), depth - 1);
      }
      return composite("object", statics, dyn);
    }
    if (t instanceof AnyType any) {
      if (any.isAny()) {
        return any.toString();
      }
      if (depth == 0) {
        return anyOf(List.of(ELISION));
      }
      List<String> of = new ArrayList<>();
      for (Type m : any.of()) {
        of.add(sprintElided(m, depth - 1));
      }
      return anyOf(of);
    }
    if (t instanceof FunctionType f) {
      FuncArgs args = f.funcArgs();
      List<String> params = new ArrayList<>();
      if (depth == 0) {
        if (!args.args().isEmpty() || args.variadic() != null) {
          params.add(ELISION);
        }
        return function(params, f.unnamedResult() == null ? Types.sprint(null) : ELISION);
      }
      for (Type a : args.args()) {
        params.add(sprintElided(a, depth - 1));
      }
      if (args.variadic() != null) {
        params.add(sprintElided(args.variadic(), depth - 1) + "...");
      }
      return function(params, sprintElided(f.unnamedResult(), depth - 1));
    }
    return t.toString();
  }

  /** The type in full when short, else collapsed to its outermost constructor. */
  static String elide(Type t) {
    String full = Types.sprint(t);
    if (full.codePointCount(0, full.length()) <= MAX_ELIDED_WIDTH) {
      return full;
    }
    return sprintElided(t, 0);
  }

  private static boolean equal(Type a, Type b) {
    return Types.sprint(a).equals(Types.sprint(b));
  }

  private static String[] diff(Type a, Type b, int depth) {
    if (a instanceof NamedType n) {
      String[] r = diff(n.type(), b, depth);
      return new String[] {n.name() + ": " + r[0], r[1]};
    }
    if (b instanceof NamedType n) {
      String[] r = diff(a, n.type(), depth);
      return new String[] {r[0], n.name() + ": " + r[1]};
    }
    if (depth >= MAX_DEPTH || a == null || b == null || equal(a, b)) {
      return new String[] {elide(a), elide(b)};
    }
    if (a instanceof SetType sa && b instanceof SetType sb && sa.of() != null && sb.of() != null) {
      String[] r = diff(sa.of(), sb.of(), depth + 1);
      return new String[] {"set[" + r[0] + "]", "set[" + r[1] + "]"};
    }
    if (a instanceof ArrayType aa && b instanceof ArrayType ab) {
      return diffArrays(aa, ab, depth);
    }
    if (a instanceof ObjectType oa && b instanceof ObjectType ob) {
      return diffObjects(oa, ob, depth);
    }
    if (a instanceof AnyType aa && b instanceof AnyType ab) {
      return diffAnys(aa, ab);
    }
    if (a instanceof FunctionType fa && b instanceof FunctionType fb && fa.arity() == fb.arity()) {
      return diffFunctions(fa, fb, depth);
    }
    return new String[] {elide(a), elide(b)};
  }

  private static String[] diffArrays(ArrayType a, ArrayType b, int depth) {
    if (a.len() != b.len() || (a.dynamic() == null) != (b.dynamic() == null)) {
      return new String[] {sprintElided(a, 1), sprintElided(b, 1)};
    }
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    for (int i = 0; i < a.len(); i++) {
      String[] r = diff(a.select(i), b.select(i), depth + 1);
      left.add(r[0]);
      right.add(r[1]);
    }
    String dl = "";
    String dr = "";
    if (a.dynamic() != null) {
      String[] r = diff(a.dynamic(), b.dynamic(), depth + 1);
      dl = r[0];
      dr = r[1];
    }
    return new String[] {composite("array", left, dl), composite("array", right, dr)};
  }

  private static String[] diffObjects(ObjectType a, ObjectType b, int depth) {
    List<StaticProperty> ap = a.statics();
    List<StaticProperty> bp = b.statics();
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    boolean elided = false;
    int i = 0;
    int j = 0;
    while (i < ap.size() || j < bp.size()) {
      if (j == bp.size()) {
        left.add(property(ap.get(i), elide(ap.get(i).value())));
        i++;
      } else if (i == ap.size()) {
        right.add(property(bp.get(j), elide(bp.get(j).value())));
        j++;
      } else {
        int c = ap.get(i).key().compareTo(bp.get(j).key());
        if (c < 0) {
          left.add(property(ap.get(i), elide(ap.get(i).value())));
          i++;
        } else if (c > 0) {
          right.add(property(bp.get(j), elide(bp.get(j).value())));
          j++;
        } else {
          if (equal(ap.get(i).value(), bp.get(j).value())) {
            elided = true;
          } else {
            String[] r = diff(ap.get(i).value(), bp.get(j).value(), depth + 1);
            left.add(property(ap.get(i), r[0]));
            right.add(property(bp.get(j), r[1]));
          }
          i++;
          j++;
        }
      }
    }
    DynamicProperty ad = a.dynamic();
    DynamicProperty bd = b.dynamic();
    String dl = "";
    String dr = "";
    if (ad != null && bd != null) {
      String[] k = diff(ad.key(), bd.key(), depth + 1);
      String[] v = diff(ad.value(), bd.value(), depth + 1);
      dl = k[0] + ": " + v[0];
      dr = k[1] + ": " + v[1];
    } else if (ad != null) {
      dl = elide(ad.key()) + ": " + elide(ad.value());
    } else if (bd != null) {
      dr = elide(bd.key()) + ": " + elide(bd.value());
    }
    return new String[] {composite("object", withElision(left, elided), dl),
        composite("object", withElision(right, elided), dr)};
  }

  private static String[] diffAnys(AnyType a, AnyType b) {
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    boolean elided = false;
    for (Type t : a.of()) {
      if (containsType(b, t)) {
        elided = true;
      } else {
        left.add(elide(t));
      }
    }
    for (Type t : b.of()) {
      if (!containsType(a, t)) {
        right.add(elide(t));
      }
    }
    return new String[] {anyOf(withElision(left, elided)), anyOf(withElision(right, elided))};
  }

  private static String[] diffFunctions(FunctionType a, FunctionType b, int depth) {
    FuncArgs aa = a.funcArgs();
    FuncArgs ba = b.funcArgs();
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    for (int i = 0; i < aa.args().size(); i++) {
      String[] r = diff(aa.args().get(i), ba.args().get(i), depth + 1);
      left.add(r[0]);
      right.add(r[1]);
    }
    if (aa.variadic() != null && ba.variadic() != null) {
      String[] r = diff(aa.variadic(), ba.variadic(), depth + 1);
      left.add(r[0] + "...");
      right.add(r[1] + "...");
    } else if (aa.variadic() != null) {
      left.add(elide(aa.variadic()) + "...");
    } else if (ba.variadic() != null) {
      right.add(elide(ba.variadic()) + "...");
    }
    String[] res = diff(a.unnamedResult(), b.unnamedResult(), depth + 1);
    return new String[] {function(left, res[0]), function(right, res[1])};
  }

  private static boolean containsType(AnyType haystack, Type needle) {
    for (Type t : haystack.of()) {
      if (equal(t, needle)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> withElision(List<String> parts, boolean elided) {
    if (elided) {
      parts.add(ELISION);
    }
    return parts;
  }

  private static String property(StaticProperty p, String value) {
    return GoFormat.value(p.key()) + ": " + value;
  }

  private static String composite(String prefix, List<String> statics, String dynamic) {
    StringBuilder sb = new StringBuilder(prefix);
    if (!statics.isEmpty()) {
      sb.append('<').append(String.join(", ", statics)).append('>');
    }
    if (!dynamic.isEmpty()) {
      sb.append('[').append(dynamic).append(']');
    }
    return sb.toString();
  }

  private static String anyOf(List<String> of) {
    return of.isEmpty() ? "any" : "any<" + String.join(", ", of) + ">";
  }

  private static String function(List<String> args, String result) {
    return "(" + String.join(", ", args) + ") => " + result;
  }
}
