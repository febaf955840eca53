package io.opadynamodb.rego.builtins.data;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema validation as OPA's vendored gojsonschema does it (drafts 4, 6 and 7 keywords in its
 * "hybrid" mode): the same error types, fields ({@code (Root)}, {@code a.b.0}) and descriptions.
 * Remote {@code $ref}s are not fetched; errors come in schema order.
 */
final class JsonSchema {
  private static final List<String> JSON_TYPES =
      List.of("array", "boolean", "integer", "number", "null", "object", "string");
  private static final String ROOT = "(Root)";

  /** A schema that could not be compiled; the message is gojsonschema's. */
  static final class SchemaException extends RuntimeException {
    SchemaException(String message) {
      super(message, null, false, false);
    }
  }

  /** One validation error. */
  record Error(String type, String field, String description) {
    String text() {
      return field + ": " + description;
    }
  }

  private final Value rootDoc;
  private final Sub root;
  private final Map<String, Sub> refCache = new HashMap<>();

  private JsonSchema(Value rootDoc) {
    this.rootDoc = rootDoc;
    this.root = new Sub();
  }

  /** Compiles a schema document. */
  static JsonSchema compile(Value schema) {
    JsonSchema s = new JsonSchema(schema);
    s.parse(schema, s.root);
    return s;
  }

  /** The errors of the document; empty when it is valid. */
  List<Error> validate(Value doc) {
    Result r = new Result();
    validateRecursive(root, doc, r, ROOT);
    return r.errors;
  }

  // ----------------------------------------------------------------- compiling

  /** A compiled (sub)schema. */
  private static final class Sub {
    Boolean pass;
    Sub ref;
    String refPointer;
    List<String> types = new ArrayList<>();
    Map<String, Sub> properties = new LinkedHashMap<>();
    Map<String, Sub> patternProperties = new LinkedHashMap<>();
    Map<String, Pattern> patterns = new HashMap<>();
    Object additionalProperties;
    List<String> required = new ArrayList<>();
    List<Sub> items = new ArrayList<>();
    boolean itemsSingle;
    Object additionalItems;
    Integer minItems;
    Integer maxItems;
    boolean uniqueItems;
    Sub contains;
    Integer minLength;
    Integer maxLength;
    Pattern pattern;
    String format;
    BigDecimal multipleOf;
    BigDecimal maximum;
    BigDecimal exclusiveMaximum;
    BigDecimal minimum;
    BigDecimal exclusiveMinimum;
    Integer minProperties;
    Integer maxProperties;
    Map<String, Object> dependencies = new LinkedHashMap<>();
    Sub propertyNames;
    List<Sub> allOf = new ArrayList<>();
    List<Sub> anyOf = new ArrayList<>();
    List<Sub> oneOf = new ArrayList<>();
    Sub not;
    Sub ifSchema;
    Sub thenSchema;
    Sub elseSchema;
    List<String> enumValues;
    String constValue;
  }

  private static SchemaException invalidType(String expected, String given) {
    return new SchemaException("Invalid type. Expected: " + expected + ", given: " + given);
  }

  private Sub child(Value v) {
    Sub s = new Sub();
    parse(v, s);
    return s;
  }

  private void parse(Value node, Sub s) {
    if (node instanceof BooleanValue b) {
      s.pass = b.value();
      return;
    }
    if (!(node instanceof ObjectValue m)) {
      throw new SchemaException("Expected: valid schema, given: Invalid JSON");
    }
    Value ref = m.get("$ref");
    if (ref != null) {
      if (!(ref instanceof StringValue rs)) {
        throw invalidType("string", "$ref");
      }
      s.refPointer = rs.value();
      s.ref = resolveRef(rs.value());
      return;
    }
    Value type = m.get("type");
    if (type != null) {
      if (type instanceof StringValue t) {
        addType(s, t.value());
      } else if (type instanceof ArrayValue ta) {
        for (Value t : ta.elements()) {
          if (!(t instanceof StringValue ts)) {
            throw new SchemaException("type must be of type string/array of strings");
          }
          addType(s, ts.value());
        }
      } else {
        throw invalidType("string/array of strings", "type");
      }
    }
    Value props = m.get("properties");
    if (props != null) {
      if (!(props instanceof ObjectValue po)) {
        throw invalidType("object", "properties");
      }
      for (int i = 0; i < po.size(); i++) {
        s.properties.put(Json.jsonKey(po.keyAt(i)), child(po.valueAt(i)));
      }
    }
    Value pp = m.get("patternProperties");
    if (pp != null) {
      if (!(pp instanceof ObjectValue ppo)) {
        throw invalidType("object", "patternProperties");
      }
      for (int i = 0; i < ppo.size(); i++) {
        String p = Json.jsonKey(ppo.keyAt(i));
        try {
          s.patterns.put(p, Pattern.compile(p));
        } catch (PatternSyntaxException e) {
          throw new SchemaException("Invalid regex pattern '" + p + "'");
        }
        s.patternProperties.put(p, child(ppo.valueAt(i)));
      }
    }
    Value ap = m.get("additionalProperties");
    if (ap != null) {
      if (ap instanceof BooleanValue b) {
        s.additionalProperties = b.value();
      } else if (ap instanceof ObjectValue) {
        s.additionalProperties = child(ap);
      } else {
        throw invalidType("boolean/valid schema", "additionalProperties");
      }
    }
    Value req = m.get("required");
    if (req != null) {
      if (!(req instanceof ArrayValue ra)) {
        throw new SchemaException("required must be of an array");
      }
      for (Value r : ra.elements()) {
        if (!(r instanceof StringValue rs)) {
          throw new SchemaException("required items must be string");
        }
        if (s.required.contains(rs.value())) {
          throw new SchemaException("required items must be unique");
        }
        s.required.add(rs.value());
      }
    }
    Value items = m.get("items");
    if (items != null) {
      if (items instanceof ArrayValue ia) {
        for (Value it : ia.elements()) {
          if (!(it instanceof ObjectValue) && !(it instanceof BooleanValue)) {
            throw invalidType("valid schema/array of schemas", "items");
          }
          s.items.add(child(it));
        }
      } else if (items instanceof ObjectValue || items instanceof BooleanValue) {
        s.items.add(child(items));
        s.itemsSingle = true;
      } else {
        throw invalidType("valid schema/array of schemas", "items");
      }
    }
    Value ai = m.get("additionalItems");
    if (ai != null) {
      if (ai instanceof BooleanValue b) {
        s.additionalItems = b.value();
      } else if (ai instanceof ObjectValue) {
        s.additionalItems = child(ai);
      } else {
        throw invalidType("boolean/valid schema", "additionalItems");
      }
    }
    s.minItems = nonNegative(m, "minItems");
    s.maxItems = nonNegative(m, "maxItems");
    s.minLength = nonNegative(m, "minLength");
    s.maxLength = nonNegative(m, "maxLength");
    s.minProperties = nonNegative(m, "minProperties");
    s.maxProperties = nonNegative(m, "maxProperties");
    if (s.minLength != null && s.maxLength != null && s.minLength > s.maxLength) {
      throw new SchemaException("minLength cannot be greater than maxLength");
    }
    if (s.minProperties != null && s.maxProperties != null && s.minProperties > s.maxProperties) {
      throw new SchemaException("minProperties cannot be greater than maxProperties");
    }
    Value ui = m.get("uniqueItems");
    if (ui != null) {
      if (!(ui instanceof BooleanValue b)) {
        throw new SchemaException("uniqueItems must be of a boolean");
      }
      s.uniqueItems = b.value();
    }
    if (m.get("contains") != null) {
      s.contains = child(m.get("contains"));
    }
    Value pattern = m.get("pattern");
    if (pattern != null) {
      if (!(pattern instanceof StringValue ps)) {
        throw new SchemaException("pattern must be of a string");
      }
      try {
        s.pattern = Pattern.compile(ps.value());
      } catch (PatternSyntaxException e) {
        throw new SchemaException("pattern must be a valid regex");
      }
    }
    Value format = m.get("format");
    if (format instanceof StringValue fs) {
      s.format = fs.value();
    }
    s.multipleOf = number(m, "multipleOf");
    if (s.multipleOf != null && s.multipleOf.signum() <= 0) {
      throw new SchemaException("multipleOf must be strictly greater than 0");
    }
    s.minimum = number(m, "minimum");
    s.maximum = number(m, "maximum");
    Value exMin = m.get("exclusiveMinimum");
    if (exMin instanceof BooleanValue b) {
      if (b.value()) {
        if (s.minimum == null) {
          throw new SchemaException("exclusiveMinimum cannot be used without minimum");
        }
        s.exclusiveMinimum = s.minimum;
        s.minimum = null;
      }
    } else {
      s.exclusiveMinimum = number(m, "exclusiveMinimum");
    }
    Value exMax = m.get("exclusiveMaximum");
    if (exMax instanceof BooleanValue b) {
      if (b.value()) {
        if (s.maximum == null) {
          throw new SchemaException("exclusiveMaximum cannot be used without maximum");
        }
        s.exclusiveMaximum = s.maximum;
        s.maximum = null;
      }
    } else {
      s.exclusiveMaximum = number(m, "exclusiveMaximum");
    }
    Value deps = m.get("dependencies");
    if (deps != null) {
      if (!(deps instanceof ObjectValue dobj)) {
        throw invalidType("object", "dependencies");
      }
      for (int i = 0; i < dobj.size(); i++) {
        Value d = dobj.valueAt(i);
        String k = Json.jsonKey(dobj.keyAt(i));
        if (d instanceof ArrayValue da) {
          List<String> names = new ArrayList<>();
          for (Value x : da.elements()) {
            if (!(x instanceof StringValue xs)) {
              throw new SchemaException("dependency must be of type schema/array of strings");
            }
            names.add(xs.value());
          }
          s.dependencies.put(k, names);
        } else if (d instanceof ObjectValue || d instanceof BooleanValue) {
          s.dependencies.put(k, child(d));
        } else {
          throw new SchemaException("dependency must be of type schema/array of strings");
        }
      }
    }
    if (m.get("propertyNames") != null) {
      s.propertyNames = child(m.get("propertyNames"));
    }
    s.allOf = schemaList(m, "allOf");
    s.anyOf = schemaList(m, "anyOf");
    s.oneOf = schemaList(m, "oneOf");
    if (m.get("not") != null) {
      s.not = child(m.get("not"));
    }
    if (m.get("if") != null) {
      s.ifSchema = child(m.get("if"));
      if (m.get("then") != null) {
        s.thenSchema = child(m.get("then"));
      }
      if (m.get("else") != null) {
        s.elseSchema = child(m.get("else"));
      }
    }
    Value en = m.get("enum");
    if (en != null) {
      if (!(en instanceof ArrayValue ea)) {
        throw new SchemaException("enum must be of an array");
      }
      s.enumValues = new ArrayList<>();
      for (Value e : ea.elements()) {
        String text = marshalWithoutNumber(e);
        if (s.enumValues.contains(text)) {
          throw new SchemaException("enum items must be unique");
        }
        s.enumValues.add(text);
      }
    }
    if (m.containsKey(StringValue.of("const"))) {
      s.constValue = marshalWithoutNumber(m.get("const"));
    }
  }

  private static void addType(Sub s, String t) {
    if (!JSON_TYPES.contains(t)) {
      throw new SchemaException("has a primitive type that is NOT VALID -- given: /" + t
          + "/ Expected valid values are:[" + String.join(" ", JSON_TYPES) + "]");
    }
    if (s.types.contains(t)) {
      throw new SchemaException(t + " type is duplicated");
    }
    s.types.add(t);
  }

  private List<Sub> schemaList(ObjectValue m, String key) {
    Value v = m.get(key);
    List<Sub> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!(v instanceof ArrayValue a)) {
      throw new SchemaException(key + " must be of an array");
    }
    for (Value x : a.elements()) {
      out.add(child(x));
    }
    return out;
  }

  private static Integer nonNegative(ObjectValue m, String key) {
    Value v = m.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof NumberValue n) || !n.isInteger()) {
      throw new SchemaException(key + " must be of an integer");
    }
    if (n.bigDecimalValue().signum() < 0) {
      throw new SchemaException(key + " must be greater than or equal to 0");
    }
    return n.bigDecimalValue().intValue();
  }

  private static BigDecimal number(ObjectValue m, String key) {
    Value v = m.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof NumberValue n)) {
      throw new SchemaException(key + " must be of a number");
    }
    return n.bigDecimalValue();
  }

  private Sub resolveRef(String ref) {
    Sub cached = refCache.get(ref);
    if (cached != null) {
      return cached;
    }
    if (!ref.startsWith("#")) {
      throw new SchemaException("Reference " + ref + " must be canonical");
    }
    Value target = rootDoc;
    String pointer = ref.substring(1);
    if (!pointer.isEmpty()) {
      for (String part : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
        String key = GoUrl.unescape(part, GoUrl.PATH).replace("~1", "/").replace("~0", "~");
        if (target instanceof ObjectValue o && o.get(key) != null) {
          target = o.get(key);
        } else if (target instanceof ArrayValue a && key.matches("[0-9]+") && Integer.parseInt(key) < a.size()) {
          target = a.get(Integer.parseInt(key));
        } else {
          throw new SchemaException("Object has no key '" + key + "'");
        }
      }
    }
    if (target == rootDoc) {
      return root;
    }
    Sub s = new Sub();
    refCache.put(ref, s);
    parse(target, s);
    return s;
  }

  /** gojsonschema's {@code marshalWithoutNumber}: JSON with numbers as float64. */
  static String marshalWithoutNumber(Value v) {
    StringBuilder sb = new StringBuilder();
    appendWithoutNumber(sb, v);
    return sb.toString();
  }

  private static void appendWithoutNumber(StringBuilder sb, Value v) {
    if (v instanceof NumberValue n) {
      sb.append(GoStrconv.formatJsonFloat(n.doubleValue()));
    } else if (v instanceof ArrayValue || v instanceof SetValue) {
      List<Value> elems = v instanceof ArrayValue a ? a.elements() : ((SetValue) v).elements();
      sb.append('[');
      for (int i = 0; i < elems.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        appendWithoutNumber(sb, elems.get(i));
      }
      sb.append(']');
    } else if (v instanceof ObjectValue o) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Value> e : Json.jsonMembers(o).entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        Json.quote(sb, e.getKey());
        sb.append(':');
        appendWithoutNumber(sb, e.getValue());
      }
      sb.append('}');
    } else {
      sb.append(Json.write(v));
    }
  }

  // ----------------------------------------------------------------- validating

  private static final class Result {
    final List<Error> errors = new ArrayList<>();
    int score;

    void add(String type, String context, String description) {
      String field = context.startsWith(ROOT + ".") ? context.substring(ROOT.length() + 1) : context;
      errors.add(new Error(type, field, description.replace("{{.field}}", field)));
      score -= 2;
    }

    void merge(Result other) {
      errors.addAll(other.errors);
      score += other.score;
    }

    boolean valid() {
      return errors.isEmpty();
    }
  }

  private Result sub(Sub s, Value v, String context) {
    Result r = new Result();
    validateRecursive(s, v, r, context);
    return r;
  }

  private static String given(Value v) {
    if (v instanceof NumberValue n) {
      return n.isInteger() ? "integer" : "number";
    }
    return v.typeName().equals("set") ? "array" : v.typeName();
  }

  private static String typesString(Sub s) {
    return s.types.size() > 1 ? "[" + String.join(",", s.types) + "]" : s.types.get(0);
  }

  private void validateRecursive(Sub s, Value v, Result r, String context) {
    if (s.pass != null) {
      if (!s.pass) {
        r.add("false", context, "False always fails validation");
      }
      return;
    }
    if (s.ref != null) {
      validateRecursive(s.ref, v, r, context);
      return;
    }
    if (!s.types.isEmpty()) {
      String g = given(v);
      boolean ok = s.types.contains(g) || (g.equals("integer") && s.types.contains("number"));
      if (!ok) {
        r.add("invalid_type", context, "Invalid type. Expected: " + typesString(s) + ", given: " + g);
        return;
      }
    }
    validateSchema(s, v, r, context);
    if (v instanceof NumberValue n) {
      validateNumber(s, n, r, context);
      validateCommon(s, v, r, context);
    } else if (v instanceof ArrayValue || v instanceof SetValue) {
      List<Value> elems = v instanceof ArrayValue a ? a.elements() : ((SetValue) v).elements();
      validateArray(s, elems, r, context);
      validateCommon(s, v, r, context);
    } else if (v instanceof ObjectValue o) {
      Map<String, Value> members = Json.jsonMembers(o);
      validateObject(s, members, r, context);
      validateCommon(s, v, r, context);
      for (Map.Entry<String, Sub> p : s.properties.entrySet()) {
        Value next = members.get(p.getKey());
        if (next != null) {
          validateRecursive(p.getValue(), next, r, context + "." + p.getKey());
        }
      }
    } else {
      validateCommon(s, v, r, context);
      if (v instanceof StringValue str) {
        validateString(s, str.value(), r, context);
      }
    }
    r.score++;
  }

  private void validateSchema(Sub s, Value v, Result r, String context) {
    if (!s.anyOf.isEmpty()) {
      Result best = null;
      boolean ok = false;
      for (Sub x : s.anyOf) {
        Result res = sub(x, v, context);
        if (res.valid()) {
          ok = true;
          break;
        }
        if (best == null || res.score > best.score) {
          best = res;
        }
      }
      if (!ok) {
        r.add("number_any_of", context, "Must validate at least one schema (anyOf)");
        if (best != null) {
          r.merge(best);
        }
      }
    }
    if (!s.oneOf.isEmpty()) {
      int validated = 0;
      Result best = null;
      for (Sub x : s.oneOf) {
        Result res = sub(x, v, context);
        if (res.valid()) {
          validated++;
        } else if (validated == 0 && (best == null || res.score > best.score)) {
          best = res;
        }
      }
      if (validated != 1) {
        r.add("number_one_of", context, "Must validate one and only one schema (oneOf)");
        if (validated == 0 && best != null) {
          r.merge(best);
        }
      }
    }
    if (!s.allOf.isEmpty()) {
      int validated = 0;
      for (Sub x : s.allOf) {
        Result res = sub(x, v, context);
        if (res.valid()) {
          validated++;
        }
        r.merge(res);
      }
      if (validated != s.allOf.size()) {
        r.add("number_all_of", context, "Must validate all the schemas (allOf)");
      }
    }
    if (s.not != null && sub(s.not, v, context).valid()) {
      r.add("number_not", context, "Must not validate the schema (not)");
    }
    if (!s.dependencies.isEmpty() && v instanceof ObjectValue o) {
      Map<String, Value> members = Json.jsonMembers(o);
      for (String key : members.keySet()) {
        Object dep = s.dependencies.get(key);
        if (dep instanceof List<?> names) {
          for (Object n : names) {
            if (!members.containsKey((String) n)) {
              r.add("missing_dependency", context, "Has a dependency on " + n);
            }
          }
        } else if (dep instanceof Sub ds) {
          validateRecursive(ds, v, r, context);
        }
      }
    }
    if (s.ifSchema != null) {
      boolean ifValid = sub(s.ifSchema, v, context).valid();
      if (s.thenSchema != null && ifValid) {
        Result res = sub(s.thenSchema, v, context);
        if (!res.valid()) {
          r.add("condition_then", context, "Must validate \"then\" as \"if\" was valid");
          r.merge(res);
        }
      }
      if (s.elseSchema != null && !ifValid) {
        Result res = sub(s.elseSchema, v, context);
        if (!res.valid()) {
          r.add("condition_else", context, "Must validate \"else\" as \"if\" was not valid");
          r.merge(res);
        }
      }
    }
    r.score++;
  }

  private void validateCommon(Sub s, Value v, Result r, String context) {
    if (s.constValue != null && !marshalWithoutNumber(v).equals(s.constValue)) {
      r.add("const", context, "{{.field}} does not match: " + s.constValue);
    }
    if (s.enumValues != null && !s.enumValues.contains(marshalWithoutNumber(v))) {
      r.add("enum", context, "{{.field}} must be one of the following: " + String.join(", ", s.enumValues));
    }
    if (s.format != null && !JsonSchemaFormats.isFormat(s.format, v)) {
      r.add("format", context, "Does not match format '" + s.format + "'");
    }
    r.score++;
  }

  private void validateArray(Sub s, List<Value> value, Result r, String context) {
    int n = value.size();
    if (s.itemsSingle) {
      for (int i = 0; i < n; i++) {
        r.merge(sub(s.items.get(0), value.get(i), context + "." + i));
      }
    } else if (!s.items.isEmpty()) {
      int nbItems = s.items.size();
      for (int i = 0; i != nbItems && i != n; i++) {
        r.merge(sub(s.items.get(i), value.get(i), context + "." + i));
      }
      if (nbItems < n) {
        if (s.additionalItems instanceof Boolean b && !b) {
          r.add("array_no_additional_items", context, "No additional items allowed on array");
        } else if (s.additionalItems instanceof Sub as) {
          for (int i = nbItems; i != n; i++) {
            r.merge(sub(as, value.get(i), context + "." + i));
          }
        }
      }
    }
    if (s.minItems != null && n < s.minItems) {
      r.add("array_min_items", context, "Array must have at least " + s.minItems + " items");
    }
    if (s.maxItems != null && n > s.maxItems) {
      r.add("array_max_items", context, "Array must have at most " + s.maxItems + " items");
    }
    if (s.uniqueItems) {
      Map<String, Integer> seen = new HashMap<>();
      for (int j = 0; j < n; j++) {
        String text = marshalWithoutNumber(value.get(j));
        Integer i = seen.get(text);
        if (i != null) {
          r.add("unique", context, "array items[" + i + "," + j + "] must be unique");
        }
        seen.put(text, j);
      }
    }
    if (s.contains != null) {
      boolean one = false;
      Result best = null;
      for (int i = 0; i < n; i++) {
        Result res = sub(s.contains, value.get(i), context + "." + i);
        if (res.valid()) {
          one = true;
          break;
        }
        if (best == null || res.score > best.score) {
          best = res;
        }
      }
      if (!one) {
        r.add("contains", context, "At least one of the items must match");
        if (best != null) {
          r.merge(best);
        }
      }
    }
    r.score++;
  }

  private void validateObject(Sub s, Map<String, Value> value, Result r, String context) {
    if (s.minProperties != null && value.size() < s.minProperties) {
      r.add("array_min_properties", context, "Must have at least " + s.minProperties + " properties");
    }
    if (s.maxProperties != null && value.size() > s.maxProperties) {
      r.add("array_max_properties", context, "Must have at most " + s.maxProperties + " properties");
    }
    for (String req : s.required) {
      if (value.containsKey(req)) {
        r.score++;
      } else {
        r.add("required", context, req + " is required");
      }
    }
    for (Map.Entry<String, Value> e : value.entrySet()) {
      String pk = e.getKey();
      boolean found = s.properties.containsKey(pk);
      boolean ppMatch = false;
      for (Map.Entry<String, Sub> pp : s.patternProperties.entrySet()) {
        if (s.patterns.get(pp.getKey()).matcher(pk).find()) {
          ppMatch = true;
          r.merge(sub(pp.getValue(), e.getValue(), context + "." + pk));
        }
      }
      if (ppMatch) {
        r.score++;
      }
      if (!found && !ppMatch) {
        if (s.additionalProperties instanceof Boolean b && !b) {
          r.add("additional_property_not_allowed", context, "Additional property " + pk + " is not allowed");
        } else if (s.additionalProperties instanceof Sub as) {
          r.merge(sub(as, e.getValue(), context + "." + pk));
        }
      }
    }
    if (s.propertyNames != null) {
      for (String pk : value.keySet()) {
        Result res = sub(s.propertyNames, StringValue.of(pk), context);
        if (!res.valid()) {
          r.add("invalid_property_name", context, "Property name of \"" + pk + "\" does not match");
          r.merge(res);
        }
      }
    }
    r.score++;
  }

  private void validateString(Sub s, String value, Result r, String context) {
    int runes = value.codePointCount(0, value.length());
    if (s.minLength != null && runes < s.minLength) {
      r.add("string_gte", context, "String length must be greater than or equal to " + s.minLength);
    }
    if (s.maxLength != null && runes > s.maxLength) {
      r.add("string_lte", context, "String length must be less than or equal to " + s.maxLength);
    }
    if (s.pattern != null && !s.pattern.matcher(value).find()) {
      r.add("pattern", context, "Does not match pattern '" + s.pattern.pattern() + "'");
    }
    r.score++;
  }

  private void validateNumber(Sub s, NumberValue n, Result r, String context) {
    BigDecimal v = n.bigDecimalValue();
    if (s.multipleOf != null && v.remainder(s.multipleOf).signum() != 0) {
      r.add("multiple_of", context, "Must be a multiple of " + bigFloat(s.multipleOf));
    }
    if (s.maximum != null && v.compareTo(s.maximum) > 0) {
      r.add("number_lte", context, "Must be less than or equal to " + bigFloat(s.maximum));
    }
    if (s.exclusiveMaximum != null && v.compareTo(s.exclusiveMaximum) >= 0) {
      r.add("number_lt", context, "Must be less than " + bigFloat(s.exclusiveMaximum));
    }
    if (s.minimum != null && v.compareTo(s.minimum) < 0) {
      r.add("number_gte", context, "Must be greater than or equal to " + bigFloat(s.minimum));
    }
    if (s.exclusiveMinimum != null && v.compareTo(s.exclusiveMinimum) <= 0) {
      r.add("number_gt", context, "Must be greater than " + bigFloat(s.exclusiveMinimum));
    }
    r.score++;
  }

  /** A {@code big.Float} as text/template prints it ({@code %v}: 'g' with 10 digits). */
  private static String bigFloat(BigDecimal d) {
    BigDecimal r = d.round(new java.math.MathContext(10)).stripTrailingZeros();
    int exp = r.precision() - r.scale() - 1;
    if (exp < -4 || exp >= 10) {
      String digits = r.unscaledValue().abs().toString();
      StringBuilder sb = new StringBuilder(r.signum() < 0 ? "-" : "");
      sb.append(digits.charAt(0));
      if (digits.length() > 1) {
        sb.append('.').append(digits, 1, digits.length());
      }
      sb.append('e').append(exp < 0 ? '-' : '+');
      if (Math.abs(exp) < 10) {
        sb.append('0');
      }
      return sb.append(Math.abs(exp)).toString();
    }
    return r.toPlainString();
  }
}
