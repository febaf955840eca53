package io.opadynamodb.rego.types;

import io.opadynamodb.rego.types.ObjectType.DynamicProperty;
import io.opadynamodb.rego.types.ObjectType.StaticProperty;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Constructors and operations on {@link Type}s, ported from OPA's {@code types} package. A null
 * {@code Type} means "unknown" (Go's nil) throughout.
 */
public final class Types {
  private Types() {}

  /** The null type. */
  public static final Type NL = new NullType();
  /** The boolean type. */
  public static final Type B = new BooleanType();
  /** The number type. */
  public static final Type N = new NumberType();
  /** The string type. */
  public static final Type S = new StringType();
  /** {@code any}: the type of every value. */
  public static final AnyType A = new AnyType(List.of());
  /** {@code set[any]}. */
  public static final Type SET_OF_ANY = new SetType(A);

  /** {@code array[elem]}. */
  public static ArrayType arrayOf(Type elem) {
    return new ArrayType(List.of(), elem);
  }

  /** An array of exactly the given element types. */
  public static ArrayType tuple(Type... elems) {
    return new ArrayType(java.util.Arrays.asList(elems), null);
  }

  /** {@code set[elem]}. */
  public static SetType setOf(Type elem) {
    return new SetType(elem);
  }

  /** {@code object[key: value]}. */
  public static ObjectType objectOf(Type key, Type value) {
    return new ObjectType(List.of(), new DynamicProperty(key, value));
  }

  /** {@code any<types...>}. */
  public static AnyType anyOf(Type... types) {
    return AnyType.of(types);
  }

  /** A non-variadic function type. */
  public static FunctionType func(List<Type> args, Type result) {
    return FunctionType.of(args, result);
  }

  /** The type's text, or {@code ???} when unknown. */
  public static String sprint(Type t) {
    return t == null ? "???" : t.toString();
  }

  /** The type without its name. */
  public static Type unwrap(Type t) {
    return t instanceof NamedType n ? n.type() : t;
  }

  private static int order(Type t) {
    t = unwrap(t);
    if (t == null) {
      return -1;
    } else if (t instanceof NullType) {
      return 0;
    } else if (t instanceof BooleanType) {
      return 1;
    } else if (t instanceof NumberType) {
      return 2;
    } else if (t instanceof StringType) {
      return 3;
    } else if (t instanceof ArrayType) {
      return 4;
    } else if (t instanceof ObjectType) {
      return 5;
    } else if (t instanceof SetType) {
      return 6;
    } else if (t instanceof AnyType) {
      return 7;
    }
    return 8;
  }

  /** OPA's total order on types ({@code types.Compare}); 0 means the same type. */
  public static int compare(Type a, Type b) {
    a = unwrap(a);
    b = unwrap(b);
    int x = order(a);
    int y = order(b);
    if (x != y) {
      return x > y ? 1 : -1;
    }
    if (a instanceof ArrayType arrA) {
      ArrayType arrB = (ArrayType) b;
      if (arrA.dynamic() != null && arrB.dynamic() == null) {
        return 1;
      } else if (arrB.dynamic() != null && arrA.dynamic() == null) {
        return -1;
      }
      if (arrA.dynamic() != null) {
        int c = compare(arrA.dynamic(), arrB.dynamic());
        if (c != 0) {
          return c;
        }
      }
      return compareLists(arrA.statics(), arrB.statics());
    }
    if (a instanceof ObjectType objA) {
      ObjectType objB = (ObjectType) b;
      if (objA.dynamic() != null && objB.dynamic() == null) {
        return 1;
      } else if (objB.dynamic() != null && objA.dynamic() == null) {
        return -1;
      }
      if (objA.dynamic() != null) {
        int c = compare(objA.dynamic().key(), objB.dynamic().key());
        if (c != 0) {
          return c;
        }
        c = compare(objA.dynamic().value(), objB.dynamic().value());
        if (c != 0) {
          return c;
        }
      }
      int min = Math.min(objA.len(), objB.len());
      for (int i = 0; i < min; i++) {
        int c = objA.statics().get(i).key().compareTo(objB.statics().get(i).key());
        if (c != 0) {
          return c;
        }
        c = compare(objA.statics().get(i).value(), objB.statics().get(i).value());
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(objA.len(), objB.len());
    }
    if (a instanceof SetType setA) {
      SetType setB = (SetType) b;
      if (setA.of() == null && setB.of() == null) {
        return 0;
      } else if (setA.of() == null) {
        return -1;
      } else if (setB.of() == null) {
        return 1;
      }
      return compare(setA.of(), setB.of());
    }
    if (a instanceof AnyType anyA) {
      return compareLists(anyA.of(), ((AnyType) b).of());
    }
    if (a instanceof FunctionType fA) {
      FunctionType fB = (FunctionType) b;
      if (fA.arity() != fB.arity()) {
        return fA.arity() < fB.arity() ? -1 : 1;
      }
      for (int i = 0; i < fA.arity(); i++) {
        int c = compare(fA.args().get(i), fB.args().get(i));
        if (c != 0) {
          return c;
        }
      }
      int c = compare(fA.result(), fB.result());
      if (c != 0) {
        return c;
      }
      return compare(fA.variadic(), fB.variadic());
    }
    return 0;
  }

  private static int compareLists(List<Type> a, List<Type> b) {
    int min = Math.min(a.size(), b.size());
    for (int i = 0; i < min; i++) {
      int c = compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** True if {@code a} is a superset of or equal to {@code b}. */
  public static boolean contains(Type a, Type b) {
    if (unwrap(a) instanceof AnyType any) {
      return any.contains(b);
    }
    return compare(a, b) == 0;
  }

  /** The union of two types; a superset is returned unchanged. Null when only one is a function. */
  public static Type or(Type a, Type b) {
    a = unwrap(a);
    b = unwrap(b);
    if (a == null) {
      return b;
    } else if (b == null) {
      return a;
    }
    boolean fa = a instanceof FunctionType;
    boolean fb = b instanceof FunctionType;
    if (fa && fb) {
      return ((FunctionType) a).union((FunctionType) b);
    } else if (fa || fb) {
      return null;
    }
    if (a instanceof AnyType anyA) {
      return anyA.merge(b);
    }
    if (b instanceof AnyType anyB) {
      return anyB.merge(a);
    }
    if (compare(a, b) == 0) {
      return a;
    }
    return AnyType.of(a, b);
  }

  /** The type of the element or property {@code key} of {@code a}, or null. */
  public static Type select(Type a, Value key) {
    a = unwrap(a);
    if (a instanceof ArrayType arr) {
      if (!(key instanceof NumberValue n)) {
        return null;
      }
      long pos;
      try {
        pos = Long.parseLong(n.toJsonText());
      } catch (NumberFormatException e) {
        return null;
      }
      return pos > Integer.MAX_VALUE ? null : arr.select((int) pos);
    }
    if (a instanceof ObjectType obj) {
      return obj.select(key);
    }
    if (a instanceof SetType set) {
      Type tpe = typeOf(key);
      if (compare(set.of(), tpe) == 0) {
        return set.of();
      }
      if (set.of() instanceof AnyType any && any.contains(tpe)) {
        return tpe;
      }
      return null;
    }
    if (a instanceof AnyType any) {
      if (any.isAny()) {
        return A;
      }
      Type tpe = null;
      for (Type t : any.of()) {
        tpe = or(select(t, key), tpe);
      }
      return tpe;
    }
    return null;
  }

  /** The type of the keys that enumerating {@code a} yields, or null when it cannot be enumerated. */
  public static Type keys(Type a) {
    a = unwrap(a);
    if (a instanceof ArrayType) {
      return N;
    }
    if (a instanceof ObjectType obj) {
      Type tpe = null;
      for (Value k : obj.keys()) {
        tpe = or(tpe, typeOf(k));
      }
      if (obj.dynamic() != null) {
        tpe = or(tpe, obj.dynamic().key());
      }
      return tpe;
    }
    return enumerated(a, Types::keys);
  }

  /** The type of the values that enumerating {@code a} yields, or null. */
  public static Type values(Type a) {
    a = unwrap(a);
    if (a instanceof ArrayType arr) {
      Type tpe = null;
      for (Type t : arr.statics()) {
        tpe = or(tpe, t);
      }
      return or(tpe, arr.dynamic());
    }
    if (a instanceof ObjectType obj) {
      Type tpe = null;
      for (StaticProperty p : obj.statics()) {
        tpe = or(tpe, p.value());
      }
      if (obj.dynamic() != null) {
        tpe = or(tpe, obj.dynamic().value());
      }
      return tpe;
    }
    return enumerated(a, Types::values);
  }

  /**
   * The part {@link #keys} and {@link #values} share: a set yields its element type either way,
   * and a union the union of what {@code part} gives for its members.
   */
  private static Type enumerated(Type a, UnaryOperator<Type> part) {
    if (a instanceof SetType set) {
      return set.of();
    }
    if (a instanceof AnyType any) {
      if (any.isAny()) {
        return A;
      }
      Type tpe = null;
      for (Type t : any.of()) {
        tpe = or(part.apply(t), tpe);
      }
      return tpe;
    }
    return null;
  }

  /** True if the type is unknown or contains an unknown part. */
  public static boolean isNil(Type a) {
    a = unwrap(a);
    if (a == null) {
      return true;
    }
    if (a instanceof FunctionType f) {
      for (Type t : f.args()) {
        if (isNil(t)) {
          return true;
        }
      }
      return isNil(f.result());
    }
    if (a instanceof ArrayType arr) {
      for (Type t : arr.statics()) {
        if (isNil(t)) {
          return true;
        }
      }
      return arr.dynamic() != null && isNil(arr.dynamic());
    }
    if (a instanceof ObjectType obj) {
      for (StaticProperty p : obj.statics()) {
        if (isNil(p.value())) {
          return true;
        }
      }
      return obj.dynamic() != null && (isNil(obj.dynamic().key()) || isNil(obj.dynamic().value()));
    }
    if (a instanceof SetType set) {
      return isNil(set.of());
    }
    return false;
  }

  /** The type of a constant value (as OPA types the native form of a constant: sets become arrays). */
  public static Type typeOf(Value v) {
    if (v instanceof NullValue) {
      return NL;
    } else if (v instanceof BooleanValue) {
      return B;
    } else if (v instanceof StringValue) {
      return S;
    } else if (v instanceof NumberValue) {
      return N;
    } else if (v instanceof ObjectValue o) {
      List<StaticProperty> props = new ArrayList<>();
      for (int i = 0; i < o.size(); i++) {
        props.add(new StaticProperty(o.keyAt(i), typeOf(o.valueAt(i))));
      }
      return new ObjectType(props, null);
    } else if (v instanceof ArrayValue a) {
      return arrayTypeOf(a.elements());
    }
    return arrayTypeOf(((SetValue) v).elements());
  }

  private static Type arrayTypeOf(List<Value> elements) {
    List<Type> elems = new ArrayList<>();
    for (Value e : elements) {
      elems.add(typeOf(e));
    }
    return new ArrayType(elems, null);
  }
}
