package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.GoQuote;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML as OPA reads and writes it ({@code internal/yaml} over {@code go.yaml.in/yaml/v3}): YAML
 * 1.2 core-schema scalars ({@code yes} is a string), the first document only, duplicate keys
 * resolved last-wins, merge keys, and conversion to JSON (non-string keys become strings).
 * SnakeYAML parses the syntax; resolution and emission follow yaml.v3.
 */
final class GoYaml {
  /** Tag given to plain scalars without an explicit tag, resolved here as yaml.v3 does. */
  private static final Tag PLAIN = new Tag("tag:opa.local,2024:plain");
  private static final Pattern YAML_STYLE_FLOAT =
      Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
  private static final Pattern BASE60_FLOAT =
      Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$");
  private static final Pattern TIMESTAMP = Pattern.compile(
      "[0-9]{4}-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2}))"
          + "|(?: ([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]+)?))?");
  private static final Pattern EXPECTED = Pattern.compile("^expected (.*), but (got|found) .*$", Pattern.DOTALL);

  /** go-yaml's max_flow_level and max_indents: flow and block collections each nest up to 10000 levels. */
  private static final int MAX_DEPTH = 10_000;

  private GoYaml() {}

  // ---------------------------------------------------------------- reading

  private static Yaml newYaml() {
    LoaderOptions opts = new LoaderOptions();
    opts.setAllowDuplicateKeys(true);
    opts.setMaxAliasesForCollections(10_000);
    // a backstop only: go-yaml's limits (10000 flow and 10000 block levels) are checked by the Converter
    opts.setNestingDepthLimit(2 * MAX_DEPTH + 2);
    opts.setCodePointLimit(Integer.MAX_VALUE);
    Resolver resolver = new Resolver() {
      @Override
      protected void addImplicitResolvers() {
        // Plain scalars are resolved by resolvePlain, following yaml.v3.
      }

      @Override
      public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit) {
          return PLAIN;
        }
        return super.resolve(kind, value, implicit);
      }
    };
    DumperOptions dump = new DumperOptions();
    return new Yaml(new SafeConstructor(opts), new Representer(dump), dump, opts, resolver);
  }

  /** yaml.unmarshal: the first document as a value; errors as OPA reports them. */
  static Value unmarshal(String text) {
    return DeepStack.run(() -> {
      Node first = firstDocument(text);
      if (first == null) {
        return NullValue.INSTANCE;
      }
      Converter c = new Converter();
      Value v = c.convert(first);
      if (c.jsonTooDeep != 0) {
        throw new BuiltinException("invalid character '" + c.jsonTooDeep + "' exceeded max depth");
      }
      return v;
    });
  }

  static boolean isValid(String text) {
    try {
      unmarshal(text);
      return true;
    } catch (BuiltinException e) {
      return false;
    }
  }

  private static Node firstDocument(String text) {
    try {
      Node first = null;
      for (Node n : newYaml().composeAll(new StringReader(text))) {
        if (first == null) {
          first = n;
        }
      }
      return first;
    } catch (MarkedYAMLException e) {
      throw new BuiltinException(goMessage(e, text));
    } catch (YAMLException e) {
      if (String.valueOf(e.getMessage()).startsWith("Nesting Depth exceeded")) {
        throw new BuiltinException("yaml: exceeded max depth of " + MAX_DEPTH);
      }
      throw new BuiltinException("yaml: " + e.getMessage());
    }
  }

  private static String goMessage(MarkedYAMLException e, String text) {
    String problem = e.getProblem() == null ? "unknown problem parsing YAML content" : e.getProblem();
    Matcher m = EXPECTED.matcher(problem);
    if (m.matches()) {
      problem = "did not find expected " + m.group(1);
    } else if (problem.startsWith("mapping values are not allowed")) {
      problem = "mapping values are not allowed in this context";
    } else if (problem.startsWith("found character") && problem.contains("cannot start any token")) {
      problem = "found character that cannot start any token";
    } else if (problem.startsWith("found undefined alias")) {
      return "yaml: unknown anchor '" + problem.substring("found undefined alias".length()).trim() + "' referenced";
    }
    boolean scanner = e instanceof org.yaml.snakeyaml.scanner.ScannerException;
    int line = 0;
    Mark context = e.getContextMark();
    Mark pm = e.getProblemMark();
    if (context != null && context.getLine() != 0) {
      line = context.getLine();
    } else if (pm != null) {
      line = pm.getLine();
      // libyaml's parser sees the end-of-stream mark on a new line when the text does not end
      // with one; its scanner errors keep the raw mark.
      if (!scanner && pm.getIndex() >= text.length() && pm.getColumn() != 0) {
        line++;
      }
    }
    if (line != 0 && scanner) {
      line++;
    }
    return "yaml: " + (line != 0 ? "line " + line + ": " : "") + problem;
  }

  /** A scalar resolved as yaml.v3 does, before conversion to JSON. */
  private sealed interface Scalar permits Str, Int, Flt, Bool, Null {}

  private record Str(String v) implements Scalar {}

  private record Int(BigInteger v) implements Scalar {}

  private record Flt(double v) implements Scalar {}

  private record Bool(boolean v) implements Scalar {}

  private record Null() implements Scalar {}

  /** yaml.v3's {@code resolve("", in)} for a plain scalar. Returns null for the merge key. */
  static Object resolvePlain(String in) {
    switch (in) {
      case "true": case "True": case "TRUE":
        return new Bool(true);
      case "false": case "False": case "FALSE":
        return new Bool(false);
      case "": case "~": case "null": case "Null": case "NULL":
        return new Null();
      case ".nan": case ".NaN": case ".NAN":
        return new Flt(Double.NaN);
      case ".inf": case ".Inf": case ".INF": case "+.inf": case "+.Inf": case "+.INF":
        return new Flt(Double.POSITIVE_INFINITY);
      case "-.inf": case "-.Inf": case "-.INF":
        return new Flt(Double.NEGATIVE_INFINITY);
      case "<<":
        return MERGE;
      default:
        break;
    }
    char c = in.charAt(0);
    if (c == '.') {
      Double f = GoStrconv.parseFloat(in);
      return f != null ? new Flt(f) : new Str(in);
    }
    if (c == '+' || c == '-' || (c >= '0' && c <= '9')) {
      String plain = in.replace("_", "");
      BigInteger i = GoStrconv.parseInt(plain, 0, true);
      if (i != null) {
        return new Int(i);
      }
      if (YAML_STYLE_FLOAT.matcher(plain).matches()) {
        Double f = GoStrconv.parseFloat(plain);
        if (f != null) {
          return new Flt(f);
        }
      }
      for (String[] p : new String[][] {{"0b", "2"}, {"0o", "8"}}) {
        int radix = Integer.parseInt(p[1]);
        if (plain.startsWith(p[0])) {
          BigInteger v = GoStrconv.parseInt(plain.substring(2), radix, false);
          if (v != null) {
            return new Int(v);
          }
        } else if (plain.startsWith("-" + p[0])) {
          BigInteger v = GoStrconv.parseInt("-" + plain.substring(3), radix, false);
          if (v != null && v.bitLength() < 64) {
            return new Int(v);
          }
        }
      }
    }
    return new Str(in);
  }

  private static final Object MERGE = new Object();

  /** Converts composed nodes to values as yaml.v3 decoding followed by OPA's jsonable does. */
  private static final class Converter {
    private final IdentityHashMap<Node, Value> done = new IdentityHashMap<>();
    private final IdentityHashMap<Node, Boolean> inProgress = new IdentityHashMap<>();
    private int flowDepth;
    private int blockDepth;
    /** The column of the block mapping whose value is being converted, else -1. */
    private int blockMappingColumn = -1;
    /** Nesting as JSON: OPA decodes the converted YAML as JSON, whose decoder stops past 10000 levels. */
    private int jsonDepth;
    /** The bracket of the first collection too deep for OPA's JSON decoder, or 0. */
    private char jsonTooDeep;

    Value convert(Node n) {
      Value v = done.get(n);
      if (v != null) {
        return v;
      }
      if (inProgress.put(n, Boolean.TRUE) != null) {
        throw new BuiltinException("yaml: anchor cannot contain itself");
      }
      try {
        v = convertNew(n);
      } finally {
        inProgress.remove(n);
      }
      done.put(n, v);
      return v;
    }

    private Value convertNew(Node n) {
      if (n instanceof ScalarNode s) {
        return toJson(scalar(s));
      }
      int parentMappingColumn = blockMappingColumn;
      blockMappingColumn = -1;
      boolean flow = (n instanceof SequenceNode seq ? seq.getFlowStyle() : ((MappingNode) n).getFlowStyle())
          == DumperOptions.FlowStyle.FLOW;
      // a block sequence at its mapping's column ("a:\n- 1") is indentless: go-yaml adds no indent for it
      boolean indent = !flow && !(n instanceof SequenceNode && n.getStartMark().getColumn() == parentMappingColumn);
      if (flow ? ++flowDepth > MAX_DEPTH : indent && ++blockDepth > MAX_DEPTH) {
        // go-yaml names the line of the error, but not when it is the first one (line 0 reads as "none")
        int line = n.getStartMark().getLine();
        throw new BuiltinException("yaml: " + (line > 0 ? "line " + (line + 1) + ": " : "")
            + "exceeded max depth of " + MAX_DEPTH);
      }
      if (++jsonDepth > MAX_DEPTH && jsonTooDeep == 0) {
        jsonTooDeep = n instanceof SequenceNode ? '[' : '{';
      }
      try {
        return collection(n);
      } finally {
        jsonDepth--;
        if (flow) {
          flowDepth--;
        } else if (indent) {
          blockDepth--;
        }
        blockMappingColumn = parentMappingColumn;
      }
    }

    private Value collection(Node n) {
      if (n instanceof SequenceNode seq) {
        List<Node> items = seq.getValue();
        Value[] out = new Value[items.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = convert(items.get(i));
        }
        return ArrayValue.wrap(out);
      }
      MappingNode m = (MappingNode) n;
      Map<String, Value> entries = new LinkedHashMap<>();
      List<Node> merges = new ArrayList<>();
      for (NodeTuple t : m.getValue()) {
        Node k = t.getKeyNode();
        if (k instanceof ScalarNode ks && isMergeKey(ks)) {
          Node mv = t.getValueNode();
          if (mv instanceof SequenceNode ms) {
            merges.addAll(ms.getValue());
          } else {
            merges.add(mv);
          }
          continue;
        }
        blockMappingColumn = m.getFlowStyle() == DumperOptions.FlowStyle.FLOW ? -1 : m.getStartMark().getColumn();
        entries.put(keyString(k), convert(t.getValueNode()));
        blockMappingColumn = -1;
      }
      ObjectValue.Builder b = ObjectValue.builder();
      // Merged mappings never override explicit keys; earlier merges win over later ones.
      for (int i = merges.size() - 1; i >= 0; i--) {
        Value mv = convert(merges.get(i));
        if (!(mv instanceof ObjectValue mo)) {
          throw new BuiltinException("yaml: map merge requires map or sequence of maps as the value");
        }
        mo.forEach(b::put);
      }
      entries.forEach(b::put);
      return b.build();
    }

    private boolean isMergeKey(ScalarNode k) {
      return (k.getTag() == PLAIN && k.getValue().equals("<<")) || k.getTag().equals(Tag.MERGE);
    }

    private String keyString(Node k) {
      if (!(k instanceof ScalarNode ks)) {
        throw new BuiltinException("yaml: invalid map key: " + goSyntax(convert(k)));
      }
      Scalar s = scalar(ks);
      if (s instanceof Str str) {
        return str.v();
      }
      if (s instanceof Int i) {
        return i.v().toString();
      }
      if (s instanceof Bool bo) {
        return Boolean.toString(bo.v());
      }
      if (s instanceof Flt f) {
        double d = f.v();
        if (Double.isNaN(d)) {
          return ".nan";
        }
        if (Double.isInfinite(d)) {
          return d > 0 ? ".inf" : "-.inf";
        }
        return GoStrconv.formatFloat32G((float) d);
      }
      throw new BuiltinException("unsupported map key of type: <nil>, key: <nil>");
    }

    private Scalar scalar(ScalarNode s) {
      String in = s.getValue();
      Tag tag = s.getTag();
      if (tag == PLAIN) {
        Object r = resolvePlain(in);
        return r == MERGE ? new Str("<<") : (Scalar) r;
      }
      String t = tag.getValue();
      if (t.equals(Tag.STR.getValue()) || !t.startsWith(Tag.PREFIX)) {
        return new Str(in);
      }
      if (t.equals(Tag.BINARY.getValue())) {
        try {
          return new Str(GoStrings.string(Base64.getMimeDecoder().decode(in)));
        } catch (IllegalArgumentException e) {
          throw new BuiltinException("yaml: !!binary value contains invalid base64 data");
        }
      }
      if (t.equals(Tag.TIMESTAMP.getValue())) {
        return new Str(in);
      }
      Object r = in.isEmpty() ? new Null() : resolvePlain(in);
      String want = t.substring(Tag.PREFIX.length());
      boolean ok = switch (want) {
        case "int" -> r instanceof Int;
        case "float" -> r instanceof Flt || r instanceof Int;
        case "bool" -> r instanceof Bool;
        case "null" -> r instanceof Null;
        default -> true;
      };
      if (!ok) {
        throw new BuiltinException("yaml: cannot decode " + shortTag(r) + " `" + in + "` as a !!" + want);
      }
      if (want.equals("float") && r instanceof Int i) {
        return new Flt(i.v().doubleValue());
      }
      return r == MERGE ? new Str(in) : (Scalar) r;
    }

    private static String shortTag(Object r) {
      if (r instanceof Int) {
        return "!!int";
      }
      if (r instanceof Flt) {
        return "!!float";
      }
      if (r instanceof Bool) {
        return "!!bool";
      }
      if (r instanceof Null) {
        return "!!null";
      }
      return "!!str";
    }
  }

  /** Go's {@code %#v} of a decoded YAML value, as yaml.v3 words an invalid map key. */
  private static String goSyntax(Value v) {
    if (v instanceof ArrayValue a) {
      StringBuilder sb = new StringBuilder("[]interface {}{");
      for (int i = 0; i < a.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(goSyntax(a.get(i)));
      }
      return sb.append('}').toString();
    }
    if (v instanceof ObjectValue o) {
      StringBuilder sb = new StringBuilder("map[string]interface {}{");
      for (int i = 0; i < o.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(goSyntax(o.keyAt(i))).append(':').append(goSyntax(o.valueAt(i)));
      }
      return sb.append('}').toString();
    }
    if (v instanceof StringValue s) {
      return GoQuote.quote(s.value());
    }
    if (v instanceof NullValue) {
      return "interface {}(nil)";
    }
    return v.toString();
  }

  /** A resolved scalar as JSON: floats as Go's encoding/json writes them. */
  private static Value toJson(Scalar s) {
    if (s instanceof Str str) {
      return StringValue.of(str.v());
    }
    if (s instanceof Int i) {
      return NumberValue.of(i.v());
    }
    if (s instanceof Bool b) {
      return BooleanValue.of(b.v());
    }
    if (s instanceof Flt f) {
      double d = f.v();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new BuiltinException("json: unsupported value: " + GoStrconv.formatFloatG(d));
      }
      return NumberValue.parse(GoStrconv.formatJsonFloat(d));
    }
    return NullValue.INSTANCE;
  }

  // ---------------------------------------------------------------- writing

  /**
   * yaml.marshal: the value's JSON re-read by yaml.v3 and emitted with indent 2, as OPA's
   * {@code yaml.Marshal}.
   */
  static String marshal(Value v) {
    StringBuilder sb = new StringBuilder();
    emit(sb, v, 0, Position.TOP);
    return sb.toString();
  }

  private enum Position { TOP, MAP_VALUE, SEQ_ITEM }

  private static void spaces(StringBuilder sb, int n) {
    for (int i = 0; i < n; i++) {
      sb.append(' ');
    }
  }

  private static void emit(StringBuilder sb, Value v, int col, Position pos) {
    List<Map.Entry<String, Value>> members = null;
    List<Value> items = null;
    if (v instanceof ObjectValue o) {
      members = new ArrayList<>(Json.jsonMembers(o).entrySet());
      members.sort((a, b) -> keyLess(a.getKey(), b.getKey()) ? -1 : keyLess(b.getKey(), a.getKey()) ? 1 : 0);
    } else if (v instanceof ArrayValue a) {
      items = a.elements();
    } else if (v instanceof SetValue s) {
      items = s.elements();
    }
    if ((members != null && members.isEmpty()) || (items != null && items.isEmpty())) {
      sb.append(pos == Position.TOP ? "" : " ").append(members != null ? "{}" : "[]").append('\n');
      return;
    }
    if (members != null || items != null) {
      int inner = col;
      if (pos == Position.MAP_VALUE) {
        inner = col + 2;
        sb.append('\n');
        spaces(sb, inner);
      } else if (pos == Position.SEQ_ITEM) {
        sb.append(' ');
      }
      if (members != null) {
        for (int i = 0; i < members.size(); i++) {
          if (i > 0) {
            spaces(sb, inner);
          }
          sb.append(scalarText(members.get(i).getKey(), true, 0));
          sb.append(':');
          emit(sb, members.get(i).getValue(), inner, Position.MAP_VALUE);
        }
      } else {
        for (int i = 0; i < items.size(); i++) {
          if (i > 0) {
            spaces(sb, inner);
          }
          sb.append('-');
          emit(sb, items.get(i), inner + 2, Position.SEQ_ITEM);
        }
      }
      return;
    }
    String text = scalarValue(v, pos == Position.TOP ? 2 : col + (pos == Position.MAP_VALUE ? 2 : 0));
    if (pos != Position.TOP) {
      sb.append(' ');
    }
    sb.append(text);
    if (!text.endsWith("\n")) {
      sb.append('\n');
    }
  }

  /** A scalar as yaml.v3 writes the value re-read from its JSON text. */
  private static String scalarValue(Value v, int blockIndent) {
    if (v instanceof NullValue) {
      return "null";
    }
    if (v instanceof BooleanValue b) {
      return Boolean.toString(b.value());
    }
    if (v instanceof NumberValue n) {
      String text = n.toJsonText();
      Object r = resolvePlain(text);
      if (r instanceof Int i) {
        return i.v().toString();
      }
      if (r instanceof Flt f) {
        return GoStrconv.formatFloatG(f.v());
      }
      return scalarText(text, false, blockIndent);
    }
    return scalarText(((StringValue) v).value(), false, blockIndent);
  }

  /** A string scalar with yaml.v3's choice of style (plain, single, double quoted or literal). */
  private static String scalarText(String s, boolean simpleKey, int blockIndent) {
    Object r = resolvePlain(s.isEmpty() ? "" : s);
    boolean canUsePlain = r instanceof Str && !isTimestamp(s) && !BASE60_FLOAT.matcher(s).matches() && !isOldBool(s);
    Analysis a = analyze(s);
    if (s.contains("\n")) {
      if (!simpleKey && a.blockAllowed) {
        return literal(s, blockIndent);
      }
      return doubleQuoted(s);
    }
    if (canUsePlain) {
      if (a.blockPlainAllowed && !(s.isEmpty() && simpleKey)) {
        return s;
      }
      return a.singleQuotedAllowed ? singleQuoted(s) : doubleQuoted(s);
    }
    return doubleQuoted(s);
  }

  /** yaml.v3's {@code parseTimestamp} check (the formats it accepts with time.Parse). */
  static boolean isTimestamp(String s) {
    Matcher m = TIMESTAMP.matcher(s);
    if (!m.matches()) {
      return false;
    }
    int month = Integer.parseInt(m.group(1));
    int day = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(Integer.parseInt(s.substring(0, 4)), month).lengthOfMonth()) {
      return false;
    }
    if (m.group(3) != null) {
      return Integer.parseInt(m.group(3)) < 24 && Integer.parseInt(m.group(4)) < 60 && Integer.parseInt(m.group(5)) < 60;
    }
    return true;
  }

  private static boolean isOldBool(String s) {
    switch (s) {
      case "y": case "Y": case "yes": case "Yes": case "YES": case "on": case "On": case "ON":
      case "n": case "N": case "no": case "No": case "NO": case "off": case "Off": case "OFF":
        return true;
      default:
        return false;
    }
  }

  private record Analysis(boolean blockPlainAllowed, boolean singleQuotedAllowed, boolean blockAllowed) {}

  private static boolean isBreak(int c) {
    return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  private static boolean isPrintable(int c) {
    return c == 0x0A || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** libyaml's {@code yaml_emitter_analyze_scalar} for block context. */
  private static Analysis analyze(String s) {
    if (s.isEmpty()) {
      return new Analysis(true, true, false);
    }
    boolean blockIndicators = s.startsWith("---") || s.startsWith("...");
    boolean lineBreaks = false;
    boolean special = false;
    boolean tabs = false;
    boolean leadingSpace = false;
    boolean leadingBreak = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;
    boolean precededByWs = true;
    boolean previousSpace = false;
    boolean previousBreak = false;
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      boolean followedByWs = i + 1 >= cps.length || cps[i + 1] == ' ' || cps[i + 1] == '\t';
      if (i == 0) {
        if ("#,[]{}&*!|>'\"%@`".indexOf(c) >= 0) {
          blockIndicators = true;
        } else if ((c == '?' || c == ':' || c == '-') && followedByWs) {
          blockIndicators = true;
        }
      } else if ((c == ':' && followedByWs) || (c == '#' && precededByWs)) {
        blockIndicators = true;
      }
      if (c == '\t') {
        tabs = true;
      } else if (!isPrintable(c)) {
        special = true;
      }
      if (c == ' ') {
        leadingSpace |= i == 0;
        trailingSpace |= i == cps.length - 1;
        breakSpace |= previousBreak;
        previousSpace = true;
        previousBreak = false;
      } else if (isBreak(c)) {
        lineBreaks = true;
        leadingBreak |= i == 0;
        trailingBreak |= i == cps.length - 1;
        spaceBreak |= previousSpace;
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      precededByWs = c == ' ' || c == '\t' || isBreak(c);
    }
    boolean plain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
    boolean single = true;
    boolean block = !trailingSpace;
    if (breakSpace) {
      plain = false;
      single = false;
    }
    if (spaceBreak || tabs || special) {
      plain = false;
      single = false;
    }
    if (spaceBreak || special) {
      block = false;
    }
    if (lineBreaks || blockIndicators) {
      plain = false;
    }
    return new Analysis(plain, single, block);
  }

  private static String singleQuoted(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static String doubleQuoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      switch (c) {
        case 0 -> sb.append("\\0");
        case 7 -> sb.append("\\a");
        case '\b' -> sb.append("\\b");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case 0x0B -> sb.append("\\v");
        case '\f' -> sb.append("\\f");
        case '\r' -> sb.append("\\r");
        case 0x1B -> sb.append("\\e");
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case 0x85 -> sb.append("\\N");
        case 0xA0 -> sb.append("\\_");
        case 0x2028 -> sb.append("\\L");
        case 0x2029 -> sb.append("\\P");
        default -> {
          if (isPrintable(c) && c != 0xFEFF) {
            sb.appendCodePoint(c);
          } else if (c <= 0xFF) {
            sb.append(String.format("\\x%02X", c));
          } else if (c <= 0xFFFF) {
            sb.append(String.format("\\u%04X", c));
          } else {
            sb.append(String.format("\\U%08X", c));
          }
        }
      }
    });
    return sb.append('"').toString();
  }

  private static String literal(String s, int indent) {
    StringBuilder sb = new StringBuilder("|");
    if (s.startsWith(" ") || isBreak(s.charAt(0))) {
      sb.append('2');
    }
    if (!s.endsWith("\n")) {
      sb.append('-');
    } else if (s.length() == 1 || s.endsWith("\n\n")) {
      sb.append('+');
    }
    sb.append('\n');
    boolean breaks = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        sb.append('\n');
        breaks = true;
      } else {
        if (breaks) {
          spaces(sb, indent);
        }
        sb.append(c);
        breaks = false;
      }
    }
    if (!s.endsWith("\n")) {
      sb.append('\n');
    }
    return sb.toString();
  }

  /** yaml.v3's {@code keyList.Less} for string keys: natural order with numbers compared by value. */
  static boolean keyLess(String a, String b) {
    int[] ar = a.codePoints().toArray();
    int[] br = b.codePoints().toArray();
    boolean digits = false;
    for (int i = 0; i < ar.length && i < br.length; i++) {
      if (ar[i] == br[i]) {
        digits = Character.isDigit(ar[i]);
        continue;
      }
      boolean al = Character.isLetter(ar[i]);
      boolean bl = Character.isLetter(br[i]);
      if (al && bl) {
        return ar[i] < br[i];
      }
      if (al || bl) {
        return digits ? al : bl;
      }
      int ai;
      int bi;
      long an = 0;
      long bn = 0;
      if (ar[i] == '0' || br[i] == '0') {
        for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
          if (ar[j] != '0') {
            an = 1;
            bn = 1;
            break;
          }
        }
      }
      for (ai = i; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
        an = an * 10 + (ar[ai] - '0');
      }
      for (bi = i; bi < br.length && Character.isDigit(br[bi]); bi++) {
        bn = bn * 10 + (br[bi] - '0');
      }
      if (an != bn) {
        return an < bn;
      }
      if (ai != bi) {
        return ai < bi;
      }
      return ar[i] < br[i];
    }
    return ar.length < br.length;
  }
}
