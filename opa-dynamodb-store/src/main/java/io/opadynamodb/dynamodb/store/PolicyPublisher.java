package io.opadynamodb.dynamodb.store;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Publishes new revisions of a bundle and rolls back to kept ones.
 *
 * <p>A publish compiles the complete new bundle first; when it does not compile nothing is
 * written. Otherwise it takes a fresh revision number, writes the revision's items, and then
 * flips the manifest with a conditional write on the revision (and flip counter) it started
 * from: of two concurrent publishers exactly one wins, the other gets {@link
 * PublishResult.Outcome#CONFLICT} and its items are removed. After a flip, revisions older than
 * the last {@code keep} are deleted (never the active one).
 */
public final class PolicyPublisher {
  private static final Logger LOG = Logger.getLogger(PolicyPublisher.class.getName());

  /** A module is one item: its source must fit DynamoDB's 400 KB item limit with the other attributes. */
  static final int MAX_MODULE_BYTES = 380_000;

  private final StoreItems items;
  private final BundleLoader loader;
  private final BundleCompiler compiler;
  private final RevisionWriter writer;
  private final Clock clock;
  private final int keep;

  /**
   * @param keep how many revisions to keep (at least 1; the default is 5)
   */
  public PolicyPublisher(DynamoDbClient client, String table, String bundle, BundleCompiler compiler, Clock clock,
      int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep must be at least 1, was " + keep);
    }
    this.items = new StoreItems(client, table, bundle);
    this.loader = new BundleLoader(client, table, bundle);
    this.compiler = compiler;
    this.writer = new RevisionWriter(items);
    this.clock = clock;
    this.keep = keep;
  }

  /** A publisher keeping 5 revisions, on the system clock. */
  public PolicyPublisher(DynamoDbClient client, String table, String bundle, BundleCompiler compiler) {
    this(client, table, bundle, compiler, Clock.systemUTC(), 5);
  }

  /** Applies the request to the active revision and publishes the result as a new revision. */
  public PublishResult publish(PublishRequest request) {
    return publish(request, null);
  }

  /**
   * Applies the request to the active revision and publishes the result as a new revision, starting from a
   * copy of the active revision the caller already holds (an instance publishing the revision it runs): the
   * copy is used when it is the active revision and matches the manifest's checksum, which saves reading the
   * revision back from the table before the flip. Otherwise the active revision is read as usual.
   *
   * @param activeCopy a loaded revision, or null
   */
  public PublishResult publish(PublishRequest request, PolicyBundle activeCopy) {
    BundleManifest current = items.manifest();
    long active = current == null ? 0 : current.revision();
    if (request.expectedRevision() != null && request.expectedRevision() != active) {
      return PublishResult.conflict(active, "expected revision " + request.expectedRevision() + " but revision "
          + active + " is active");
    }
    PolicyBundle base;
    try {
      if (current == null || request.replaceAll()) {
        base = PolicyBundle.empty();
      } else if (isCopyOf(activeCopy, current)) {
        base = activeCopy;
      } else {
        base = loader.loadRevision(active, current.checksum());
      }
    } catch (PolicyStoreException e) {
      BundleManifest now = items.manifest();
      if (now != null && now.flip() != current.flip()) {
        return conflictResult(); // another publisher flipped (and cleaned up) while we were reading
      }
      throw e;
    }
    List<RegoError> errors = new ArrayList<>();
    PolicyBundle next = apply(base, request, errors);
    if (errors.isEmpty()) {
      try {
        compiler.compile(next);
      } catch (CompileException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      return PublishResult.rejected(active, errors, "the bundle was not published: " + errors.size() + " error(s)");
    }
    return writeAndFlip(next, current, request.publishedBy());
  }

  /** Revisions are immutable, so a copy with the active revision's number and checksum is that revision. */
  private static boolean isCopyOf(PolicyBundle copy, BundleManifest manifest) {
    return copy != null && copy.revision() == manifest.revision()
        && BundleChecksum.of(copy).equals(manifest.checksum());
  }

  /**
   * Publishes {@code bundle} as revision 1 when the bundle has never been published; otherwise
   * leaves the table as it is and answers {@link PublishResult.Outcome#CONFLICT}.
   */
  public PublishResult seedIfEmpty(PolicyBundle bundle, String publishedBy) {
    BundleManifest current = items.manifest();
    if (current != null) {
      return PublishResult.conflict(current.revision(), "bundle '" + items.bundle + "' already has revision "
          + current.revision() + "; not seeded");
    }
    return publish(new PublishRequest(bundle.modules(), bundle.data(), List.of(), 0L, true, publishedBy));
  }

  /** Makes a kept revision active again (it must still compile with this application's built-ins). */
  public PublishResult rollbackTo(long revision, String publishedBy) {
    BundleManifest current = items.manifest();
    long active = current == null ? 0 : current.revision();
    Map<String, AttributeValue> meta = items.get(PolicyTable.revisionKey(revision));
    if (meta == null || current == null) {
      List<Long> kept = loader.revisions().stream().map(RevisionInfo::revision).toList();
      return PublishResult.notFound(active, "revision " + revision + " is not kept; kept revisions: " + kept);
    }
    if (revision == active) {
      return PublishResult.published(active, "revision " + revision + " is already active");
    }
    String checksum = StoreItems.text(meta, "checksum");
    PolicyBundle bundle = loader.loadRevision(revision, checksum);
    try {
      compiler.compile(bundle);
    } catch (CompileException e) {
      return PublishResult.rejected(active, e.errors(), "revision " + revision + " no longer compiles");
    }
    if (!flip(revision, checksum, current, publishedBy, clock.instant())) {
      return conflictResult();
    }
    return PublishResult.published(revision, "rolled back to revision " + revision);
  }

  private PublishResult writeAndFlip(PolicyBundle next, BundleManifest current, String by) {
    long revision = writer.reserve();
    PolicyBundle stored = next.withRevision(revision);
    String checksum = BundleChecksum.of(stored);
    Instant now = clock.instant();
    writer.put(writer.itemsOf(stored, checksum, by, now));
    if (!flip(revision, checksum, current, by, now)) {
      writer.delete(List.of(revision));
      return conflictResult();
    }
    try {
      deleteOldRevisions(revision);
    } catch (RuntimeException e) {
      // Old revisions are only garbage: the next publish retries.
      LOG.log(Level.WARNING, "could not delete old revisions of bundle '" + items.bundle + "'", e);
    }
    return PublishResult.published(revision, "published revision " + revision);
  }

  private PublishResult conflictResult() {
    BundleManifest now = items.manifest();
    long active = now == null ? 0 : now.revision();
    return PublishResult.conflict(active, "another publisher changed bundle '" + items.bundle
        + "' first: revision " + active + " is active; reload and retry");
  }

  /** The conditional write that makes {@code revision} active; false when the manifest changed meanwhile. */
  private boolean flip(long revision, String checksum, BundleManifest current, String by, Instant now) {
    Map<String, AttributeValue> manifest = new HashMap<>(items.key(PolicyTable.MANIFEST));
    manifest.put("revision", AttributeValue.fromN(Long.toString(revision)));
    manifest.put("flip", AttributeValue.fromN(Long.toString(current == null ? 1 : current.flip() + 1)));
    manifest.put("checksum", AttributeValue.fromS(checksum));
    manifest.put("published_at", AttributeValue.fromS(now.toString()));
    manifest.put("published_by", AttributeValue.fromS(by));
    try {
      if (current == null) {
        items.client.putItem(b -> b.tableName(items.table).item(manifest)
            .conditionExpression("attribute_not_exists(#pk)")
            .expressionAttributeNames(Map.of("#pk", PolicyTable.PK)));
      } else {
        items.client.putItem(b -> b.tableName(items.table).item(manifest)
            .conditionExpression("#rev = :rev AND #flip = :flip")
            .expressionAttributeNames(Map.of("#rev", "revision", "#flip", "flip"))
            .expressionAttributeValues(Map.of(":rev", AttributeValue.fromN(Long.toString(current.revision())),
                ":flip", AttributeValue.fromN(Long.toString(current.flip())))));
      }
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  /** Deletes revisions older than the newest {@code keep} kept ones, sparing the active one. */
  private void deleteOldRevisions(long active) {
    List<Long> kept = loader.revisions().stream().map(RevisionInfo::revision).toList();
    if (kept.size() <= keep) {
      return;
    }
    long oldestKept = kept.get(keep - 1);
    // Items of revisions between oldestKept and the newest are in flight (another publisher) or
    // kept; only strictly older ones go, including orphans of failed publishers. One keys-only
    // query finds them all (the items themselves can be large).
    List<String> old = new ArrayList<>();
    for (String sk : items.sortKeys("")) {
      long rev = PolicyTable.revisionOf(sk);
      if (rev >= 0 && rev < oldestKept && rev != active) {
        old.add(sk);
      }
    }
    writer.deleteKeys(old);
  }

  /** The active bundle with the request's changes; problems are added to {@code errors}. */
  private static PolicyBundle apply(PolicyBundle base, PublishRequest request, List<RegoError> errors) {
    Map<String, String> modules = new TreeMap<>(base.modules());
    Map<String, Value> data = new TreeMap<>(base.data());
    for (String path : request.delete()) {
      boolean removed = modules.remove(path) != null;
      try {
        removed |= data.remove(DataPaths.normalize(path)) != null;
      } catch (IllegalArgumentException e) {
        // not a data path; only a module path can match
      }
      if (!removed) {
        errors.add(new RegoError("bundle_error", "cannot delete '" + path + "': no module or data document has "
            + "this path", null));
      }
    }
    request.modules().forEach((path, source) -> {
      if (path == null || path.isBlank() || source == null) {
        errors.add(new RegoError("bundle_error", "a module needs a non-empty path and a source", null));
      } else if (source.getBytes(StandardCharsets.UTF_8).length > MAX_MODULE_BYTES) {
        errors.add(new RegoError("bundle_error", "module '" + path + "' is too large for one DynamoDB item ("
            + source.getBytes(StandardCharsets.UTF_8).length + " bytes, at most " + MAX_MODULE_BYTES + ")", null));
      } else {
        modules.put(path, source);
      }
    });
    request.data().forEach((path, doc) -> {
      try {
        data.put(DataPaths.normalize(path), AttributeValues.canonical(doc));
      } catch (IllegalArgumentException e) {
        errors.add(new RegoError("bundle_error", "data '" + path + "': " + e.getMessage(), null));
      }
    });
    PolicyBundle next = new PolicyBundle(0, modules, data);
    for (Map.Entry<String, Value> e : data.entrySet()) {
      try {
        DataItems.items(PolicyTable.partition("check"), 0, e.getKey(), e.getValue());
      } catch (IllegalArgumentException ex) {
        errors.add(new RegoError("bundle_error", ex.getMessage(), null));
      }
    }
    return next;
  }
}
