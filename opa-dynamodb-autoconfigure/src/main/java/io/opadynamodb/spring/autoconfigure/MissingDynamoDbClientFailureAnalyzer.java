package io.opadynamodb.spring.autoconfigure;

import io.opadynamodb.spring.dynamodb.MissingDynamoDbClientException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up on the DynamoDB policy store without a DynamoDbClient, and the three ways to give it one. */
public class MissingDynamoDbClientFailureAnalyzer extends AbstractFailureAnalyzer<MissingDynamoDbClientException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingDynamoDbClientException cause) {
    return new FailureAnalysis("Policies come from the DynamoDB table " + cause.table()
        + " (opa.dynamodb.enabled=true, opa.dynamodb.embedded=false), but the application has no DynamoDbClient "
        + "bean to read it with.",
        "Do one of:\n"
            + "  - add io.awspring.cloud:spring-cloud-aws-starter-dynamodb (version from the spring-cloud-aws BOM) "
            + "and set spring.cloud.aws.region.static (credentials from the default chain or "
            + "spring.cloud.aws.credentials.*, spring.cloud.aws.dynamodb.endpoint for a local DynamoDB);\n"
            + "  - declare a software.amazon.awssdk.services.dynamodb.DynamoDbClient bean;\n"
            + "  - set opa.dynamodb.embedded=true to run the in-process DynamoDB (demos and tests only: its content "
            + "is lost on stop).",
        cause);
  }
}
