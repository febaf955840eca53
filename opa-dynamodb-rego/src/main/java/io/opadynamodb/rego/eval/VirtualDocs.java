package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.EvaluationException;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.compiler.CompiledRule;
import io.opadynamodb.rego.compiler.RuleNode;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code data} document: base data merged with virtual documents produced by rules (complete,
 * multi-value, partial object / ref-head rules, defaults, else chains) and user functions. Rule
 * values are memoised per {@link State} (OPA's virtual cache).
 */
final class VirtualDocs {
  private static final Scalar TRUE = new Scalar(BooleanValue.TRUE, Location.NONE);
  private final Evaluator ev;

  VirtualDocs(Evaluator ev) {
    this.ev = ev;
  }

  boolean evalData(Ref r, VK k) {
    List<Value> path = ev.state.dataOverrides.isEmpty() ? null : List.of();
    return walkData(r, 1, ev.compiled.root(), ev.baseData, path, k);
  }

  private static List<Value> append(List<Value> path, Value key) {
    if (path == null) {
      return null;
    }
    List<Value> p = new ArrayList<>(path.size() + 1);
    p.addAll(path);
    p.add(key);
    return p;
  }

  private boolean walkData(Ref r, int i, RuleNode node, Value baseIn, List<Value> path, VK k) {
    final Value base = baseIn;
    if (path != null) {
      Value ov = ev.state.overrideAt(path);
      if (ov != null) {
        return ev.terms.walk(ov, r, i, k);
      }
    }
    if (node == null) {
      Value b = base;
      if (b == null && path != null && ev.state.hasOverrideBelow(path)) {
        b = ObjectValue.EMPTY;
      }
      if (b == null) {
        return false;
      }
      return walkBase(path == null ? b : ev.state.applyBelow(path, b), r, i, k);
    }
    if (node.hasRules()) {
      if (i < r.size() && path == null && !ev.state.cache.containsKey(node) && isSimplePartial(node)
          && isBoundOperand(r.get(i))) {
        // OPA evaluates p[k] with k bound: only the rule bodies for that key run
        return ev.terms.eval(r.get(i), key -> {
          Value v = partialLookup(node, key);
          return v != null && ev.terms.walk(v, r, i + 1, k);
        });
      }
      Value v = nodeValue(node, path);
      return v != null && ev.terms.walk(v, r, i, k);
    }
    if (i == r.size()) {
      return k.accept(materialize(node, base, path));
    }
    Term op = r.get(i);
    boolean unbound = op instanceof Var v && !v.isRoot() && ev.b.get(v.name()) == null;
    if (unbound || !ev.groundable(op)) {
      TreeSet<Value> keys = new TreeSet<>(node.children().keySet());
      if (base instanceof ObjectValue bo) {
        keys.addAll(bo.keys());
      }
      for (Value key : keys) {
        boolean stop = ev.unifyValue(op, key,
            () -> walkData(r, i + 1, node.child(key), Collections.lookup(base, key), append(path, key), k));
        if (stop) {
          return true;
        }
      }
      return false;
    }
    return ev.terms.eval(op, key0 -> {
      RuleNode child = node.child(key0);
      Value below = base == null ? null : Collections.lookup(base, key0);
      if (child == null && below == null) {
        Value key = dataKey(key0);
        if (key != key0) {
          child = node.child(key);
          below = base == null ? null : Collections.lookup(base, key);
        }
        return walkData(r, i + 1, child, below, append(path, key), k);
      }
      return walkData(r, i + 1, child, below, append(path, key0), k);
    });
  }

  private boolean isBoundOperand(Term op) {
    if (op instanceof Var v) {
      return !v.isRoot() && ev.b.get(v.name()) != null;
    }
    return op instanceof Scalar || (op instanceof Ref && ev.groundable(op));
  }

  /** Partial sets ({@code p contains x}) and one-key partial objects ({@code p[k] := v}) without child rules. */
  private static boolean isSimplePartial(RuleNode node) {
    if (node.rules().isEmpty() || node.defaultRule() != null || !node.children().isEmpty()) {
      return false;
    }
    CompiledRule.Kind kind = node.rules().get(0).kind();
    for (CompiledRule cr : node.rules()) {
      if (cr.kind() != kind) {
        return false;
      }
      boolean set = kind == CompiledRule.Kind.MULTI_VALUE && cr.suffix().isEmpty();
      boolean obj = kind == CompiledRule.Kind.PARTIAL_OBJECT && cr.suffix().size() == 1;
      if (!set && !obj) {
        return false;
      }
    }
    return true;
  }

  /** {@code p[key]} of a simple partial rule, evaluating the bodies with the key bound (cached). */
  private Value partialLookup(RuleNode node, Value key) {
    State.FunctionKey ck = new State.FunctionKey(node, List.of(key));
    Value cached = ev.state.partialCache.get(ck);
    if (cached != null) {
      return cached == State.UNDEFINED ? null : cached;
    }
    Value[] out = {null};
    for (CompiledRule cr : node.rules()) {
      Rule r = cr.rule();
      boolean set = cr.kind() == CompiledRule.Kind.MULTI_VALUE;
      Term keyTerm = set ? r.head().key() : cr.suffix().get(0);
      inScope(cr, node, () -> ev.unifyValue(keyTerm, key, () -> ev.evalBody(r.body(), 0,
          () -> set ? ev.terms.eval(keyTerm, kv -> {
            if (kv.equals(key)) {
              out[0] = key;
              return true;
            }
            return false;
          }) : ev.terms.eval(keyTerm, kv -> !kv.equals(key) ? false : ev.terms.eval(valueTerm(r), v -> {
            if (out[0] != null && !out[0].equals(v)) {
              throw conflict("object keys must be unique", r.location());
            }
            out[0] = v;
            return false;
          })))));
      if (set && out[0] != null) {
        break;
      }
    }
    ev.state.partialCache.put(ck, out[0] == null ? State.UNDEFINED : out[0]);
    return out[0];
  }

  /** Walks base data: like a value walk, but ground number keys also find string keys (storage paths). */
  private boolean walkBase(Value cur, Ref r, int i, VK k) {
    if (i == r.size()) {
      return k.accept(cur);
    }
    Term op = r.get(i);
    if (cur instanceof ObjectValue && op instanceof Scalar s && s.value() instanceof io.opadynamodb.rego.value.NumberValue) {
      Value child = Collections.lookup(cur, s.value());
      if (child == null) {
        child = Collections.lookup(cur, dataKey(s.value()));
      }
      return child != null && walkBase(child, r, i + 1, k);
    }
    if (op instanceof Scalar s) {
      Value child = Collections.lookup(cur, s.value());
      return child != null && walkBase(child, r, i + 1, k);
    }
    return ev.terms.walk(cur, r, i, k);
  }

  /** Paths into data are strings, as in OPA's storage: {@code data[2]} reads key "2". */
  private static Value dataKey(Value key) {
    if (key instanceof io.opadynamodb.rego.value.NumberValue n) {
      return io.opadynamodb.rego.value.StringValue.of(n.toJsonText());
    }
    return key;
  }

  /** The whole document at a namespace node: base data plus every child's value. */
  private Value materialize(RuleNode node, Value base, List<Value> path) {
    if (node.hasRules()) {
      return nodeValue(node, path);
    }
    ObjectValue.Builder bld = ObjectValue.builder();
    if (base instanceof ObjectValue bo) {
      for (int i = 0; i < bo.size(); i++) {
        bld.put(bo.keyAt(i), bo.valueAt(i));
      }
    }
    for (var e : node.children().entrySet()) {
      Value cb = base == null ? null : Collections.lookup(base, e.getKey());
      Value v = materialize(e.getValue(), cb, append(path, e.getKey()));
      if (v != null) {
        bld.put(e.getKey(), cb == null ? v : baseWins(cb, v));
      }
    }
    Value out = bld.build();
    return path == null ? out : ev.state.applyBelow(path, out);
  }

  /** OPA's merge of base and virtual documents: objects merge key by key, otherwise the base value wins. */
  private static Value baseWins(Value base, Value virtual) {
    if (!(base instanceof ObjectValue bo) || !(virtual instanceof ObjectValue vo)) {
      return base;
    }
    ObjectValue.Builder b = ObjectValue.builder();
    for (int i = 0; i < vo.size(); i++) {
      Value bv = bo.get(vo.keyAt(i));
      b.put(vo.keyAt(i), bv == null ? vo.valueAt(i) : baseWins(bv, vo.valueAt(i)));
    }
    for (int i = 0; i < bo.size(); i++) {
      if (vo.get(bo.keyAt(i)) == null) {
        b.put(bo.keyAt(i), bo.valueAt(i));
      }
    }
    return b.build();
  }

  /** The value of the rules at a node (cached), or null when undefined / a function. */
  Value nodeValue(RuleNode node, List<Value> path) {
    Value cached = ev.state.cache.get(node);
    if (cached != null) {
      return cached == State.UNDEFINED ? null : cached;
    }
    Value v = computeNode(node);
    if (v != null && path != null) {
      v = ev.state.applyBelow(path, v);
    }
    ev.state.cache.put(node, v == null ? State.UNDEFINED : v);
    return v;
  }

  private Value computeNode(RuleNode node) {
    if (node.isFunction()) {
      // zero-argument functions (v0 "f() = 1") read as values in the data document
      CompiledRule any = node.rules().isEmpty() ? node.defaultRule() : node.rules().get(0);
      if (!any.rule().head().args().isEmpty()) {
        return null;
      }
      Value[] out = {null};
      callFunction(node, new Value[0], any.rule().location(), v -> {
        out[0] = v;
        return true;
      });
      return out[0];
    }
    List<CompiledRule> rules = node.rules();
    boolean object = false;
    for (CompiledRule cr : rules) {
      if (!cr.suffix().isEmpty()) {
        object = true;
      }
    }
    if (object) {
      return partialObject(node, rules);
    }
    CompiledRule.Kind kind = rules.isEmpty() ? node.defaultRule().kind() : rules.get(0).kind();
    if (kind == CompiledRule.Kind.MULTI_VALUE) {
      SetValue.Builder set = SetValue.builder();
      for (CompiledRule cr : rules) {
        Rule r = cr.rule();
        inScope(cr, node, () -> ev.evalBody(r.body(), 0, () -> ev.terms.eval(r.head().key(), v -> {
          set.add(v);
          return false;
        })));
      }
      return set.build();
    }
    Value result = null;
    CompiledRule from = null;
    for (CompiledRule cr : rules) {
      Value v = completeChain(cr, node);
      if (v != null) {
        if (result != null && !result.equals(v)) {
          throw conflict("rule " + node.path() + " produced conflicting values", cr.rule().location());
        }
        result = v;
        from = cr;
      }
    }
    if (result == null && node.defaultRule() != null) {
      Rule d = node.defaultRule().rule();
      result = first(valueTerm(d));
    }
    return result;
  }

  private Value completeChain(CompiledRule cr, RuleNode node) {
    for (Rule cur = cr.rule(); cur != null; cur = cur.elseRule()) {
      Value[] out = {null};
      Rule rule = cur;
      inScope(cr, node, () -> ev.evalBody(rule.body(), 0, () -> ev.terms.eval(valueTerm(rule), v -> {
        if (out[0] != null && !out[0].equals(v)) {
          throw conflict("rule " + node.path() + " produced conflicting values", rule.location());
        }
        out[0] = v;
        return false;
      })));
      if (out[0] != null) {
        return out[0];
      }
    }
    return null;
  }

  private Value partialObject(RuleNode node, List<CompiledRule> rules) {
    TreeMap<Value, Object> root = new TreeMap<>();
    for (CompiledRule cr : rules) {
      Rule r = cr.rule();
      List<Term> suffix = cr.suffix();
      Value[] keys = new Value[suffix.size()];
      boolean multi = cr.kind() == CompiledRule.Kind.MULTI_VALUE;
      Term leaf = multi ? r.head().key() : valueTerm(r);
      inScope(cr, node, () -> ev.evalBody(r.body(), 0, () -> ev.terms.list(suffix, 0, keys,
          () -> ev.terms.eval(leaf, v -> {
            insert(root, keys, 0, v, multi, r.location());
            return false;
          }))));
    }
    for (var e : node.children().entrySet()) {
      Value v = materialize(e.getValue(), null, null);
      if (v != null) {
        merge(root, e.getKey(), v, node);
      }
    }
    return build(root);
  }

  @SuppressWarnings("unchecked")
  private void insert(TreeMap<Value, Object> obj, Value[] keys, int i, Value v, boolean multi, Location loc) {
    Value key = keys[i];
    Object cur = obj.get(key);
    if (i == keys.length - 1 && multi) {
      if (cur == null) {
        cur = SetValue.builder();
        obj.put(key, cur);
      } else if (!(cur instanceof SetValue.Builder)) {
        throw conflict("object keys must be unique", loc);
      }
      ((SetValue.Builder) cur).add(v);
      return;
    }
    if (i == keys.length - 1) {
      if (cur != null && !(cur instanceof Value cv && cv.equals(v))) {
        throw conflict("object keys must be unique", loc);
      }
      obj.put(key, v);
      return;
    }
    if (cur instanceof Value || cur instanceof SetValue.Builder) {
      throw conflict("object keys must be unique", loc);
    }
    TreeMap<Value, Object> child = (TreeMap<Value, Object>) cur;
    if (child == null) {
      child = new TreeMap<>();
      obj.put(key, child);
    }
    insert(child, keys, i + 1, v, multi, loc);
  }

  /** Merges a child document into a partial object being built (ref heads sharing a prefix). */
  @SuppressWarnings("unchecked")
  private void merge(TreeMap<Value, Object> obj, Value key, Value v, RuleNode node) {
    Object cur = obj.get(key);
    if (cur == null) {
      obj.put(key, v);
    } else if (cur instanceof SetValue.Builder sb && v instanceof SetValue sv) {
      for (int i = 0; i < sv.size(); i++) {
        sb.add(sv.get(i));
      }
    } else if (cur instanceof TreeMap<?, ?> m && v instanceof ObjectValue ov) {
      for (int i = 0; i < ov.size(); i++) {
        merge((TreeMap<Value, Object>) m, ov.keyAt(i), ov.valueAt(i), node);
      }
    } else if (!(cur instanceof Value cv && cv.equals(v))) {
      throw conflict("object keys must be unique", Location.NONE);
    }
  }

  @SuppressWarnings("unchecked")
  private static ObjectValue build(TreeMap<Value, Object> m) {
    ObjectValue.Builder b = ObjectValue.builder();
    for (var e : m.entrySet()) {
      Object v = e.getValue();
      Value built;
      if (v instanceof Value val) {
        built = val;
      } else if (v instanceof SetValue.Builder sb) {
        built = sb.build();
      } else {
        built = build((TreeMap<Value, Object>) v);
      }
      b.put(e.getKey(), built);
    }
    return b.build();
  }

  // ---- functions ----------------------------------------------------------------------------

  /** Calls a user function with ground arguments. */
  boolean callFunction(RuleNode node, Value[] args, Location loc, VK k) {
    State.FunctionKey key = new State.FunctionKey(node, Arrays.asList(args));
    Value cached = ev.state.functionCache.get(key);
    if (cached == null) {
      Value result = null;
      for (CompiledRule cr : node.rules()) {
        Value v = functionChain(node, cr, cr.rule(), cr.rule().head().args(), args);
        if (v != null) {
          if (result != null && !result.equals(v)) {
            throw conflict("function " + node.path() + " produced conflicting values for the same inputs",
                cr.rule().location());
          }
          result = v;
        }
      }
      if (result == null && node.defaultRule() != null) {
        Rule d = node.defaultRule().rule();
        result = functionChain(node, node.defaultRule(), d, d.head().args(), args);
      }
      cached = result == null ? State.UNDEFINED : result;
      ev.state.functionCache.put(key, cached);
    }
    return cached != State.UNDEFINED && k.accept(cached);
  }

  private Value functionChain(RuleNode node, CompiledRule cr, Rule r, List<Term> params, Value[] args) {
    for (Rule cur = r; cur != null; cur = cur.elseRule()) {
      Value[] out = {null};
      Rule rule = cur;
      List<Term> ps = rule.head().args() != null ? rule.head().args() : params;
      if (cannotMatch(ps, args)) {
        continue;
      }
      inScope(cr, node, () -> bindArgs(ps, args, 0, () -> ev.evalBody(rule.body(), 0, () -> ev.terms.eval(valueTerm(rule), v -> {
        if (out[0] != null && !out[0].equals(v)) {
          throw conflict("function " + node.path() + " produced conflicting values for the same inputs",
              rule.location());
        }
        out[0] = v;
        return false;
      }))));
      if (out[0] != null) {
        return out[0];
      }
    }
    return null;
  }

  /**
   * True when an argument cannot unify with its parameter whatever the bindings: a constant that differs, or an
   * array pattern of another length ({@code f([a, b])} given a 3-element array). Skipping such a clause before
   * opening its scope makes dispatch over clauses such as {@code f([a])}, {@code f([a, b])} cheap; unification
   * would fail all the same.
   */
  private static boolean cannotMatch(List<Term> ps, Value[] args) {
    for (int i = 0; i < ps.size() && i < args.length; i++) {
      Term p = ps.get(i);
      if (p instanceof Scalar s && !s.value().equals(args[i])) {
        return true;
      }
      if (p instanceof ArrayTerm a && !(args[i] instanceof ArrayValue av && av.size() == a.elements().size())) {
        return true;
      }
    }
    return false;
  }

  private boolean bindArgs(List<Term> ps, Value[] args, int i, K k) {
    if (i == ps.size()) {
      return k.run();
    }
    return ev.unifyValue(ps.get(i), args[i], () -> bindArgs(ps, args, i + 1, k));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static Term valueTerm(Rule r) {
    return r.head().value() != null ? r.head().value() : TRUE;
  }

  private Value first(Term t) {
    Value[] out = {null};
    inScope(() -> ev.terms.eval(t, v -> {
      out[0] = v;
      return true;
    }));
    return out[0];
  }

  /** Runs a rule body in a fresh variable scope. */
  private void inScope(K body) {
    Bindings saved = ev.b;
    ev.b = new Bindings();
    try {
      body.run();
    } finally {
      ev.b = saved;
    }
  }

  /** Runs a rule body in a fresh scope, remembering the rule (for {@code rego.metadata.*}). */
  private void inScope(CompiledRule rule, RuleNode node, K body) {
    CompiledRule savedRule = ev.currentRule;
    RuleNode savedNode = ev.currentNode;
    ev.currentRule = rule;
    ev.currentNode = node;
    try {
      inScope(body);
    } finally {
      ev.currentRule = savedRule;
      ev.currentNode = savedNode;
    }
  }

  static EvaluationException conflict(String msg, Location loc) {
    return new EvaluationException(new RegoError("eval_conflict_error", msg, loc));
  }
}
