package io.opadynamodb.rego.value;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON text to and from {@link Value}s, behaving as OPA (Go's {@code encoding/json} with
 * {@code UseNumber}) does.
 *
 * <ul>
 *   <li>Numbers keep their literal text ({@code 1.50} stays {@code 1.50}, {@code 1e400} is exact).
 *   <li>Duplicate object keys: the last one wins, as in Go.
 *   <li>Strings with lone surrogates ({@code "\ud800"}) get U+FFFD, as Go decodes them.
 *   <li>Writing escapes {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as Go's
 *       {@code json.Marshal} does; sets become arrays; non-string object keys become their
 *       compact JSON text, and the members are sorted by the resulting key string.
 * </ul>
 *
 * <p>Conversions between Java objects and values are in {@link JavaValues}.
 */
public final class Json {
  /** Go's decoder nests up to 10000 levels (checked by {@link #parseTree}, with Go's message). */
  static final int MAX_DEPTH = 10_000;

  /** Jackson's own nesting check stays out of the way of ours; the other limits are lifted to Go's (none). */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH + 1)
          .maxNumberLength(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .maxDocumentLength(-1)
          .maxTokenCount(-1)
          .build())
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  private static final String NUMBER_TOO_BIG = "invalid number: number too big";
  private static final int MAX_NUMBER_EXP = 100_000;
  private static final double LOG2_10 = Math.log(10) / Math.log(2);

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  /**
   * Parses one JSON document.
   *
   * @throws JsonFormatException if the text is not exactly one valid JSON value
   */
  public static Value parse(String jsonText) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), jsonText)) {
      return parseDocument(p);
    } catch (JacksonException e) {
      throw formatError(e);
    }
  }

  /**
   * Parses one JSON document from UTF-8 bytes; the stream is not closed.
   *
   * @throws JsonFormatException if the input is not exactly one valid JSON value
   */
  public static Value parse(InputStream in) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      return parseDocument(p);
    } catch (JacksonException e) {
      throw formatError(e);
    }
  }

  /**
   * Parses one JSON document from characters; the reader is not closed.
   *
   * @throws JsonFormatException if the input is not exactly one valid JSON value
   */
  public static Value parse(Reader in) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      return parseDocument(p);
    } catch (JacksonException e) {
      throw formatError(e);
    }
  }

  private static Value parseDocument(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw error(p.currentLocation(), "unexpected end of JSON input");
    }
    Value v = parseTree(p, t);
    JsonToken extra = p.nextToken();
    if (extra != null) {
      throw error(p.currentTokenLocation(), "invalid character after top-level value");
    }
    return v;
  }

  /** An array or object being read: its elements so far, or its members and the pending key. */
  private static final class Open {
    final List<Value> elements;
    final ObjectValue.Builder members;
    StringValue key;

    Open(boolean array) {
      elements = array ? new ArrayList<>() : null;
      members = array ? null : ObjectValue.builder();
    }
  }

  /**
   * Reads one value with an explicit stack of open arrays and objects instead of recursion, so that
   * nesting up to Go's limit needs no deep thread stack.
   */
  private static Value parseTree(JsonParser p, JsonToken first) {
    ArrayDeque<Open> open = new ArrayDeque<>();
    for (JsonToken t = first; ; t = p.nextToken()) {
      Value done;
      switch (t) {
        case START_OBJECT:
        case START_ARRAY:
          if (open.size() == MAX_DEPTH) {
            // Go's scanner: "invalid character '[' exceeded max depth"
            throw error(p.currentTokenLocation(),
                "invalid character '" + (t == JsonToken.START_ARRAY ? '[' : '{') + "' exceeded max depth");
          }
          open.push(new Open(t == JsonToken.START_ARRAY));
          continue;
        case PROPERTY_NAME:
          open.peek().key = StringValue.of(sanitize(p.currentName()));
          continue;
        case END_OBJECT:
          done = open.pop().members.build();
          break;
        case END_ARRAY:
          done = ArrayValue.of(open.pop().elements);
          break;
        default:
          done = scalar(p, t);
      }
      Open parent = open.peek();
      if (parent == null) {
        return done;
      }
      if (parent.elements != null) {
        parent.elements.add(done);
      } else {
        parent.members.put(parent.key, done);
      }
    }
  }

  private static Value scalar(JsonParser p, JsonToken t) {
    switch (t) {
      case VALUE_STRING:
        return StringValue.of(sanitize(p.getString()));
      case VALUE_NUMBER_INT:
        return NumberValue.parse(p.getString());
      case VALUE_NUMBER_FLOAT:
        return checkedNumber(p);
      case VALUE_TRUE:
        return BooleanValue.TRUE;
      case VALUE_FALSE:
        return BooleanValue.FALSE;
      case VALUE_NULL:
        return NullValue.INSTANCE;
      default:
        throw error(p.currentTokenLocation(), "unexpected token " + t);
    }
  }

  /**
   * OPA refuses numbers whose binary exponent exceeds 100000 ("invalid number: number too big"),
   * so that no computation on them can be made arbitrarily slow.
   */
  private static Value checkedNumber(JsonParser p) {
    String text = p.getString();
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (e >= 0 && !smallExponent(text, e)) {
      BigDecimal d;
      try {
        d = new BigDecimal(text);
      } catch (NumberFormatException | ArithmeticException ex) {
        throw error(p.currentTokenLocation(), NUMBER_TOO_BIG);
      }
      if (d.signum() != 0) {
        double log2 = d.unscaledValue().abs().bitLength() - d.scale() * LOG2_10;
        if (Math.abs(log2) > MAX_NUMBER_EXP) {
          throw error(p.currentTokenLocation(), NUMBER_TOO_BIG);
        }
      }
    }
    return NumberValue.parse(text);
  }

  private static boolean smallExponent(String text, int e) {
    String exp = text.substring(e + 1);
    if (exp.startsWith("+")) {
      exp = exp.substring(1);
    }
    try {
      long x = Long.parseLong(exp);
      return e + Math.abs(x) <= MAX_NUMBER_EXP / 4;
    } catch (NumberFormatException ex) {
      return false;
    }
  }

  /** True when the text is one valid JSON document (numbers are not range-checked, as Go's {@code json.Valid}). */
  public static boolean isValid(String jsonText) {
    try {
      parse(jsonText);
      return true;
    } catch (JsonFormatException e) {
      return NUMBER_TOO_BIG.equals(e.detail());
    }
  }

  /** Replaces lone surrogates with U+FFFD, as Go does when decoding {@code "\ud800"}. */
  private static String sanitize(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && !Character.isSurrogate(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static JsonFormatException formatError(JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    String msg = e.getOriginalMessage();
    // Jackson appends a source excerpt on new lines; keep the first line only.
    int nl = msg == null ? -1 : msg.indexOf('\n');
    if (nl >= 0) {
      msg = msg.substring(0, nl);
    }
    int line = loc == null ? -1 : loc.getLineNr();
    int col = loc == null ? -1 : loc.getColumnNr();
    return new JsonFormatException("invalid JSON at line " + line + " column " + col + ": " + msg, msg, line, col, e);
  }

  private static JsonFormatException error(TokenStreamLocation loc, String msg) {
    int line = loc == null ? -1 : loc.getLineNr();
    int col = loc == null ? -1 : loc.getColumnNr();
    return new JsonFormatException("invalid JSON at line " + line + " column " + col + ": " + msg, msg, line, col, null);
  }

  /** Compact JSON, byte for byte as Go's {@code json.Marshal} writes OPA values. */
  public static String write(Value v) {
    StringBuilder sb = new StringBuilder();
    writeValue(sb, v, null, null);
    return sb.toString();
  }

  /** Indented JSON as Go's {@code json.MarshalIndent(v, "", indent)} (and {@code opa eval -f json}). */
  public static String writePretty(Value v, String indent) {
    return writePretty(v, "", indent);
  }

  /**
   * Indented JSON as Go's {@code json.MarshalIndent(v, prefix, indent)}: every line but the first
   * starts with the prefix.
   */
  public static String writePretty(Value v, String prefix, String indent) {
    StringBuilder sb = new StringBuilder();
    writeValue(sb, v, prefix, indent);
    return sb.toString();
  }

  private static void newline(StringBuilder sb, String prefix, String indent, int depth) {
    sb.append('\n').append(prefix);
    for (int i = 0; i < depth; i++) {
      sb.append(indent);
    }
  }

  /** An array or object being written: what is left of it, and whether a member was written yet. */
  private static final class Writing {
    final Iterator<?> rest;
    final boolean object;
    boolean first = true;

    Writing(Iterator<?> rest, boolean object) {
      this.rest = rest;
      this.object = object;
    }
  }

  /**
   * Writes the value with an explicit stack of open arrays and objects instead of recursion, so
   * that values nested as deep as {@link #parse} reads them need no deep thread stack.
   */
  private static void writeValue(StringBuilder sb, Value root, String prefix, String indent) {
    ArrayDeque<Writing> open = new ArrayDeque<>();
    Value v = root;
    while (v != null) {
      if (v instanceof ArrayValue || v instanceof SetValue) {
        List<Value> elems = v instanceof ArrayValue a ? a.elements() : ((SetValue) v).elements();
        if (elems.isEmpty()) {
          sb.append("[]");
        } else {
          sb.append('[');
          open.push(new Writing(elems.iterator(), false));
        }
      } else if (v instanceof ObjectValue o) {
        if (o.isEmpty()) {
          sb.append("{}");
        } else {
          sb.append('{');
          open.push(new Writing(jsonMembers(o).entrySet().iterator(), true));
        }
      } else if (v instanceof StringValue s) {
        quote(sb, s.value());
      } else if (v instanceof NumberValue n) {
        sb.append(n.toJsonText());
      } else if (v instanceof BooleanValue b) {
        sb.append(b.value());
      } else {
        sb.append("null");
      }
      v = next(sb, open, prefix, indent);
    }
  }

  /** Closes finished arrays and objects and starts the next member; null when the value is written. */
  private static Value next(StringBuilder sb, ArrayDeque<Writing> open, String prefix, String indent) {
    while (!open.isEmpty()) {
      Writing w = open.peek();
      if (w.rest.hasNext()) {
        if (!w.first) {
          sb.append(',');
        }
        w.first = false;
        if (indent != null) {
          newline(sb, prefix, indent, open.size());
        }
        if (!w.object) {
          return (Value) w.rest.next();
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, Value> e = (Map.Entry<String, Value>) w.rest.next();
        quote(sb, e.getKey());
        sb.append(indent != null ? ": " : ":");
        return e.getValue();
      }
      open.pop();
      if (indent != null) {
        newline(sb, prefix, indent, open.size());
      }
      sb.append(w.object ? '}' : ']');
    }
    return null;
  }

  /**
   * The object's members under JSON (string) keys, sorted as Go sorts map keys. A non-string key
   * becomes its compact JSON text; when two keys collide the later one in key order wins.
   */
  public static Map<String, Value> jsonMembers(ObjectValue o) {
    Map<String, Value> members = new TreeMap<>(StringValue::compareCodePoints);
    for (int i = 0; i < o.size(); i++) {
      members.put(jsonKey(o.keyAt(i)), o.valueAt(i));
    }
    return members;
  }

  /** The JSON object key for a Rego object key: strings as is, other values as compact JSON text. */
  public static String jsonKey(Value key) {
    return key instanceof StringValue s ? s.value() : write(key);
  }

  /** Appends a JSON string literal escaped as Go's {@code encoding/json} does (HTML-safe). */
  public static void quote(StringBuilder sb, String s) {
    sb.append('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        case '<':
        case '>':
        case '&':
        case '\u2028':
        case '\u2029':
          unicodeEscape(sb, c);
          break;
        default:
          if (c < 0x20) {
            unicodeEscape(sb, c);
          } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            // Go writes invalid UTF-8 as the replacement character.
            sb.append("\\ufffd");
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  /** A JSON string literal for the text, escaped as Go's {@code encoding/json} does. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    quote(sb, s);
    return sb.toString();
  }

  private static void unicodeEscape(StringBuilder sb, char c) {
    sb.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
  }

  /** A value from a Java object; see {@link JavaValues#fromJava}. */
  public static Value fromJava(Object o) {
    return JavaValues.fromJava(o);
  }

  /** A plain Java object from a value; see {@link JavaValues#toJava}. */
  public static Object toJava(Value v) {
    return JavaValues.toJava(v);
  }
}
