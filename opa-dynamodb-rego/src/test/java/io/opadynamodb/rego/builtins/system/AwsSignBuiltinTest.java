package io.opadynamodb.rego.builtins.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import org.junit.jupiter.api.Test;

/** Expected signatures come from OPA v1.22.2. */
class AwsSignBuiltinTest {
  private static final Value TS = NumberValue.of(1451311705000000000L);

  private Value sign(String req, String config, Value ts) {
    return TestContext.call(new AwsSignBuiltin(), new TestContext(), "providers.aws.sign_req", Json.parse(req),
        Json.parse(config), ts);
  }

  @Test
  void signsWithSessionTokenBodyAndHeaders() {
    Value out = sign("{\"method\": \"post\", \"url\": \"https://user@example.com:8443/a%20b/c?x=1&y=2\","
        + " \"headers\": {\"Content-Type\": \"application/json\", \"User-Agent\": \"foo\", \"X-Foo\": \"bar\"},"
        + " \"body\": {\"b\": [1, 2], \"a\": \"x\"}}",
        "{\"aws_access_key\": \"AKID\", \"aws_secret_access_key\": \"SECRET\", \"aws_service\": \"execute-api\","
        + " \"aws_region\": \"eu-west-1\", \"aws_session_token\": \"TOK\"}", TS);
    ObjectValue headers = (ObjectValue) ((ObjectValue) out).get("headers");
    assertThat(headers.get("Authorization")).isEqualTo(Json.parse("\"AWS4-HMAC-SHA256 Credential=AKID/20151228/"
        + "eu-west-1/execute-api/aws4_request,SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;"
        + "x-foo,Signature=5997207f4b9b31f1e9d56f75c8b64f52be0bc9dd457fcda3f615d1c9ef529592\""));
    assertThat(headers.get("host")).isEqualTo(Json.parse("\"example.com:8443\""));
    assertThat(headers.get("x-amz-security-token")).isEqualTo(Json.parse("\"TOK\""));
    assertThat(headers.get("User-Agent")).isEqualTo(Json.parse("\"foo\""));
  }

  @Test
  void unsignedPayloadForS3() {
    Value out = sign("{\"method\": \"get\", \"url\": \"http://example.com\"}",
        "{\"aws_access_key\": \"MYAWSACCESSKEYGOESHERE\",\"aws_secret_access_key\": \"MYAWSSECRETACCESSKEYGOESHERE\","
        + "\"aws_service\": \"s3\",\"aws_region\": \"us-east-1\", \"disable_payload_signing\": true}", TS);
    assertThat(out).isEqualTo(Json.parse("{\"headers\": {\"Authorization\": \"AWS4-HMAC-SHA256 Credential="
        + "MYAWSACCESSKEYGOESHERE/20151228/us-east-1/s3/aws4_request,SignedHeaders=host;x-amz-content-sha256;"
        + "x-amz-date,Signature=99b8e26b04c6d9d4e2df5c81c48b9594f3ae63d0f0cd6eb17f32d0325251264a\","
        + "\"host\": \"example.com\", \"x-amz-content-sha256\": \"UNSIGNED-PAYLOAD\","
        + "\"x-amz-date\": \"20151228T140825Z\"}, \"method\": \"get\", \"url\": \"http://example.com\"}"));
  }

  @Test
  void operandErrorsAsOpa() {
    String cfg = "{\"aws_access_key\": \"a\", \"aws_secret_access_key\": \"b\", \"aws_service\": \"s3\","
        + " \"aws_region\": \"us-east-1\"}";
    assertThatThrownBy(() -> sign("{}", cfg, TS)).isInstanceOf(BuiltinException.class)
        .hasMessage("operand 1 missing required request parameters(s): {\"method\", \"url\"}");
    assertThatThrownBy(() -> sign("{\"method\": \"get\", \"url\": \"x\"}", "{}", TS))
        .hasMessage("operand 2 missing required AWS config parameters(s): {\"aws_access_key\", \"aws_region\","
            + " \"aws_secret_access_key\", \"aws_service\"}");
    assertThatThrownBy(() -> sign("{\"method\": \"get\", \"url\": \"x\"}", cfg, NumberValue.parse("1.5")))
        .hasMessage("operand 3 could not convert time_ns value into a unix timestamp");
    assertThatThrownBy(() -> sign("{\"method\": 1, \"url\": 2}", cfg, TS))
        .hasMessage("operand 1 invalid values for required request parameters(s): {\"method\", \"url\"}");
  }
}
