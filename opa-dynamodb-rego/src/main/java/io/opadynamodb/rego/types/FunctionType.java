package io.opadynamodb.rego.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A function type: argument types, a result type (null for void functions such as {@code print})
 * and an optional variadic argument type. Arguments and result may be {@link NamedType}s.
 *
 * @param args the declared arguments (possibly named)
 * @param result the result, or null
 * @param variadic the type of extra arguments, or null
 */
public record FunctionType(List<Type> args, Type result, Type variadic) implements Type {
  public FunctionType {
    args = Collections.unmodifiableList(new ArrayList<>(args));
  }

  /** A non-variadic function. */
  public static FunctionType of(List<Type> args, Type result) {
    return new FunctionType(args, result, null);
  }

  public int arity() {
    return args.size();
  }

  /** Argument types with names removed. */
  public List<Type> unnamedArgs() {
    List<Type> out = new ArrayList<>(args.size());
    for (Type t : args) {
      out.add(Types.unwrap(t));
    }
    return out;
  }

  /** The result type without its name. */
  public Type unnamedResult() {
    return Types.unwrap(result);
  }

  /** The arguments without names (OPA's {@code FuncArgs()}). */
  public FuncArgs funcArgs() {
    return new FuncArgs(unnamedArgs(), Types.unwrap(variadic));
  }

  /** The arguments with names (OPA's {@code NamedFuncArgs()}). */
  public FuncArgs namedFuncArgs() {
    return new FuncArgs(args, variadic);
  }

  /** The union of two functions of the same arity, or null when they cannot be unioned. */
  public FunctionType union(FunctionType other) {
    if (other == null) {
      return this;
    }
    if (arity() != other.arity()) {
      return null;
    }
    FuncArgs a = funcArgs();
    FuncArgs b = other.funcArgs();
    if ((a.variadic() != null) != (b.variadic() != null)) {
      return null;
    }
    List<Type> merged = new ArrayList<>();
    for (int i = 0; i < a.args().size(); i++) {
      merged.add(Types.or(a.args().get(i), b.args().get(i)));
    }
    return new FunctionType(merged, Types.or(unnamedResult(), other.unnamedResult()),
        Types.or(a.variadic(), b.variadic()));
  }

  @Override
  public String toString() {
    return funcArgs() + " => " + Types.sprint(unnamedResult());
  }

  /**
   * The arguments a function accepts.
   *
   * @param args fixed arguments
   * @param variadic type of extra arguments, or null
   */
  public record FuncArgs(List<Type> args, Type variadic) {
    /** The type of the {@code i}th argument (the variadic type past the fixed ones). */
    public Type arg(int i) {
      return i < args.size() ? args.get(i) : variadic;
    }

    /** A copy with one more fixed argument. */
    public FuncArgs append(Type t) {
      List<Type> cpy = new ArrayList<>(args);
      cpy.add(t);
      return new FuncArgs(cpy, variadic);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < args.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(Types.sprint(args.get(i)));
      }
      if (variadic != null) {
        if (!args.isEmpty()) {
          sb.append(", ");
        }
        sb.append(Types.sprint(variadic)).append("...");
      }
      return sb.append(')').toString();
    }
  }
}
