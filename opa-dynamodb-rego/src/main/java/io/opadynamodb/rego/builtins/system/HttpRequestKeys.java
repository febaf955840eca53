package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import io.opadynamodb.rego.value.ValueFormatter;
import java.util.List;

/** The request-object checks shared by {@code http.send} and {@code providers.aws.sign_req}. */
final class HttpRequestKeys {
  static final SetValue ALLOWED = strings(List.of("method", "url", "body", "enable_redirect", "force_json_decode",
      "force_yaml_decode", "headers", "raw_body", "tls_use_system_certs", "tls_ca_cert", "tls_ca_cert_file",
      "tls_ca_cert_env_variable", "tls_client_cert", "tls_client_cert_file", "tls_client_cert_env_variable",
      "tls_client_key", "tls_client_key_file", "tls_client_key_env_variable", "tls_insecure_skip_verify",
      "tls_server_name", "timeout", "cache", "force_cache", "force_cache_duration_seconds", "raise_error",
      "caching_mode", "max_retry_attempts", "cache_ignored_headers"));
  static final SetValue REQUIRED = strings(List.of("method", "url"));

  private HttpRequestKeys() {}

  static SetValue strings(List<String> names) {
    SetValue.Builder b = SetValue.builder();
    names.forEach(n -> b.add(StringValue.of(n)));
    return b.build();
  }

  /** OPA's validateHTTPRequestOperand. */
  static ObjectValue validate(Value[] args, int index) {
    ObjectValue obj = Args.object(args, index);
    SetValue keys = SetValue.of(obj.keys());
    SetValue invalid = keys.minus(ALLOWED);
    if (!invalid.isEmpty()) {
      throw Args.operand(index + 1, "invalid request parameters(s): " + ValueFormatter.rego(invalid));
    }
    SetValue missing = REQUIRED.minus(keys);
    if (!missing.isEmpty()) {
      throw Args.operand(index + 1, "missing required request parameters(s): " + ValueFormatter.rego(missing));
    }
    return obj;
  }
}
