package io.opadynamodb.rego.types;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.ast.With;
import io.opadynamodb.rego.types.ObjectType.StaticProperty;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Checks the refs of an expression against the known types and infers the types of variables
 * used as ref operands (OPA's {@code refChecker}).
 */
final class RefChecker {
  private final TypeEnv env;
  private final UnaryOperator<Ref> rewriter;
  List<TypeError> errs = new ArrayList<>();

  RefChecker(TypeEnv env, UnaryOperator<Ref> rewriter) {
    this.env = env;
    this.rewriter = rewriter;
  }

  /** Visits an expression: the operands of calls, or the terms of other expressions. */
  void visitExpr(Expr e) {
    if (e instanceof Expr.CallExpr c) {
      for (Term t : c.args()) {
        visit(t);
      }
      return;
    }
    if (e instanceof Expr.TermExpr t) {
      visit(t.term());
      return;
    }
    if (e instanceof Expr.SomeExpr s) {
      for (Term t : s.symbols()) {
        visit(t);
      }
    } else if (e instanceof Expr.EveryExpr ev) {
      if (ev.key() != null) {
        visit(ev.key());
      }
      visit(ev.value());
      visit(ev.domain());
      visitBody(ev.body());
    }
    for (With w : e.with()) {
      visit(w.target());
      visit(w.value());
    }
  }

  private void visitBody(Body b) {
    for (Expr e : b.exprs()) {
      visitExpr(e);
    }
  }

  void visit(Term t) {
    if (t instanceof ArrayComprehension || t instanceof SetComprehension || t instanceof ObjectComprehension) {
      return;
    }
    if (t instanceof Ref r) {
      TypeError err = checkApply(r);
      if (err != null) {
        errs.add(err);
        return;
      }
      err = checkRef(env, env.tree, r, 0);
      if (err != null) {
        errs.add(err);
      }
      for (Term x : r.terms()) {
        visit(x);
      }
    } else if (t instanceof ArrayTerm a) {
      for (Term x : a.elements()) {
        visit(x);
      }
    } else if (t instanceof SetTerm s) {
      for (Term x : s.elements()) {
        visit(x);
      }
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry x : o.entries()) {
        visit(x.key());
        visit(x.value());
      }
    } else if (t instanceof Call c) {
      for (Term x : c.args()) {
        visit(x);
      }
    }
  }

  private TypeError checkApply(Ref ref) {
    if (env.getByRef(ref) instanceof FunctionType f) {
      return TypeErrors.refErrUnsupported(ref.head().location(), rewriter.apply(ref), ref.size() - 1, f);
    }
    return null;
  }

  private TypeError checkRef(TypeEnv curr, TypeTree node, Ref ref, int idx) {
    if (idx == ref.size()) {
      return null;
    }
    Term head = ref.get(idx);
    if (idx == 1 || idx == 2) {
      if (!(head instanceof Var || (head instanceof Scalar s && s.value() instanceof StringValue)
          || dynamicStringKey(head))) {
        Type have = env.getByValue(head);
        return TypeErrors.refErrInvalid(ref.head().location(), rewriter.apply(ref), idx, have, Types.S,
            oneOfForNode(node));
      }
    }
    if (head instanceof Var && idx != 0) {
      Type tpe = Types.keys(env.getRefRecExtent(node));
      Type exist = env.getByValue(head);
      if (exist != null) {
        if (!Unifier.unifies(tpe, exist)) {
          return TypeErrors.refErrInvalid(ref.head().location(), rewriter.apply(ref), idx, exist, tpe,
              oneOfForNode(node));
        }
      } else {
        env.vars.putOne(head, tpe);
      }
    }
    TypeTree child = node.child(head);
    if (child == null) {
      if (curr.next != null) {
        return checkRef(curr.next, curr.next.tree, ref, 0);
      }
      if (Terms.isRootDocument(ref.head())) {
        if (idx != 0) {
          for (TypeTree c : new ArrayList<>(node.children.values())) {
            checkRef(curr, c, ref, idx + 1);
          }
          return null;
        }
        return checkRefLeaf(Types.A, ref, 1);
      }
      return checkRefLeaf(Types.A, ref, 0);
    }
    if (child.leaf()) {
      return checkRefLeaf(child.value, ref, idx + 1);
    }
    return checkRef(curr, child, ref, idx + 1);
  }

  /**
   * A ref or call operand whose value may be a string (e.g. {@code data.policies[input.kind]}) is a
   * dynamic key into data, as OPA accepts it: it selects no known child, so every child is checked.
   * Operands of other types (e.g. {@code data.policies[count(x)]}) remain undefined refs.
   */
  private boolean dynamicStringKey(Term head) {
    if (!(head instanceof Ref || head instanceof Call)) {
      return false;
    }
    // No type yet (e.g. an element of a function argument) is OPA's any.
    Type have = env.getByValue(head);
    return have == null || Unifier.unifies(have, Types.S);
  }

  private TypeError checkRefLeaf(Type tpe, Ref ref, int idx) {
    if (idx == ref.size()) {
      return null;
    }
    Term head = ref.get(idx);
    if (TypeEnv.isEmptyCollectionType(tpe)) {
      if (head instanceof Scalar) {
        return TypeErrors.refErrInvalid(ref.head().location(), rewriter.apply(ref), idx, null, null, null);
      }
      if (head instanceof Var) {
        Type exist = env.getByValue(head);
        if (exist == null) {
          env.vars.putOne(head, Types.A);
        } else {
          Type keys = Types.keys(tpe);
          if (keys != null && !Unifier.unifies(exist, keys)) {
            return TypeErrors.refErrInvalid(ref.head().location(), rewriter.apply(ref), idx, exist, keys, null);
          }
        }
      }
      return null;
    }
    Type keys = Types.keys(tpe);
    if (keys == null) {
      return TypeErrors.refErrUnsupported(ref.head().location(), rewriter.apply(ref), idx - 1, tpe);
    }
    if (head instanceof Var) {
      Type exist = env.getByValue(head);
      if (exist != null) {
        if (!Unifier.unifies(exist, keys)) {
          return TypeErrors.refErrInvalid(ref.head().location(), rewriter.apply(ref), idx, exist, keys,
              oneOfForType(tpe));
        }
      } else {
        env.vars.putOne(head, keys);
      }
    } else if (head instanceof Ref || head instanceof ArrayComprehension || head instanceof SetComprehension
        || head instanceof ObjectComprehension || head instanceof Call) {
      // Refs (and, before the compiler hoists them, comprehensions and calls) only need compatible types.
      Type exist = env.getByValue(head);
      if (exist != null && !Unifier.unifies(exist, keys)) {
        return TypeErrors.refErrInvalid(ref.head().location(), rewriter.apply(ref), idx, exist, keys,
            oneOfForType(tpe));
      }
    } else if (head instanceof ArrayTerm || head instanceof ObjectTerm || head instanceof SetTerm) {
      if (!Unifier.unify1(env, head, keys, false)) {
        return TypeErrors.refErrInvalid(ref.head().location(), rewriter.apply(ref), idx, env.getByValue(head),
            keys, null);
      }
    } else {
      Type child = TypeEnv.selectConstant(tpe, head);
      if (child == null) {
        return TypeErrors.refErrInvalid(ref.head().location(), rewriter.apply(ref), idx, null, Types.keys(tpe),
            oneOfForType(tpe));
      }
      return checkRefLeaf(child, ref, idx + 1);
    }
    return checkRefLeaf(Types.values(tpe), ref, idx + 1);
  }

  private static List<Value> oneOfForNode(TypeTree node) {
    TreeSet<Value> keys = new TreeSet<>();
    for (Object k : node.children.keySet()) {
      if (k instanceof Value v) {
        keys.add(v);
      }
    }
    return new ArrayList<>(keys);
  }

  private static List<Value> oneOfForType(Type tpe) {
    TreeSet<Value> keys = new TreeSet<>();
    collectKeys(Types.unwrap(tpe), keys);
    return new ArrayList<>(keys);
  }

  private static void collectKeys(Type tpe, TreeSet<Value> out) {
    if (tpe instanceof ObjectType o) {
      for (StaticProperty p : o.statics()) {
        out.add(p.key());
      }
    } else if (tpe instanceof AnyType any) {
      for (Type t : any.of()) {
        collectKeys(t, out);
      }
    }
  }
}
