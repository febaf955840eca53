package io.opadynamodb.dynamodb.store;

import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Loads the active revision of a bundle: one strongly consistent read of the manifest, then one
 * paginated, strongly consistent Query per item prefix ({@code module#<r>#}, {@code data#<r>#}).
 * Revisions are immutable and the content is checked against the manifest's checksum, so a load
 * never returns a mix of two revisions; when a revision is deleted under it (it fell out of the
 * kept window while loading) the load starts again from the manifest.
 */
public final class BundleLoader {
  private static final int ATTEMPTS = 3;

  private final StoreItems items;

  public BundleLoader(DynamoDbClient client, String table, String bundle) {
    this.items = new StoreItems(client, table, bundle);
  }

  /** The manifest (strongly consistent), or empty when nothing was published yet. */
  public Optional<BundleManifest> readManifest() {
    return Optional.ofNullable(items.manifest());
  }

  /**
   * The active revision, or empty when nothing was published yet.
   *
   * @throws PolicyStoreException when the active revision's items do not match its checksum
   */
  public Optional<LoadedBundle> load() {
    PolicyStoreException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      BundleManifest m = items.manifest();
      if (m == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(new LoadedBundle(m, loadRevision(m.revision(), m.checksum())));
      } catch (PolicyStoreException e) {
        last = e;
      }
    }
    throw last;
  }

  /**
   * The content of one kept revision.
   *
   * @param expectedChecksum the checksum to verify, or null to skip the check
   */
  public PolicyBundle loadRevision(long revision, String expectedChecksum) {
    Map<String, String> modules = new TreeMap<>();
    for (Map<String, AttributeValue> item : items.query(PolicyTable.modulePrefix(revision))) {
      modules.put(item.get("path").s(), item.get("source").s());
    }
    Map<String, Value> data = DataItems.documents(items.query(PolicyTable.dataPrefix(revision)));
    PolicyBundle bundle = new PolicyBundle(revision, modules, data);
    if (expectedChecksum != null && !expectedChecksum.equals(BundleChecksum.of(bundle))) {
      throw new PolicyStoreException("revision " + revision + " of bundle '" + items.bundle
          + "' is incomplete or was changed: its items do not match the manifest checksum");
    }
    return bundle;
  }

  /** The kept revisions, newest first. */
  public List<RevisionInfo> revisions() {
    List<RevisionInfo> out = new ArrayList<>();
    for (Map<String, AttributeValue> item : items.query("revision#")) {
      out.add(new RevisionInfo(StoreItems.number(item, "revision"), StoreItems.text(item, "checksum"),
          (int) StoreItems.number(item, "modules"), (int) StoreItems.number(item, "data_paths"),
          StoreItems.instant(item, "published_at"), StoreItems.text(item, "published_by")));
    }
    out.sort(Comparator.comparingLong(RevisionInfo::revision).reversed());
    return out;
  }
}
