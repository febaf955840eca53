package io.opadynamodb.spring.policy;

import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.PreparedQuery;
import java.time.Instant;

/**
 * The compiled policy set in force, with its decision query prepared once. Immutable: replacing the policies
 * swaps the whole object.
 *
 * @param revision the bundle's revision label
 * @param moduleCount how many modules the bundle had (the shipped router not counted)
 * @param policySet the compiled modules and data
 * @param decision the prepared decision query (by default {@code data.opadynamodb.router.decision})
 * @param activatedAt when this set became active
 */
public record ActivePolicies(String revision, int moduleCount, PolicySet policySet, PreparedQuery decision,
    Instant activatedAt) {}
