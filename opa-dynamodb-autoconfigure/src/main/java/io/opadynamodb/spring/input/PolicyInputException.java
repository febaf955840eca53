package io.opadynamodb.spring.input;

/**
 * The request could not be turned into a policy input (for example the {@code resource} expression failed on the
 * request body, or the body holds a value JSON cannot carry). The web layer answers 400 with the message.
 */
public class PolicyInputException extends RuntimeException {
  public PolicyInputException(String message) {
    super(message, null, false, false);
  }
}
