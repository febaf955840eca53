package io.opadynamodb.dynamodb.store;

import io.opadynamodb.rego.RegoError;
import java.util.List;

/**
 * What a publish or rollback did.
 *
 * @param outcome the kind of result
 * @param revision the active revision afterwards (the new one when published)
 * @param errors for {@link Outcome#REJECTED}: every compile or content error, with its location
 * @param message a human-readable summary
 */
public record PublishResult(Outcome outcome, long revision, List<RegoError> errors, String message) {
  public PublishResult {
    errors = List.copyOf(errors);
  }

  /** The kinds of result; an HTTP front end maps them to 200, 400, 409 and 404. */
  public enum Outcome {
    /** The new revision is active. */
    PUBLISHED,
    /** The bundle does not compile or its content is invalid; nothing was written. */
    REJECTED,
    /** Another publisher changed the active revision first (or the expected revision was stale); nothing is active that was not before. */
    CONFLICT,
    /** The revision to roll back to is not kept. */
    NOT_FOUND
  }

  static PublishResult published(long revision, String message) {
    return new PublishResult(Outcome.PUBLISHED, revision, List.of(), message);
  }

  static PublishResult rejected(long activeRevision, List<RegoError> errors, String message) {
    return new PublishResult(Outcome.REJECTED, activeRevision, errors, message);
  }

  static PublishResult conflict(long activeRevision, String message) {
    return new PublishResult(Outcome.CONFLICT, activeRevision, List.of(), message);
  }

  static PublishResult notFound(long activeRevision, String message) {
    return new PublishResult(Outcome.NOT_FOUND, activeRevision, List.of(), message);
  }

  /** The errors as {@code file:row:col: code: message} lines. */
  public List<String> errorLines() {
    return errors.stream().map(e -> e.location().row() == 0 ? e.code() + ": " + e.message()
        : e.location() + ": " + e.code() + ": " + e.message()).toList();
  }
}
