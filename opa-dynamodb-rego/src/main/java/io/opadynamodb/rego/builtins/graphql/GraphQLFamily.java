package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.graphql.QueryAst.QueryDocument;
import io.opadynamodb.rego.builtins.text.BoundedCache;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.Schema;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.SchemaDocument;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;

/**
 * OPA's {@code topdown/graphql.go}: {@code graphql.parse_query}, {@code graphql.parse_schema},
 * {@code graphql.parse}, {@code graphql.parse_and_verify}, {@code graphql.is_valid} and
 * {@code graphql.schema_is_valid}, on a port of gqlparser (lexer, parsers, schema validation and
 * the default query validation rules). Queries and schemas are GraphQL text or the AST objects the
 * parse built-ins return; ASTs come back as OPA shapes them (see {@link AstJson}).
 */
public final class GraphQLFamily implements BuiltinFamily {
  /** A schema that passed validation, with its AST; immutable, so shared across evaluations. */
  private record ValidSchema(Schema schema, Value ast) {}

  /** Validated schemas by their text or AST object; like OPA's graphql cache, ten entries, valid ones only. */
  private static final BoundedCache<Value, ValidSchema> SCHEMAS = new BoundedCache<>(10);

  @Override
  public void register(BuiltinRegistry r) {
    r.register("graphql.parse_query", (ctx, a) -> guarded(() -> AstJson.query(parseQuery(Args.string(a, 0)))));
    r.register("graphql.parse_schema", (ctx, a) -> guarded(() -> AstJson.schema(parseSchema(Args.string(a, 0)))));
    r.register("graphql.parse", (ctx, a) -> guarded(() -> parse(a[0], a[1])));
    r.register("graphql.parse_and_verify", (ctx, a) -> parseAndVerify(a[0], a[1]));
    r.register("graphql.is_valid", (ctx, a) -> BooleanValue.of(isValid(a[0], a[1])));
    r.register("graphql.schema_is_valid", (ctx, a) -> BooleanValue.of(schemaIsValid(a[0])));
  }

  /** {@code graphql.parse}: [query AST, schema AST], or the first parse or validation error. */
  private static Value parse(Value query, Value schema) {
    QueryDocument queryDoc = queryDocument(query, 0);
    ValidSchema validated = validSchema(schema, 1);
    Value queryAst = AstJson.query(queryDoc);
    try {
      QueryValidator.validate(validated.schema, queryDoc);
    } catch (GqlException e) {
      throw new BuiltinException(format(e.getMessage()));
    }
    return ArrayValue.of(queryAst, validated.ast);
  }

  /** {@code graphql.parse_and_verify}: [true, query AST, schema AST], or [false, {}, {}] on any problem. */
  private static Value parseAndVerify(Value query, Value schema) {
    try {
      if (!isStringOrObject(query) || !isStringOrObject(schema)) {
        return unverified();
      }
      QueryDocument queryDoc = queryDocument(query, 0);
      Value queryAst = AstJson.query(queryDoc);
      ValidSchema validated = validSchema(schema, 1);
      QueryValidator.validate(validated.schema, queryDoc);
      return ArrayValue.of(BooleanValue.TRUE, queryAst, validated.ast);
    } catch (RuntimeException e) {
      return unverified();
    }
  }

  private static Value unverified() {
    return ArrayValue.of(BooleanValue.FALSE, ObjectValue.EMPTY, ObjectValue.EMPTY);
  }

  private static boolean isValid(Value query, Value schema) {
    if (!isStringOrObject(query) || !isStringOrObject(schema)) {
      return false;
    }
    try {
      QueryDocument queryDoc = queryDocument(query, 0);
      QueryValidator.validate(validSchema(schema, 1).schema, queryDoc);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean schemaIsValid(Value schema) {
    if (!isStringOrObject(schema)) {
      return false;
    }
    try {
      validSchema(schema, 0);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean isStringOrObject(Value v) {
    return v instanceof StringValue || v instanceof ObjectValue;
  }

  private static QueryDocument parseQuery(String text) {
    try {
      return QueryParser.parse(text);
    } catch (GqlException e) {
      throw new BuiltinException(format(e.getMessage()));
    }
  }

  private static SchemaDocument parseSchema(String text) {
    try {
      return SchemaParser.parse(text, "", false);
    } catch (GqlException e) {
      throw new BuiltinException(format(e.getMessage()));
    }
  }

  /** A query given as text or as an AST object (operand {@code pos} in OPA's numbering). */
  private static QueryDocument queryDocument(Value v, int pos) {
    if (v instanceof StringValue s) {
      return parseQuery(s.value());
    }
    if (v instanceof ObjectValue) {
      return decoded(() -> AstDecoder.query(v));
    }
    throw Args.typeError(pos, v, "string", "object");
  }

  private static SchemaDocument schemaDocument(Value v, int pos) {
    if (v instanceof StringValue s) {
      return parseSchema(s.value());
    }
    if (v instanceof ObjectValue) {
      return decoded(() -> AstDecoder.schema(v));
    }
    throw Args.typeError(pos, v, "string", "object");
  }

  private static <T> T decoded(java.util.function.Supplier<T> decode) {
    try {
      return decode.get();
    } catch (GoJsonReader.DecodeException e) {
      throw new BuiltinException(e.getMessage());
    }
  }

  /** The schema parsed (or decoded), turned into an AST value and validated; cached when valid. */
  private static ValidSchema validSchema(Value schema, int pos) {
    return SCHEMAS.get(schema, v -> {
      SchemaDocument doc = schemaDocument(v, pos);
      Value ast = AstJson.schema(doc); // before validation, which merges extensions into definitions
      return new ValidSchema(convertSchema(doc), ast);
    });
  }

  /** OPA's {@code convertSchema}: the prelude merged in, then gqlparser's schema validation. */
  private static Schema convertSchema(SchemaDocument doc) {
    SchemaDocument merged = new SchemaDocument();
    merged.merge(Prelude.document());
    merged.merge(doc);
    try {
      return SchemaValidator.validate(merged);
    } catch (GqlException e) {
      throw new BuiltinException("Error in gqlparser SchemaDocument to Schema conversion: " + e.getMessage());
    }
  }

  /**
   * OPA's {@code formatGqlParserError}: "input:L:C: msg" becomes "msg in GraphQL string at location
   * L:C" (a final ".\n" dropped); text without a location is wrapped as a parse error.
   */
  static String format(String goError) {
    String[] parts = goError.split(":", 4);
    if (parts.length >= 4 && parts[1].matches("\\d+") && parts[2].matches("\\d+")) {
      String msg = parts[3].replaceFirst("^ +", "");
      if (msg.endsWith(".\n")) {
        msg = msg.substring(0, msg.length() - 2);
      }
      return msg + " in GraphQL string at location " + Long.parseLong(parts[1]) + ":" + Long.parseLong(parts[2]);
    }
    return "GraphQL parse error: " + goError;
  }

  /** Any other failure (a malformed AST object gqlparser would crash on) is a plain built-in error. */
  private static Value guarded(java.util.function.Supplier<Value> body) {
    try {
      return body.get();
    } catch (BuiltinException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new BuiltinException("GraphQL parse error: " + e);
    }
  }
}
