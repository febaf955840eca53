package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.ast.Annotations;
import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Import;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.ast.With;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;

/**
 * A module as OPA's JSON AST ({@code opa parse --format json}, {@code rego.parse_module}), without
 * locations: terms are {@code {"type": ..., "value": ...}}, expressions carry their index, and
 * sets and objects are sorted as OPA sorts them.
 */
final class AstJson {
  private AstJson() {}

  static ObjectValue module(RegoParser.Parsed parsed) {
    Module m = parsed.module();
    ObjectValue.Builder b = ObjectValue.builder();
    b.put("package", ObjectValue.builder().put("path", terms(m.pkg().path().terms())).build());
    if (!m.imports().isEmpty()) {
      List<Value> imps = new ArrayList<>();
      for (Import i : m.imports()) {
        ObjectValue.Builder ib = ObjectValue.builder().put("path", term(i.path()));
        if (i.alias() != null) {
          ib.put("alias", StringValue.of(i.alias()));
        }
        imps.add(ib.build());
      }
      b.put("imports", ArrayValue.of(imps));
    }
    if (!m.annotations().isEmpty()) {
      b.put("annotations", annotations(m.annotations()));
    }
    if (!parsed.drafts().isEmpty()) {
      List<Value> rules = new ArrayList<>();
      for (int i = 0; i < parsed.drafts().size(); i++) {
        rules.add(rule(parsed.drafts().get(i), m.rules().get(i).annotations()));
      }
      b.put("rules", ArrayValue.of(rules));
    }
    if (!parsed.comments().isEmpty()) {
      List<Value> cs = new ArrayList<>();
      for (Comment c : parsed.comments()) {
        cs.add(ObjectValue.builder()
            .put("Text", StringValue.of(Base64.getEncoder().encodeToString(c.text().getBytes(StandardCharsets.UTF_8))))
            .put("Location", location(c.location()))
            .build());
      }
      b.put("comments", ArrayValue.of(cs));
    }
    return b.build();
  }

  private static Value location(Location l) {
    return ObjectValue.builder().put("file", StringValue.of(l.file())).put("row", NumberValue.of(l.row()))
        .put("col", NumberValue.of(l.col())).build();
  }

  private static Value annotations(List<Annotations> as) {
    List<Value> out = new ArrayList<>();
    for (Annotations a : as) {
      out.add(a.content());
    }
    return ArrayValue.of(out);
  }

  private static Value rule(RuleDraft r, List<Annotations> annotations) {
    ObjectValue.Builder b = ObjectValue.builder();
    if (r.isDefault) {
      b.put("default", BooleanValue.TRUE);
    }
    b.put("head", head(r));
    b.put("body", body(r.body, r.generatedBody));
    if (r.elseRule != null) {
      b.put("else", rule(r.elseRule, List.of()));
    }
    if (!annotations.isEmpty()) {
      b.put("annotations", annotations(annotations));
    }
    return b.build();
  }

  private static Value head(RuleDraft r) {
    ObjectValue.Builder b = ObjectValue.builder();
    if (r.name != null && !r.name.isEmpty()) {
      b.put("name", StringValue.of(r.name));
    }
    b.put("ref", terms(r.reference));
    if (r.args != null && !r.args.isEmpty()) {
      b.put("args", terms(r.args));
    }
    if (r.key != null) {
      b.put("key", term(r.key));
    }
    if (r.value != null) {
      b.put("value", term(r.value));
    }
    if (r.assign) {
      b.put("assign", BooleanValue.TRUE);
    }
    return b.build();
  }

  static Value body(Body body, boolean generated) {
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      out.add(expr(body.get(i), i, generated));
    }
    return ArrayValue.of(out);
  }

  private static Value expr(Expr e, int index, boolean generated) {
    ObjectValue.Builder b = ObjectValue.builder().put("index", NumberValue.of(index));
    if (generated) {
      b.put("generated", BooleanValue.TRUE);
    }
    if (e.negated()) {
      b.put("negated", BooleanValue.TRUE);
    }
    if (e instanceof Expr.TermExpr t) {
      b.put("terms", term(t.term()));
    } else if (e instanceof Expr.CallExpr c) {
      List<Term> ts = new ArrayList<>();
      ts.add(c.operator());
      ts.addAll(c.args());
      b.put("terms", terms(ts));
    } else if (e instanceof Expr.SomeExpr s) {
      b.put("terms", ObjectValue.builder().put("symbols", terms(s.symbols())).build());
    } else {
      Expr.EveryExpr ev = (Expr.EveryExpr) e;
      ObjectValue.Builder eb = ObjectValue.builder();
      eb.put("key", ev.key() == null ? io.opadynamodb.rego.value.NullValue.INSTANCE : term(ev.key()));
      eb.put("value", term(ev.value())).put("domain", term(ev.domain())).put("body", body(ev.body(), false));
      b.put("terms", eb.build());
    }
    if (!e.with().isEmpty()) {
      List<Value> ws = new ArrayList<>();
      for (With w : e.with()) {
        ws.add(ObjectValue.builder().put("target", term(w.target())).put("value", term(w.value())).build());
      }
      b.put("with", ArrayValue.of(ws));
    }
    return b.build();
  }

  static Value terms(List<Term> ts) {
    List<Value> out = new ArrayList<>(ts.size());
    for (Term t : ts) {
      out.add(term(t));
    }
    return ArrayValue.of(out);
  }

  static Value term(Term t) {
    String type = Nodes.valueName(t);
    Value v;
    if (t instanceof Scalar s) {
      v = s.value().typeName().equals("null") ? ObjectValue.EMPTY : s.value();
    } else if (t instanceof Var x) {
      v = StringValue.of(x.name());
    } else if (t instanceof Ref r) {
      v = terms(r.terms());
    } else if (t instanceof ArrayTerm a) {
      v = terms(a.elements());
    } else if (t instanceof SetTerm st) {
      List<Term> sorted = new ArrayList<>(st.elements());
      sorted.sort(TermOrder.INSTANCE);
      List<Term> unique = new ArrayList<>();
      for (Term x : sorted) {
        if (unique.isEmpty() || TermOrder.INSTANCE.compare(unique.get(unique.size() - 1), x) != 0) {
          unique.add(x);
        }
      }
      v = terms(unique);
    } else if (t instanceof ObjectTerm o) {
      TreeMap<Term, Term> sorted = new TreeMap<>(TermOrder.INSTANCE);
      for (ObjectTerm.Entry e : o.entries()) {
        sorted.putIfAbsent(e.key(), e.value());
      }
      List<Value> pairs = new ArrayList<>();
      sorted.forEach((k, val) -> pairs.add(ArrayValue.of(term(k), term(val))));
      v = ArrayValue.of(pairs);
    } else if (t instanceof ArrayComprehension c) {
      v = ObjectValue.builder().put("term", term(c.head())).put("body", body(c.body(), false)).build();
    } else if (t instanceof SetComprehension c) {
      v = ObjectValue.builder().put("term", term(c.head())).put("body", body(c.body(), false)).build();
    } else if (t instanceof ObjectComprehension c) {
      v = ObjectValue.builder().put("key", term(c.key())).put("value", term(c.value()))
          .put("body", body(c.body(), false)).build();
    } else {
      Call c = (Call) t;
      List<Term> ts = new ArrayList<>();
      ts.add(c.operator());
      ts.addAll(c.args());
      v = terms(ts);
    }
    return ObjectValue.builder().put("type", StringValue.of(type)).put("value", v).build();
  }
}
