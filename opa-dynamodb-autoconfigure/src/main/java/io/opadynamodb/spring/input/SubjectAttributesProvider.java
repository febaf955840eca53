package io.opadynamodb.spring.input;

import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * Supplies {@code input.subject.attributes} for an authenticated caller (for example tenure and title from a
 * user directory). Declare beans of this type; their results are merged in order. Without one, the attributes
 * are those of a principal or details object that is a {@link Map}, else empty.
 */
@FunctionalInterface
public interface SubjectAttributesProvider {

  /** The attributes of the caller; an empty map when there are none. */
  Map<String, Object> attributes(Authentication authentication);
}
