package io.opadynamodb.dynamodb.store;

/**
 * A bundle as loaded: its active manifest and the content of that revision.
 *
 * @param manifest the manifest read (strongly consistent) before the content
 * @param bundle the content of {@code manifest.revision()}, verified against its checksum
 */
public record LoadedBundle(BundleManifest manifest, PolicyBundle bundle) {}
