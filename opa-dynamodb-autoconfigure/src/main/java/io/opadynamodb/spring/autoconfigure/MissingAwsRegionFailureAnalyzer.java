package io.opadynamodb.spring.autoconfigure;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Explains the AWS SDK's "Unable to load region" at start-up (typically spring-cloud-aws building the
 * DynamoDbClient on a machine without an AWS region) in a few lines instead of the SDK's provider-chain dump. Matched
 * by class name, so that the analyzer loads in applications without the AWS SDK.
 */
public class MissingAwsRegionFailureAnalyzer implements FailureAnalyzer {
  private static final String SDK_CLIENT_EXCEPTION = "software.amazon.awssdk.core.exception.SdkClientException";

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getClass().getName().equals(SDK_CLIENT_EXCEPTION) && t.getMessage() != null
          && t.getMessage().startsWith("Unable to load region")) {
        return new FailureAnalysis("An AWS client (for the DynamoDB policy store, usually spring-cloud-aws's "
            + "DynamoDbClient) was built without an AWS region: none is set in spring.cloud.aws.region.static, "
            + "AWS_REGION, the aws.region system property or the AWS profile.",
            "Set spring.cloud.aws.region.static (e.g. us-east-1; with spring.cloud.aws.dynamodb.endpoint for a "
                + "local DynamoDB), or AWS_REGION; or run on the in-process store with opa.dynamodb.enabled=true "
                + "and opa.dynamodb.embedded=true (demos and tests only).",
            t);
      }
    }
    return null;
  }
}
