package io.opadynamodb.dynamodb.embedded;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;

/**
 * The exceptions the real service raises, built with the same error codes and HTTP status so
 * that callers' error handling (for example on {@code awsErrorDetails().errorCode()}) is exercised.
 */
final class Errors {
  private Errors() {}

  static DynamoDbException validation(String message) {
    return build(DynamoDbException.builder(), "ValidationException", message);
  }

  static ConditionalCheckFailedException conditionFailed() {
    return build(ConditionalCheckFailedException.builder(), "ConditionalCheckFailedException",
        "The conditional request failed");
  }

  static ResourceNotFoundException notFound(String message) {
    return build(ResourceNotFoundException.builder(), "ResourceNotFoundException", message);
  }

  static ResourceInUseException inUse(String message) {
    return build(ResourceInUseException.builder(), "ResourceInUseException", message);
  }

  static TrimmedDataAccessException trimmed(String message) {
    return build(TrimmedDataAccessException.builder(), "TrimmedDataAccessException", message);
  }

  @SuppressWarnings("unchecked")
  private static <T extends AwsServiceException> T build(AwsServiceException.Builder b, String code, String message) {
    AwsErrorDetails details = AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("DynamoDb")
        .build();
    return (T) b.message(message).statusCode(400).awsErrorDetails(details).build();
  }
}
