package io.opadynamodb.rego.types;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.types.ObjectType.DynamicProperty;
import io.opadynamodb.rego.types.ObjectType.StaticProperty;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The types known while checking: built-in functions, rules (by path), the input document (when a
 * schema gives it a type) and local variables. Environments are layered: a wrapped environment
 * falls back to the one it wraps (OPA's {@code TypeEnv}).
 */
public final class TypeEnv {
  TypeTree tree;
  /** Where types inferred for variables are stored (differs from tree only for with-layers). */
  TypeTree vars;
  TypeEnv next;
  Supplier<TypeChecker> newChecker;
  /** Arity of the rules checked into this environment, by dotted path (for calls in later queries). */
  Map<String, Integer> ruleArities = Map.of();

  private TypeEnv(Supplier<TypeChecker> newChecker) {
    this.tree = new TypeTree(null);
    this.vars = tree;
    this.newChecker = newChecker;
  }

  private TypeEnv(TypeEnv other) {
    this.tree = other.tree;
    this.vars = other.vars;
    this.next = other.next;
    this.newChecker = other.newChecker;
    this.ruleArities = other.ruleArities;
  }

  /** The arity of the rule at {@code path} known to this environment, or null. */
  Integer ruleArity(String path) {
    for (TypeEnv e = this; e != null; e = e.next) {
      Integer a = e.ruleArities.get(path);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /** An environment holding the given built-in declarations, with {@code input} of any type. */
  public static TypeEnv of(BuiltinDecls decls) {
    return of(decls, null);
  }

  /** An environment holding the built-ins, with {@code input} typed by {@code inputType} when not null. */
  public static TypeEnv of(BuiltinDecls decls, Type inputType) {
    TypeEnv env = new TypeEnv(TypeChecker::new);
    if (inputType != null) {
      env.tree.put(List.of(new Var("input", null)), inputType);
    }
    for (Map.Entry<String, FunctionType> e : decls.all().entrySet()) {
      env.tree.put(builtinPath(e.getKey()), e.getValue());
    }
    return env;
  }

  static TypeEnv empty(Supplier<TypeChecker> factory) {
    return new TypeEnv(factory);
  }

  private static List<Term> builtinPath(String name) {
    String[] parts = name.split("\\.");
    List<Term> path = new ArrayList<>();
    path.add(new Var(parts[0], null));
    for (int i = 1; i < parts.length; i++) {
      path.add(new Scalar(StringValue.of(parts[i]), null));
    }
    return path;
  }

  /** The type of the rule, function, built-in or document at {@code ref}; null when unknown. */
  public Type typeOf(Ref ref) {
    return getByRef(ref);
  }

  TypeEnv wrap() {
    TypeEnv cpy = new TypeEnv(this);
    cpy.next = this;
    cpy.tree = new TypeTree(null);
    cpy.vars = cpy.tree;
    return cpy;
  }

  TypeEnv wrapWith() {
    TypeEnv cpy = wrap();
    cpy.vars = this.vars;
    return cpy;
  }

  /** The type of a term. */
  Type getByValue(Term t) {
    if (t instanceof Scalar s) {
      Value v = s.value();
      if (v instanceof NullValue) {
        return Types.NL;
      } else if (v instanceof BooleanValue) {
        return Types.B;
      } else if (v instanceof NumberValue) {
        return Types.N;
      }
      return Types.S;
    }
    if (t instanceof ArrayTerm a) {
      List<Type> statics = new ArrayList<>();
      for (Term e : a.elements()) {
        statics.add(getByValue(e));
      }
      return new ArrayType(statics, null);
    }
    if (t instanceof ObjectTerm o) {
      List<StaticProperty> statics = new ArrayList<>();
      DynamicProperty dyn = null;
      for (ObjectTerm.Entry e : o.entries()) {
        Value k = Terms.constant(e.key());
        if (k != null) {
          statics.add(new StaticProperty(k, getByValue(e.value())));
        } else {
          dyn = new DynamicProperty(getByValue(e.key()), getByValue(e.value()));
        }
      }
      return new ObjectType(statics, dyn);
    }
    if (t instanceof SetTerm s) {
      Type tpe = null;
      for (Term e : s.elements()) {
        tpe = Types.or(tpe, getByValue(e));
      }
      return new SetType(tpe);
    }
    if (t instanceof ArrayComprehension c) {
      TypeChecker.Result r = newChecker.get().checkBody(this, c.body());
      return r.errors().isEmpty() ? new ArrayType(List.of(), r.env().getByValue(c.head())) : null;
    }
    if (t instanceof SetComprehension c) {
      TypeChecker.Result r = newChecker.get().checkBody(this, c.body());
      return r.errors().isEmpty() ? new SetType(r.env().getByValue(c.head())) : null;
    }
    if (t instanceof ObjectComprehension c) {
      TypeChecker.Result r = newChecker.get().checkBody(this, c.body());
      return r.errors().isEmpty()
          ? new ObjectType(List.of(), new DynamicProperty(r.env().getByValue(c.key()), r.env().getByValue(c.value())))
          : null;
    }
    if (t instanceof Ref r) {
      return getByRef(r);
    }
    if (t instanceof Var v) {
      TypeTree node = tree.child(new Terms.VarKey(v.name()));
      if (node != null) {
        return node.value;
      }
      return next != null ? next.getByValue(t) : null;
    }
    if (t instanceof Call) {
      return null;
    }
    return null;
  }

  /** The type of a tree key (a variable or a constant) as a term would have it. */
  Type getByKey(Object key) {
    if (key instanceof Terms.VarKey v) {
      return getByValue(new Var(v.name(), null));
    }
    return key instanceof Value v ? Types.typeOf(v) : null;
  }

  Type getByRef(Ref ref) {
    TypeTree node = tree.child(ref.head());
    if (node == null) {
      return getRefFallback(ref);
    }
    return getRefRec(node, ref, 1);
  }

  private Type getRefFallback(Ref ref) {
    if (next != null) {
      return next.getByRef(ref);
    }
    if (Terms.isRootDocument(ref.head())) {
      return Types.A;
    }
    return null;
  }

  private Type getRefRec(TypeTree node, Ref ref, int i) {
    if (i == ref.size()) {
      return getRefRecExtent(node);
    }
    if (node.leaf()) {
      if (!node.children.isEmpty()) {
        TypeTree child = node.child(ref.get(i));
        if (child != null) {
          return getRefRec(child, ref, i + 1);
        }
      }
      return selectRef(node.value, ref, i);
    }
    if (!Terms.isConstant(ref.get(i))) {
      return selectRef(getRefRecExtent(node), ref, i);
    }
    TypeTree child = node.child(ref.get(i));
    if (child == null) {
      return getRefFallback(ref);
    }
    return getRefRec(child, ref, i + 1);
  }

  Type getRefRecExtent(TypeTree node) {
    if (node.leaf()) {
      return node.value;
    }
    List<StaticProperty> children = new ArrayList<>();
    for (Map.Entry<Object, TypeTree> e : node.children.entrySet()) {
      Type tpe = getRefRecExtent(e.getValue());
      if (e.getKey() instanceof StringValue || e.getKey() instanceof NumberValue
          || e.getKey() instanceof BooleanValue) {
        children.add(new StaticProperty((Value) e.getKey(), tpe));
      }
    }
    return new ObjectType(children, new DynamicProperty(Types.S, Types.A));
  }

  /** The type of the nested attribute selected by {@code ref[i:]}. */
  static Type selectRef(Type tpe, Ref ref, int i) {
    if (tpe == null || i >= ref.size()) {
      return tpe;
    }
    Term head = ref.get(i);
    if (head instanceof Var || head instanceof Ref || head instanceof ArrayTerm || head instanceof ObjectTerm
        || head instanceof SetTerm) {
      if (isEmptyCollectionType(tpe)) {
        return Types.A;
      }
      return selectRef(Types.values(tpe), ref, i + 1);
    }
    return selectRef(selectConstant(tpe, head), ref, i + 1);
  }

  static Type selectConstant(Type tpe, Term term) {
    Value v = Terms.constant(term);
    return v == null ? null : Types.select(tpe, v);
  }

  /** True for the type of a collection that can hold nothing. */
  static boolean isEmptyCollectionType(Type tpe) {
    tpe = Types.unwrap(tpe);
    if (tpe instanceof ObjectType o) {
      return o.statics().isEmpty() && o.dynamic() == null;
    }
    if (tpe instanceof ArrayType a) {
      return a.len() == 0 && a.dynamic() == null;
    }
    if (tpe instanceof SetType s) {
      return s.of() == null;
    }
    return false;
  }

  /** Inserts a rule's type at {@code path}, merging into object types along the path. */
  void insert(List<Term> path, Type tpe) {
    List<Object> keys = new ArrayList<>();
    for (Term t : path) {
      keys.add(Terms.key(t));
    }
    insertKeys(tree, keys, tpe);
  }

  private void insertKeys(TypeTree root, List<Object> path, Type tpe) {
    TypeTree curr = root;
    for (int i = 0; i < path.size(); i++) {
      Object k = path.get(i);
      if (k == null) {
        return;
      }
      TypeTree child = curr.children.get(k);
      if (child == null) {
        child = new TypeTree(k);
        curr.children.put(k, child);
      } else if (child.value != null && i + 1 < path.size()) {
        if (child.value instanceof ObjectType o) {
          child.value = insertIntoObject(o, path.subList(i + 1, path.size()), tpe);
        }
      }
      curr = child;
    }
    curr.value = mergeTypes(curr.value, tpe);
    if (tpe instanceof ObjectType && curr.value instanceof ObjectType && !curr.children.isEmpty()) {
      Type cv = curr.value;
      for (Map.Entry<List<Object>, Type> leaf : curr.leafs()) {
        if (cv instanceof ObjectType co) {
          cv = insertIntoObject(co, leaf.getKey(), leaf.getValue());
        }
      }
      curr.value = cv;
    }
  }

  private ObjectType insertIntoObject(ObjectType o, List<Object> path, Type tpe) {
    if (path.isEmpty()) {
      return o;
    }
    Type key = getByKey(path.get(0));
    Type value = path.size() == 1 ? tpe : insertIntoObject(new ObjectType(List.of(), null), path.subList(1, path.size()), tpe);
    DynamicProperty dyn;
    if (o.dynamic() != null) {
      dyn = new DynamicProperty(Types.or(o.dynamic().key(), key), Types.or(o.dynamic().value(), value));
    } else {
      dyn = new DynamicProperty(key, value);
    }
    return new ObjectType(o.statics(), dyn);
  }

  /** Merges the types of rules sharing a path (OPA's {@code mergeTypes}). */
  static Type mergeTypes(Type a, Type b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (a instanceof ObjectType oa) {
      DynamicProperty aDyn = oa.dynamic();
      if (b instanceof ObjectType ob && oa.statics().isEmpty() && ob.statics().isEmpty()) {
        DynamicProperty bDyn = ob.dynamic();
        if (aDyn == null) {
          return ob;
        }
        if (bDyn == null) {
          return oa;
        }
        return new ObjectType(List.of(),
            new DynamicProperty(Types.or(aDyn.key(), bDyn.key()), mergeTypes(aDyn.value(), bDyn.value())));
      } else if (b instanceof AnyType bAny && oa.statics().isEmpty() && aDyn != null) {
        List<Type> members = new ArrayList<>(bAny.of());
        for (int i = 0; i < members.size(); i++) {
          if (members.get(i) instanceof ObjectType tObj && tObj.statics().isEmpty() && tObj.dynamic() != null) {
            // OPA mutates the member's dynamic property in place.
            members.set(i, new ObjectType(List.of(), new DynamicProperty(
                Types.or(tObj.dynamic().key(), aDyn.key()), Types.or(tObj.dynamic().value(), aDyn.value()))));
            return new AnyType(members);
          }
        }
      }
    } else if (a instanceof SetType sa) {
      if (b instanceof SetType sb) {
        return new SetType(Types.or(sa.of(), sb.of()));
      }
    } else if (a instanceof AnyType) {
      if (!(b instanceof AnyType)) {
        return mergeTypes(b, a);
      }
    }
    return Types.or(a, b);
  }
}
