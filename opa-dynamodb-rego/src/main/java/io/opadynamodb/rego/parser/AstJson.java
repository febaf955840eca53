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

/**
 * A module as OPA's JSON AST ({@code opa parse --format json}, {@code rego.parse_module}), without
 * locations: terms are {@code {"type": ..., "value": ...}}, expressions carry their index, and
 * sets and objects are sorted as OPA sorts them.
 */
final class AstJson {
  private final boolean locations;

  private AstJson(boolean locations) {
    this.locations = locations;
  }

  /** OPA's JSON form without locations. */
  static ObjectValue module(RegoParser.Parsed parsed) {
    return new AstJson(false).moduleValue(parsed);
  }

  /** OPA's JSON form with every node's location ({@code --json-include locations}). */
  static ObjectValue moduleWithLocations(RegoParser.Parsed parsed) {
    return new AstJson(true).moduleValue(parsed);
  }

  /** The location of a some/every keyword: where its expression starts. */
  private static Location keywordLocation(Location exprLoc, String keyword) {
    return exprLoc == null ? null : new Location(exprLoc.file(), exprLoc.row(), exprLoc.col(), keyword);
  }

  private void loc(ObjectValue.Builder b, Location l) {
    if (locations && l != null) {
      b.put("location", ObjectValue.builder().put("file", StringValue.of(l.file())).put("row", NumberValue.of(l.row()))
          .put("col", NumberValue.of(l.col()))
          .put("text", StringValue.of(Base64.getEncoder().encodeToString(l.text().getBytes(StandardCharsets.UTF_8))))
          .build());
    }
  }

  private ObjectValue moduleValue(RegoParser.Parsed parsed) {
    Module m = parsed.module();
    ObjectValue.Builder b = ObjectValue.builder();
    ObjectValue.Builder pb = ObjectValue.builder().put("path", terms(m.pkg().path().terms()));
    loc(pb, m.pkg().location());
    b.put("package", pb.build());
    if (!m.imports().isEmpty()) {
      List<Value> imps = new ArrayList<>();
      for (ImportDecl d : parsed.imports()) {
        Import i = d.imp();
        ObjectValue.Builder ib = ObjectValue.builder().put("path", term(i.path()));
        if (i.alias() != null) {
          ib.put("alias", StringValue.of(i.alias()));
          if (locations && d.aliasLocation() != null) {
            ObjectValue.Builder al = ObjectValue.builder();
            loc(al, d.aliasLocation());
            ib.put("alias_location", al.build().get("location"));
          }
        }
        loc(ib, i.location());
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
    if (!parsed.comments().isEmpty() && !locations) {
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

  private Value location(Location l) {
    return ObjectValue.builder().put("file", StringValue.of(l.file())).put("row", NumberValue.of(l.row()))
        .put("col", NumberValue.of(l.col())).build();
  }

  private Value annotations(List<Annotations> as) {
    List<Value> out = new ArrayList<>();
    for (Annotations a : as) {
      ObjectValue.Builder ab = a.content().toBuilder();
      loc(ab, a.location());
      out.add(ab.build());
    }
    return ArrayValue.of(out);
  }

  private Value rule(RuleDraft r, List<Annotations> annotations) {
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
    loc(b, r.location);
    return b.build();
  }

  private Value head(RuleDraft r) {
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
      b.put("value", r.valueLocationless ? new AstJson(false).term(r.value) : term(r.value));
    }
    if (r.assign) {
      b.put("assign", BooleanValue.TRUE);
    }
    loc(b, r.headLocation);
    return b.build();
  }

  private Value body(Body body, boolean generated) {
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      out.add(expr(body.get(i), i, generated));
    }
    return ArrayValue.of(out);
  }

  private Value expr(Expr e, int index, boolean generated) {
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
      ObjectValue.Builder sb = ObjectValue.builder().put("symbols", terms(s.symbols()));
      loc(sb, keywordLocation(s.location(), "some"));
      b.put("terms", sb.build());
    } else {
      Expr.EveryExpr ev = (Expr.EveryExpr) e;
      ObjectValue.Builder eb = ObjectValue.builder();
      eb.put("key", ev.key() == null ? io.opadynamodb.rego.value.NullValue.INSTANCE : term(ev.key()));
      eb.put("value", term(ev.value())).put("domain", term(ev.domain())).put("body", body(ev.body(), false));
      loc(eb, keywordLocation(ev.location(), "every"));
      b.put("terms", eb.build());
    }
    if (!e.with().isEmpty()) {
      List<Value> ws = new ArrayList<>();
      for (With w : e.with()) {
        ObjectValue.Builder wb = ObjectValue.builder().put("target", term(w.target())).put("value", term(w.value()));
        loc(wb, w.location());
        ws.add(wb.build());
      }
      b.put("with", ArrayValue.of(ws));
    }
    loc(b, e.location());
    return b.build();
  }

  private Value terms(List<Term> ts) {
    List<Value> out = new ArrayList<>(ts.size());
    for (Term t : ts) {
      out.add(term(t));
    }
    return ArrayValue.of(out);
  }

  private Value term(Term t) {
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
      // OPA keeps duplicate keys of a literal; entries are listed by key
      List<ObjectTerm.Entry> sorted = new ArrayList<>(o.entries());
      sorted.sort((x, y) -> TermOrder.INSTANCE.compare(x.key(), y.key()));
      List<Value> pairs = new ArrayList<>();
      for (ObjectTerm.Entry e : sorted) {
        pairs.add(ArrayValue.of(term(e.key()), term(e.value())));
      }
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
    ObjectValue.Builder tb = ObjectValue.builder().put("type", StringValue.of(type)).put("value", v);
    loc(tb, t.location());
    return tb.build();
  }
}
