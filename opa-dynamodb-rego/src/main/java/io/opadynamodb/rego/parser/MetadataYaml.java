package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Parses {@code # METADATA} comment blocks into OPA's annotation object form. */
final class MetadataYaml {
  private MetadataYaml() {}

  /** One parsed block. */
  record Block(String scope, boolean entrypoint, ObjectValue content, Location location) {}

  static boolean isMetadataComment(Comment c) {
    return c.location().col() == 1 && c.text().strip().startsWith("METADATA");
  }

  static List<Block> parseBlocks(List<Comment> comments, List<RegoError> errors) {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < comments.size(); i++) {
      if (!isMetadataComment(comments.get(i))) {
        continue;
      }
      Comment start = comments.get(i);
      List<Comment> block = new ArrayList<>();
      StringBuilder buf = new StringBuilder();
      for (i++; i < comments.size() && !blockEnds(comments.get(i), comments.get(i - 1)); i++) {
        Comment c = comments.get(i);
        buf.append(c.text().startsWith(" ") ? c.text().substring(1) : c.text()).append('\n');
        block.add(c);
      }
      i--;
      StringBuilder text = new StringBuilder("# METADATA\n");
      String original = buf.toString();
      if (original.endsWith("\n")) {
        original = original.substring(0, original.length() - 1);
      }
      for (String line : original.split("\n", -1)) {
        text.append("# ").append(line).append('\n');
      }
      String t = text.toString();
      if (t.endsWith("\n")) {
        t = t.substring(0, t.length() - 1);
      }
      Location loc = new Location(start.location().file(), start.location().row(), start.location().col(), t);
      try {
        out.add(parse(buf.toString(), loc));
      } catch (IllegalArgumentException e) {
        Location errLoc = loc;
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null && !block.isEmpty()) {
          int idx = Math.min(m.getProblemMark().getLine(), block.size() - 1);
          errLoc = block.get(idx).location();
        } else if (!block.isEmpty() && e.getCause() != null) {
          errLoc = block.get(0).location();
        }
        errors.add(new RegoError(ParserBase.PARSE_ERR, e.getMessage(), errLoc));
      }
    }
    return out;
  }

  private static boolean blockEnds(Comment curr, Comment prev) {
    return curr.location().col() != 1 || curr.location().row() - 1 != prev.location().row()
        || isMetadataComment(curr);
  }

  private static Block parse(String yaml, Location loc) {
    if (yaml.isBlank()) {
      throw new IllegalArgumentException("expected METADATA block, found whitespace");
    }
    Object raw;
    try {
      raw = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (YAMLException e) {
      String msg = e instanceof MarkedYAMLException m && m.getProblemMark() != null
          ? "yaml: line " + m.getProblemMark().getLine() + ": " + m.getProblem()
          : "yaml: " + e.getMessage();
      throw new IllegalArgumentException(msg, e);
    }
    if (raw == null) {
      return new Block("", false, ObjectValue.EMPTY, loc);
    }
    if (!(raw instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("yaml: unmarshal errors:\n  line 1: cannot unmarshal !!"
          + yamlKind(raw) + " into ast.rawAnnotation");
    }
    ObjectValue.Builder b = ObjectValue.builder();
    String scope = stringField(map, "scope");
    boolean entrypoint = Boolean.TRUE.equals(map.get("entrypoint"));
    putString(b, "title", stringField(map, "title"));
    putString(b, "description", stringField(map, "description"));
    if (entrypoint) {
      b.put("entrypoint", BooleanValue.TRUE);
    }
    if (map.get("organizations") instanceof List<?> orgs && !orgs.isEmpty()) {
      List<Value> vs = new ArrayList<>();
      for (Object o : orgs) {
        vs.add(StringValue.of(String.valueOf(o)));
      }
      b.put("organizations", ArrayValue.of(vs));
    }
    if (map.get("related_resources") instanceof List<?> rrs && !rrs.isEmpty()) {
      List<Value> vs = new ArrayList<>();
      for (Object o : rrs) {
        vs.add(relatedResource(o));
      }
      b.put("related_resources", ArrayValue.of(vs));
    }
    if (map.get("authors") instanceof List<?> as && !as.isEmpty()) {
      List<Value> vs = new ArrayList<>();
      for (Object o : as) {
        vs.add(author(o));
      }
      b.put("authors", ArrayValue.of(vs));
    }
    if (map.get("schemas") instanceof List<?> ss && !ss.isEmpty()) {
      List<Value> vs = new ArrayList<>();
      for (Object o : ss) {
        vs.add(schema(o));
      }
      b.put("schemas", ArrayValue.of(vs));
    }
    for (String k : List.of("custom", "labels")) {
      if (map.get(k) instanceof Map<?, ?> m && !m.isEmpty()) {
        b.put(k, toValue(m, k));
      }
    }
    return new Block(scope, entrypoint, b.build(), loc);
  }

  private static String yamlKind(Object o) {
    if (o instanceof List) {
      return "seq";
    }
    if (o instanceof String) {
      return "str";
    }
    if (o instanceof Integer || o instanceof Long || o instanceof BigInteger) {
      return "int";
    }
    return "str";
  }

  private static String stringField(Map<?, ?> map, String key) {
    Object v = map.get(key);
    return v == null ? "" : String.valueOf(v);
  }

  private static void putString(ObjectValue.Builder b, String key, String value) {
    if (!value.isEmpty()) {
      b.put(key, StringValue.of(value));
    }
  }

  private static Value relatedResource(Object o) {
    if (o instanceof String s) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("invalid related-resource definition : ref URL may not be empty string");
      }
      return ObjectValue.builder().put("ref", StringValue.of(s)).build();
    }
    if (o instanceof Map<?, ?> m) {
      String ref = stringField(m, "ref").strip();
      String desc = stringField(m, "description").strip();
      if (ref.isEmpty()) {
        throw new IllegalArgumentException("invalid related-resource definition " + goMap(m)
            + ": 'ref' value required in object");
      }
      ObjectValue.Builder b = ObjectValue.builder().put("ref", StringValue.of(ref));
      if (!desc.isEmpty()) {
        b.put("description", StringValue.of(desc));
      }
      return b.build();
    }
    throw new IllegalArgumentException("invalid related-resource definition " + o
        + ": invalid value type, must be string or map");
  }

  private static Value author(Object o) {
    String name;
    String email = "";
    if (o instanceof String s) {
      String[] parts = s.strip().split("\\s+");
      if (s.isBlank()) {
        throw new IllegalArgumentException("invalid author definition " + s + ": author is an empty string");
      }
      int n = parts.length;
      String last = parts[n - 1];
      if (last.length() >= 2 && last.startsWith("<") && last.endsWith(">")) {
        email = last.substring(1, last.length() - 1);
        n--;
      }
      name = String.join(" ", java.util.Arrays.asList(parts).subList(0, n));
    } else if (o instanceof Map<?, ?> m) {
      name = stringField(m, "name").strip();
      email = stringField(m, "email").strip();
      if (name.isEmpty() && email.isEmpty()) {
        throw new IllegalArgumentException("invalid author definition " + goMap(m)
            + ": 'name' and/or 'email' values required in object");
      }
    } else {
      throw new IllegalArgumentException("invalid author definition " + o
          + ": invalid value type, must be string or map");
    }
    ObjectValue.Builder b = ObjectValue.builder();
    if (!name.isEmpty()) {
      b.put("name", StringValue.of(name));
    }
    if (!email.isEmpty()) {
      b.put("email", StringValue.of(email));
    }
    return b.build();
  }

  private static String goMap(Map<?, ?> m) {
    StringBuilder sb = new StringBuilder("map[");
    boolean first = true;
    for (Map.Entry<?, ?> e : new java.util.TreeMap<>(stringKeys(m)).entrySet()) {
      if (!first) {
        sb.append(' ');
      }
      first = false;
      sb.append(e.getKey()).append(':').append(e.getValue());
    }
    return sb.append(']').toString();
  }

  private static Map<String, Object> stringKeys(Map<?, ?> m) {
    Map<String, Object> out = new java.util.HashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  private static Value schema(Object o) {
    if (!(o instanceof Map<?, ?> m) || m.isEmpty()) {
      throw new IllegalArgumentException("invalid schema declaration for path \"\"");
    }
    Map.Entry<?, ?> e = m.entrySet().iterator().next();
    String k = String.valueOf(e.getKey());
    Ref path = parseRef(k);
    if (path == null) {
      throw new IllegalArgumentException("invalid document reference");
    }
    ObjectValue.Builder b = ObjectValue.builder().put("path", refToArray(path));
    Object v = e.getValue();
    if (v instanceof String s) {
      Ref schema = parseSchemaRef(s);
      if (schema == null) {
        throw new IllegalArgumentException("invalid schema reference");
      }
      b.put("schema", refToArray(schema));
    } else if (v instanceof Map<?, ?> def) {
      b.put("definition", toValue(def, k));
    } else {
      throw new IllegalArgumentException("invalid schema declaration for path \"" + k + "\"");
    }
    return b.build();
  }

  private static Ref parseRef(String s) {
    try {
      Term t = RegoParser.parseTerm(s);
      return t instanceof Ref r ? r : null;
    } catch (CompileException e) {
      return null;
    }
  }

  private static Ref parseSchemaRef(String s) {
    try {
      Term t = RegoParser.parseTerm(s);
      if (t instanceof Var v && v.name().equals("schema")) {
        return new Ref(List.of(t), t.location());
      }
      if (t instanceof Ref r && "schema".equals(r.headName())) {
        return r;
      }
      return null;
    } catch (CompileException e) {
      return null;
    }
  }

  private static Value refToArray(Ref r) {
    List<Value> vs = new ArrayList<>();
    for (Term t : r.terms()) {
      if (t instanceof Var v) {
        vs.add(StringValue.of(v.name()));
      } else if (t instanceof Scalar s) {
        vs.add(s.value());
      } else {
        vs.add(StringValue.of(io.opadynamodb.rego.ast.TermPrinter.print(t)));
      }
    }
    return ArrayValue.of(vs);
  }

  /** YAML data as a Rego value; map keys must be strings. */
  static Value toValue(Object o, String path) {
    if (o == null) {
      return NullValue.INSTANCE;
    }
    if (o instanceof Boolean bo) {
      return BooleanValue.of(bo);
    }
    if (o instanceof Integer || o instanceof Long) {
      return NumberValue.of(((Number) o).longValue());
    }
    if (o instanceof BigInteger bi) {
      return NumberValue.of(bi);
    }
    if (o instanceof Double || o instanceof Float) {
      return NumberValue.of(((Number) o).doubleValue());
    }
    if (o instanceof BigDecimal bd) {
      return NumberValue.of(bd);
    }
    if (o instanceof List<?> l) {
      List<Value> vs = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        vs.add(toValue(l.get(i), path + "/" + i));
      }
      return ArrayValue.of(vs);
    }
    if (o instanceof Map<?, ?> m) {
      ObjectValue.Builder b = ObjectValue.builder();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("invalid map key type(s): " + path);
        }
        b.put(key, toValue(e.getValue(), path + "/" + key));
      }
      return b.build();
    }
    return StringValue.of(String.valueOf(o));
  }
}
