package io.opadynamodb.rego.types;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.TermPrinter;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.Value;

/**
 * Unification of terms with types: checks compatibility and infers the types of variables
 * (OPA's {@code unify1}, {@code unify2}, {@code unifies}).
 */
final class Unifier {
  private Unifier() {}

  /** True when the two types are compatible. */
  static boolean unifies(Type a, Type b) {
    a = Types.unwrap(a);
    b = Types.unwrap(b);
    if (a == null || b == null) {
      return false;
    }
    boolean anyA = a instanceof AnyType;
    boolean anyB = b instanceof AnyType;
    if (anyA && unifiesAny((AnyType) a, b)) {
      return true;
    }
    if (anyB && unifiesAny((AnyType) b, a)) {
      return true;
    }
    if (anyA || anyB) {
      return false;
    }
    if (a instanceof NullType) {
      return b instanceof NullType;
    } else if (a instanceof BooleanType) {
      return b instanceof BooleanType;
    } else if (a instanceof NumberType) {
      return b instanceof NumberType;
    } else if (a instanceof StringType) {
      return b instanceof StringType;
    } else if (a instanceof ArrayType arrA) {
      return b instanceof ArrayType arrB && unifiesArrays(arrA, arrB);
    } else if (a instanceof ObjectType objA) {
      return b instanceof ObjectType objB && unifiesObjects(objA, objB);
    } else if (a instanceof SetType setA) {
      if (!(b instanceof SetType setB)) {
        return false;
      }
      if (setA.of() == null || setB.of() == null) {
        return true;
      }
      return unifies(Types.values(setA), Types.values(setB));
    } else if (a instanceof FunctionType fa) {
      if (!(b instanceof FunctionType fb) || fa.arity() != fb.arity()) {
        return false;
      }
      FunctionType.FuncArgs aa = fa.funcArgs();
      FunctionType.FuncArgs ba = fb.funcArgs();
      for (int i = 0; i < aa.args().size(); i++) {
        if (!unifies(aa.arg(i), ba.arg(i))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean unifiesAny(AnyType a, Type b) {
    if (b instanceof FunctionType) {
      return false;
    }
    for (Type t : a.of()) {
      if (unifies(t, b)) {
        return true;
      }
    }
    return a.isAny();
  }

  private static boolean unifiesArrays(ArrayType a, ArrayType b) {
    if (!unifiesArraysStatic(a, b) || !unifiesArraysStatic(b, a)) {
      return false;
    }
    return a.dynamic() == null || b.dynamic() == null || unifies(a.dynamic(), b.dynamic());
  }

  private static boolean unifiesArraysStatic(ArrayType a, ArrayType b) {
    for (int i = 0; i < a.len(); i++) {
      if (!unifies(a.select(i), b.select(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean unifiesObjects(ObjectType a, ObjectType b) {
    if (!unifiesObjectsStatic(a, b) || !unifiesObjectsStatic(b, a)) {
      return false;
    }
    return a.dynamicValue() == null || b.dynamicValue() == null || unifies(a.dynamicValue(), b.dynamicValue());
  }

  private static boolean unifiesObjectsStatic(ObjectType a, ObjectType b) {
    for (Value k : a.keys()) {
      Type tb = b.select(k);
      if (tb == null) {
        if (a.dynamicValue() != null || b.dynamicValue() != null) {
          continue;
        }
        return false;
      }
      if (!unifies(a.select(k), tb)) {
        return false;
      }
    }
    return true;
  }

  /** Unifies a term with a type, inferring variable types into {@code env}. */
  static boolean unify1(TypeEnv env, Term term, Type tpe, boolean union) {
    tpe = Types.unwrap(tpe);
    if (term instanceof ArrayTerm arr) {
      if (tpe instanceof ArrayType at) {
        return unify1Array(env, arr, at, union);
      }
      if (tpe instanceof AnyType any) {
        if (any.isAny()) {
          for (Term e : arr.elements()) {
            unify1(env, e, Types.A, true);
          }
          return true;
        }
        return unify1Members(env, term, any);
      }
      return false;
    }
    if (term instanceof ObjectTerm obj) {
      if (tpe instanceof ObjectType ot) {
        return unify1Object(env, obj, ot, union);
      }
      if (tpe instanceof AnyType any) {
        if (any.isAny()) {
          for (ObjectTerm.Entry e : obj.entries()) {
            unify1(env, e.key(), Types.A, true);
            unify1(env, e.value(), Types.A, true);
          }
          return true;
        }
        return unify1Members(env, term, any);
      }
      return false;
    }
    if (term instanceof SetTerm set) {
      if (tpe instanceof SetType st) {
        Type of = Types.values(st);
        for (Term e : set.elements()) {
          if (!unify1(env, e, of, union)) {
            return false;
          }
        }
        return true;
      }
      if (tpe instanceof AnyType any) {
        if (any.isAny()) {
          for (Term e : set.elements()) {
            unify1(env, e, Types.A, true);
          }
          return true;
        }
        return unify1Members(env, term, any);
      }
      return false;
    }
    if (term instanceof Ref || term instanceof ArrayComprehension || term instanceof SetComprehension
        || term instanceof ObjectComprehension) {
      return unifies(env.getByValue(term), tpe);
    }
    if (term instanceof Var) {
      if (!union) {
        Type exist = env.getByValue(term);
        if (exist != null) {
          return unifies(exist, tpe);
        }
        env.vars.putOne(term, tpe);
      } else {
        env.vars.putOne(term, Types.or(env.getByValue(term), tpe));
      }
      return true;
    }
    if (term instanceof io.opadynamodb.rego.ast.Call) {
      return true;
    }
    return unifies(env.getByValue(term), tpe);
  }

  private static boolean unify1Members(TypeEnv env, Term term, AnyType any) {
    boolean unifies = false;
    for (Type t : any.of()) {
      unifies = unify1(env, term, t, true) || unifies;
    }
    return unifies;
  }

  private static boolean unify1Array(TypeEnv env, ArrayTerm val, ArrayType tpe, boolean union) {
    if (val.elements().size() != tpe.len() && tpe.dynamic() == null) {
      return false;
    }
    for (int i = 0; i < val.elements().size(); i++) {
      if (!unify1(env, val.elements().get(i), tpe.select(i), union)) {
        return false;
      }
    }
    return true;
  }

  private static boolean unify1Object(TypeEnv env, ObjectTerm val, ObjectType tpe, boolean union) {
    if (val.entries().size() != tpe.len() && tpe.dynamicValue() == null) {
      return false;
    }
    for (ObjectTerm.Entry e : val.entries()) {
      Value k = Terms.constant(e.key());
      if (k != null) {
        Type child = Types.select(tpe, k);
        if (child == null || !unify1(env, e.value(), child, union)) {
          return false;
        }
      } else {
        unify1(env, e.value(), Types.A, union);
      }
    }
    return true;
  }

  /** Unifies two terms of known (possibly unknown) types. */
  static boolean unify2(TypeEnv env, Term a, Type typeA, Term b, Type typeB) {
    boolean nilA = Types.isNil(typeA);
    boolean nilB = Types.isNil(typeB);
    if (nilA && !nilB) {
      return unify1(env, a, typeB, false);
    } else if (nilB && !nilA) {
      return unify1(env, b, typeA, false);
    } else if (!nilA && !nilB) {
      return unifies(typeA, typeB);
    }
    if (a instanceof ArrayTerm) {
      return unify2Array(env, (ArrayTerm) a, b);
    } else if (a instanceof ObjectTerm) {
      return unify2Object(env, (ObjectTerm) a, b);
    } else if (a instanceof Var) {
      if (b instanceof Var) {
        return unify1(env, a, Types.A, false) && unify1(env, b, env.getByValue(a), false);
      } else if (b instanceof ArrayTerm bt) {
        return unify2Array(env, bt, a);
      } else if (b instanceof ObjectTerm bt) {
        return unify2Object(env, bt, a);
      } else if (b instanceof Ref) {
        return unify1(env, a, Types.A, false);
      }
    } else if (a instanceof Ref && b instanceof Var) {
      return unify1(env, b, Types.A, false);
    }
    if (a instanceof Var && typeA == null && typeB != null) {
      return unify1(env, a, typeB, false);
    }
    if (b instanceof Var && typeB == null && typeA != null) {
      return unify1(env, b, typeA, false);
    }
    return false;
  }

  private static boolean unify2Array(TypeEnv env, ArrayTerm a, Term b) {
    if (b instanceof ArrayTerm bv) {
      if (a.elements().size() == bv.elements().size()) {
        for (int i = 0; i < a.elements().size(); i++) {
          Term x = a.elements().get(i);
          Term y = bv.elements().get(i);
          if (!unify2(env, x, env.getByValue(x), y, env.getByValue(y))) {
            return false;
          }
        }
        return true;
      }
    } else if (b instanceof Var) {
      return unify1(env, a, Types.A, false) && unify1(env, b, env.getByValue(a), false);
    }
    return false;
  }

  private static boolean unify2Object(TypeEnv env, ObjectTerm a, Term b) {
    if (b instanceof ObjectTerm bv) {
      int common = 0;
      for (ObjectTerm.Entry ea : a.entries()) {
        for (ObjectTerm.Entry eb : bv.entries()) {
          if (sameKey(ea.key(), eb.key())) {
            common++;
            break;
          }
        }
      }
      if (a.entries().size() == bv.entries().size() && bv.entries().size() == common) {
        for (ObjectTerm.Entry ea : a.entries()) {
          for (ObjectTerm.Entry eb : bv.entries()) {
            if (sameKey(ea.key(), eb.key())) {
              if (!unify2(env, ea.value(), env.getByValue(ea.value()), eb.value(), env.getByValue(eb.value()))) {
                return false;
              }
              break;
            }
          }
        }
        return true;
      }
    } else if (b instanceof Var) {
      return unify1(env, a, Types.A, false) && unify1(env, b, env.getByValue(a), false);
    }
    return false;
  }

  private static boolean sameKey(Term x, Term y) {
    Value cx = Terms.constant(x);
    Value cy = Terms.constant(y);
    if (cx != null || cy != null) {
      return cx != null && cx.equals(cy);
    }
    return TermPrinter.printExact(x).equals(TermPrinter.printExact(y));
  }
}
