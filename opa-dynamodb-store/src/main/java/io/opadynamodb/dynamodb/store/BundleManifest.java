package io.opadynamodb.dynamodb.store;

import java.time.Instant;

/**
 * The {@code manifest} item of a bundle: which revision is active.
 *
 * @param bundle the bundle name
 * @param revision the active revision
 * @param flip increased by one at every change of the active revision (publish or rollback); a
 *     watcher uses it to tell a newer manifest from an older one, since rollbacks lower the revision
 * @param checksum SHA-256 of the active revision's content (see {@link BundleChecksum})
 * @param publishedAt when the revision was activated
 * @param publishedBy who activated it
 */
public record BundleManifest(String bundle, long revision, long flip, String checksum, Instant publishedAt,
    String publishedBy) {}
