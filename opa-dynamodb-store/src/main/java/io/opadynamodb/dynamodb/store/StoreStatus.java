package io.opadynamodb.dynamodb.store;

import java.time.Instant;
import java.util.List;

/**
 * What a health indicator or an actuator endpoint reports about a {@link LivePolicies}.
 *
 * @param bundle the bundle name
 * @param activeRevision the revision being served (0 when serving fallback policies)
 * @param lastLoadAt when the served set was loaded
 * @param storeUp false after the last read of the store failed, until one succeeds
 * @param lastError the last failure (store read or refused revision), or null
 * @param lastErrorAt when it happened, or null
 * @param refusedRevision a revision that was activated in the table but did not compile (0 when none)
 * @param refusedErrors its errors as {@code file:row:col: code: message}
 */
public record StoreStatus(String bundle, long activeRevision, Instant lastLoadAt, boolean storeUp, String lastError,
    Instant lastErrorAt, long refusedRevision, List<String> refusedErrors) {
  public StoreStatus {
    refusedErrors = List.copyOf(refusedErrors);
  }
}
