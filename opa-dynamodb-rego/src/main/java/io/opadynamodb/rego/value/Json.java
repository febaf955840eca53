package io.opadynamodb.rego.value;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
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
  /** Go's decoder nests up to 10000 levels; the other limits are lifted to Go's (none). */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(10_000)
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
    Value v;
    try {
      v = parseValue(p, t);
    } catch (StackOverflowError e) {
      // nesting deeper than the thread's stack allows (Go's decoder stops at 10000 levels the same way)
      throw error(p.currentLocation(), "exceeded max depth");
    }
    JsonToken extra = p.nextToken();
    if (extra != null) {
      throw error(p.currentTokenLocation(), "invalid character after top-level value");
    }
    return v;
  }

  private static Value parseValue(JsonParser p, JsonToken t) {
    switch (t) {
      case START_OBJECT: {
        ObjectValue.Builder b = ObjectValue.builder();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          StringValue key = StringValue.of(sanitize(p.currentName()));
          b.put(key, parseValue(p, p.nextToken()));
        }
        return b.build();
      }
      case START_ARRAY: {
        List<Value> elems = new ArrayList<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          elems.add(parseValue(p, n));
        }
        return ArrayValue.of(elems);
      }
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
    writeValue(sb, v, null, null, 0);
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
    writeValue(sb, v, prefix, indent, 0);
    return sb.toString();
  }

  private static void newline(StringBuilder sb, String prefix, String indent, int depth) {
    sb.append('\n').append(prefix);
    for (int i = 0; i < depth; i++) {
      sb.append(indent);
    }
  }

  private static void writeValue(StringBuilder sb, Value v, String prefix, String indent, int depth) {
    if (v instanceof ArrayValue a) {
      writeElements(sb, a.elements(), prefix, indent, depth);
    } else if (v instanceof SetValue s) {
      writeElements(sb, s.elements(), prefix, indent, depth);
    } else if (v instanceof ObjectValue o) {
      writeObject(sb, o, prefix, indent, depth);
    } else if (v instanceof StringValue s) {
      quote(sb, s.value());
    } else if (v instanceof NumberValue n) {
      sb.append(n.toJsonText());
    } else if (v instanceof BooleanValue b) {
      sb.append(b.value());
    } else {
      sb.append("null");
    }
  }

  private static void writeElements(StringBuilder sb, List<Value> elems, String prefix, String indent, int depth) {
    if (elems.isEmpty()) {
      sb.append("[]");
      return;
    }
    sb.append('[');
    for (int i = 0; i < elems.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      if (indent != null) {
        newline(sb, prefix, indent, depth + 1);
      }
      writeValue(sb, elems.get(i), prefix, indent, depth + 1);
    }
    if (indent != null) {
      newline(sb, prefix, indent, depth);
    }
    sb.append(']');
  }

  private static void writeObject(StringBuilder sb, ObjectValue o, String prefix, String indent, int depth) {
    if (o.isEmpty()) {
      sb.append("{}");
      return;
    }
    Map<String, Value> members = jsonMembers(o);
    sb.append('{');
    boolean first = true;
    for (Map.Entry<String, Value> e : members.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      if (indent != null) {
        newline(sb, prefix, indent, depth + 1);
      }
      quote(sb, e.getKey());
      sb.append(indent != null ? ": " : ":");
      writeValue(sb, e.getValue(), prefix, indent, depth + 1);
    }
    if (indent != null) {
      newline(sb, prefix, indent, depth);
    }
    sb.append('}');
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
