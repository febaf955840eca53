package io.opadynamodb.dynamodb.store.builtins;

import io.opadynamodb.dynamodb.store.AttributeValues;
import io.opadynamodb.rego.CustomBuiltin;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The Rego built-ins {@code dynamodb.get(request)} and {@code dynamodb.query(request)}, with
 * Enterprise OPA's request and response shapes:
 *
 * <pre>
 * dynamodb.get({"table": "users", "key": {"id": {"S": "alice"}}})       # {"row": {...}} or {}
 * dynamodb.query({"table": "orders", "key_condition_expression": "#p = :v",
 *                 "expression_attribute_names": {"#p": "customer"},
 *                 "expression_attribute_values": {":v": {"S": "alice"}}})  # {"rows": [...]}
 * </pre>
 *
 * Rows are plain JSON. The same call twice in one decision reads once; with {@code "cache": true}
 * results are also kept across decisions for {@code cache_duration} (default 60 s). With
 * {@code "raise_error": false} a failure answers {@code {"error": {"code", "message"}}} instead of
 * an error. Requests naming an {@code endpoint} or {@code region} use a client for it; others use
 * the application's client.
 */
public final class DynamoDbBuiltins {
  /** Queries follow at most this many pages, so that a policy cannot read a whole table by mistake. */
  static final int MAX_PAGES = 100;
  private static final Set<String> GET_FIELDS = Set.of("key");
  private static final Set<String> QUERY_FIELDS = Set.of("key_condition_expression", "expression_attribute_values",
      "expression_attribute_names", "index_name", "limit", "scan_index_forward");

  private final DynamoDbClient defaultClient;
  private final Function<ClientKey, DynamoDbClient> clientFactory;
  private final Map<ClientKey, DynamoDbClient> clients = new ConcurrentHashMap<>();
  private final LookupCache cache;

  /** Where a request's client points: endpoint (may be null) and region (may be null). */
  public record ClientKey(String endpoint, String region) {}

  /**
   * @param defaultClient the application's client
   * @param clientFactory builds clients for requests that name an endpoint or region
   * @param cacheMaxEntries bound of the cross-decision cache
   */
  public DynamoDbBuiltins(DynamoDbClient defaultClient, Function<ClientKey, DynamoDbClient> clientFactory,
      long cacheMaxEntries) {
    this.defaultClient = defaultClient;
    this.clientFactory = clientFactory;
    this.cache = new LookupCache(cacheMaxEntries);
  }

  /** Built-ins on the application's client; other endpoints and regions get SDK-default clients. */
  public DynamoDbBuiltins(DynamoDbClient defaultClient, long cacheMaxEntries) {
    this(defaultClient, DynamoDbBuiltins::sdkClient, cacheMaxEntries);
  }

  /** Both built-ins, to pass to {@code PolicySet.Builder.builtin} (or to a {@code BundleCompiler}). */
  public List<CustomBuiltin> builtins() {
    return List.of(get(), query());
  }

  public CustomBuiltin get() {
    return new CustomBuiltin("dynamodb.get", List.of("object"), "object", true,
        (ctx, args) -> call(ctx, "dynamodb.get", args[0], GET_FIELDS, this::doGet));
  }

  public CustomBuiltin query() {
    return new CustomBuiltin("dynamodb.query", List.of("object"), "object", true,
        (ctx, args) -> call(ctx, "dynamodb.query", args[0], QUERY_FIELDS, this::doQuery));
  }

  /** Entries in the cross-decision cache (for metrics and tests). */
  public long cachedEntries() {
    return cache.size();
  }

  private Value call(BuiltinContext ctx, String name, Value arg, Set<String> fields,
      Function<LookupRequest, Value> lookup) {
    LookupRequest request = new LookupRequest(arg, fields);
    Value memoKey = ArrayValue.of(StringValue.of(name), arg);
    Object memo = ctx.evaluationCache().get(memoKey);
    if (memo != null) {
      return (Value) memo;
    }
    boolean shared = request.cache();
    Value response = shared ? cache.get(memoKey) : null;
    if (response == null) {
      try {
        response = lookup.apply(request);
      } catch (SdkException e) {
        if (request.raiseError()) {
          throw new BuiltinException(describe(e), e);
        }
        return errorResponse(e);
      } catch (BuiltinException e) {
        if (request.raiseError()) {
          throw e;
        }
        return errorResponse(e);
      }
      if (shared) {
        cache.put(memoKey, response, request.cacheDuration());
      }
    }
    ctx.evaluationCache().put(memoKey, response);
    return response;
  }

  private Value doGet(LookupRequest r) {
    String table = r.table();
    Map<String, AttributeValue> key = TypedJson.attributes(r.object("key", true), "key");
    GetItemResponse resp = client(r).getItem(b -> b.tableName(table).key(key).consistentRead(r.consistentRead()));
    if (!resp.hasItem() || resp.item().isEmpty()) {
      return ObjectValue.EMPTY;
    }
    return ObjectValue.ofStrings("row", AttributeValues.toObject(resp.item()));
  }

  private Value doQuery(LookupRequest r) {
    QueryRequest.Builder b = QueryRequest.builder()
        .tableName(r.table())
        .keyConditionExpression(r.requiredString("key_condition_expression"))
        .consistentRead(r.consistentRead())
        .scanIndexForward(r.bool("scan_index_forward", true));
    ObjectValue values = r.object("expression_attribute_values", false);
    if (values != null) {
      b.expressionAttributeValues(TypedJson.attributes(values, "expression_attribute_values"));
    }
    ObjectValue names = r.object("expression_attribute_names", false);
    if (names != null) {
      Map<String, String> n = new java.util.LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String alias = TypedJson.string(names.keyAt(i), "expression_attribute_names");
        n.put(alias, TypedJson.string(names.valueAt(i), "expression_attribute_names." + alias));
      }
      b.expressionAttributeNames(n);
    }
    String index = r.optionalString("index_name");
    if (index != null) {
      b.indexName(index);
    }
    Integer limit = r.positiveInt("limit");
    DynamoDbClient client = client(r);
    List<Value> rows = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      if (limit != null) {
        b.limit(limit - rows.size());
      }
      QueryResponse resp = client.query(b.exclusiveStartKey(start).build());
      resp.items().forEach(item -> rows.add(AttributeValues.toObject(item)));
      start = resp.hasLastEvaluatedKey() && !resp.lastEvaluatedKey().isEmpty() ? resp.lastEvaluatedKey() : null;
      if (start == null || (limit != null && rows.size() >= limit)) {
        break;
      }
    }
    return ObjectValue.ofStrings("rows", ArrayValue.of(rows));
  }

  private DynamoDbClient client(LookupRequest r) {
    String endpoint = r.endpoint();
    String region = r.region();
    if (endpoint == null && region == null) {
      return defaultClient;
    }
    return clients.computeIfAbsent(new ClientKey(endpoint, region), clientFactory);
  }

  private static DynamoDbClient sdkClient(ClientKey key) {
    var b = DynamoDbClient.builder();
    if (key.endpoint() != null) {
      String e = key.endpoint();
      b.endpointOverride(URI.create(e.contains("://") ? e : "https://" + e));
    }
    if (key.region() != null) {
      b.region(Region.of(key.region()));
    }
    return b.build();
  }

  private static String describe(SdkException e) {
    if (e instanceof AwsServiceException a && a.awsErrorDetails() != null) {
      return a.awsErrorDetails().errorCode() + ": " + a.awsErrorDetails().errorMessage();
    }
    return e.getMessage();
  }

  private static Value errorResponse(RuntimeException e) {
    String code = e instanceof AwsServiceException a && a.awsErrorDetails() != null
        ? a.awsErrorDetails().errorCode() : e instanceof SdkException ? "ClientError" : "RequestError";
    String message = e instanceof SdkException s ? describe(s) : e.getMessage();
    return ObjectValue.ofStrings("error", ObjectValue.ofStrings("code", StringValue.of(code), "message",
        StringValue.of(message)));
  }
}
