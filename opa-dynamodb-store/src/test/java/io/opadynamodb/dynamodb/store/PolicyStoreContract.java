package io.opadynamodb.dynamodb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opadynamodb.dynamodb.store.PublishResult.Outcome;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Loading, publishing, rejecting, rolling back and retention, on one backend (see the subclasses). */
abstract class PolicyStoreContract extends StoreTestBase {

  private LoadedBundle active() {
    return loader.load().orElseThrow();
  }

  private List<String> allSortKeys() {
    List<String> out = new ArrayList<>();
    for (Map<String, AttributeValue> item : new StoreItems(backend.client(), table, "default").query("")) {
      out.add(item.get("sk").s());
    }
    return out;
  }

  private static PublishRequest modules(Map<String, String> modules, String by) {
    return new PublishRequest(modules, null, null, null, false, by);
  }

  @Test
  void anEmptyTableHasNoBundleAndSeedingPublishesRevisionOne() {
    assertThat(loader.load()).isEmpty();
    PublishResult seeded = publisher.seedIfEmpty(Policies.bundle(8), "seed");
    assertThat(seeded.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(seeded.revision()).isEqualTo(1);
    LoadedBundle loaded = active();
    assertThat(loaded.manifest().revision()).isEqualTo(1);
    assertThat(loaded.manifest().publishedBy()).isEqualTo("seed");
    assertThat(loaded.bundle().modules()).isEqualTo(Policies.bundle(8).modules());
    assertThat(loaded.bundle().data()).isEqualTo(Policies.bundle(8).data());
    assertThat(publisher.seedIfEmpty(Policies.bundle(99), "seed again").outcome()).isEqualTo(Outcome.CONFLICT);
    assertThat(active().bundle().data().get("limits")).isEqualTo(Json.parse("{\"cpu\": 8}"));
  }

  @Test
  void aPublishedChangeChangesTheDecision() {
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    var compiler = BundleCompiler.standard();
    assertThat(((SetValue) Policies.deny(compiler.compile(active().bundle()), 16)).size()).isEqualTo(1);
    PublishResult r = publisher.publish(new PublishRequest(null, Map.of("limits", Json.parse("{\"cpu\": 32}")),
        null, 1L, false, "alice"));
    assertThat(r.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(r.revision()).isEqualTo(2);
    LoadedBundle now = active();
    assertThat(now.manifest().revision()).isEqualTo(2);
    assertThat(now.manifest().flip()).isEqualTo(2);
    assertThat(now.manifest().publishedBy()).isEqualTo("alice");
    assertThat(now.bundle().modules()).containsKey("policies/compute.rego");
    assertThat(((SetValue) Policies.deny(compiler.compile(now.bundle()), 16)).size()).isZero();
  }

  @Test
  void aPublisherHoldingTheActiveRevisionDoesNotReadItBack() {
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    PolicyBundle held = active().bundle();
    CountingClient counting = new CountingClient(backend.client());
    PolicyPublisher counted = new PolicyPublisher(counting.client, table, "default", BundleCompiler.standard());
    PublishRequest raise = new PublishRequest(null, Map.of("limits", Json.parse("{\"cpu\": 32}")), null, 1L,
        false, "alice");

    assertThat(counted.publish(raise, held).outcome()).isEqualTo(Outcome.PUBLISHED);

    // Queries after the flip list and prune revisions; none reads revision 1's modules or data.
    LoadedBundle now = active();
    assertThat(now.bundle().modules()).isEqualTo(held.modules());
    assertThat(now.bundle().data().get("limits")).isEqualTo(Json.parse("{\"cpu\": 32}"));
    PublishRequest again = new PublishRequest(null, Map.of("limits", Json.parse("{\"cpu\": 16}")), null, 2L,
        false, "alice");
    counting.reset();
    counted.publish(again, now.bundle());
    int withCopy = counting.calls("query");
    counting.reset();
    counted.publish(new PublishRequest(null, Map.of("limits", Json.parse("{\"cpu\": 4}")), null, 3L, false,
        "alice"));
    assertThat(counting.calls("query")).as("without the copy, the module and data queries of the base revision")
        .isEqualTo(withCopy + 2);
  }

  @Test
  void aHeldCopyThatIsNotTheActiveRevisionIsIgnored() {
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    // Same revision number, other content (not what the table holds): the table's revision is the base.
    PolicyBundle impostor = new PolicyBundle(1, Map.of("policies/other.rego", "package other\n\nx := 1\n"),
        Map.of());
    PublishResult r = publisher.publish(new PublishRequest(null, Map.of("extra", Json.parse("{\"k\": 1}")), null,
        1L, false, "alice"), impostor);
    assertThat(r.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(active().bundle().modules()).isEqualTo(Policies.bundle(8).modules());
    assertThat(active().bundle().data()).containsKeys("limits", "extra");
  }

  @Test
  void aBadModuleIsRejectedWithItsLocationAndNothingIsWritten() {
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    List<String> before = allSortKeys();
    PublishResult r = publisher.publish(modules(Map.of(
        "policies/broken.rego", "package broken\n\nallow if {\n  input.x ==\n}\n",
        "policies/unsafe.rego", "package unsafe\n\nallow if {\n  y > 1\n}\n"), "mallory"));
    assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(r.revision()).isEqualTo(1);
    assertThat(r.errorLines()).anySatisfy(l -> assertThat(l).startsWith("policies/broken.rego:"));
    assertThat(r.errors()).allSatisfy(e -> assertThat(e.location().row()).isPositive());
    assertThat(allSortKeys()).isEqualTo(before);
    assertThat(active().manifest().revision()).isEqualTo(1);
  }

  @Test
  void compileErrorsInSeveralModulesAreAllReported() {
    PublishResult r = publisher.publish(modules(Map.of(
        "a.rego", "package a\n\nallow if {\n  y > 1\n}\n",
        "b.rego", "package b\n\ndeny if {\n  z == 2\n}\n"), "mallory"));
    assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(r.errorLines()).anySatisfy(l -> assertThat(l).startsWith("a.rego:4:"))
        .anySatisfy(l -> assertThat(l).startsWith("b.rego:4:"));
    assertThat(loader.load()).isEmpty();
    assertThat(allSortKeys()).isEmpty();
  }

  @Test
  void aStaleExpectedRevisionIsAConflictAndWritesNothing() {
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    publisher.publish(PublishRequest.replacing(Policies.bundle(16), "bob"));
    List<String> before = allSortKeys();
    PublishResult r = publisher.publish(new PublishRequest(null, Map.of("limits", Json.parse("{\"cpu\": 1}")), null,
        1L, false, "carol"));
    assertThat(r.outcome()).isEqualTo(Outcome.CONFLICT);
    assertThat(r.revision()).isEqualTo(2);
    assertThat(allSortKeys()).isEqualTo(before);
  }

  @Test
  void deletingPathsRemovesModulesAndData() {
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    PublishResult r = publisher.publish(new PublishRequest(Map.of("extra.rego", "package extra\n\nx := 1\n"),
        Map.of("other/doc", Json.parse("{\"a\": 1}")), null, null, false, "alice"));
    assertThat(r.outcome()).isEqualTo(Outcome.PUBLISHED);
    PublishResult deleted = publisher.publish(new PublishRequest(null, null, List.of("extra.rego", "other/doc"),
        null, false, "alice"));
    assertThat(deleted.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(active().bundle().modules()).containsOnlyKeys("policies/compute.rego");
    assertThat(active().bundle().data()).containsOnlyKeys("limits");
    PublishResult unknown = publisher.publish(new PublishRequest(null, null, List.of("nope.rego"), null, false, "x"));
    assertThat(unknown.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(unknown.errorLines()).anySatisfy(l -> assertThat(l).contains("nope.rego"));
  }

  @Test
  void ofConcurrentPublishersExactlyOneWinsAndTheLosersLeaveNothingBehind() throws Exception {
    assumeTrue(isolatesConcurrentWrites(), "this backend does not isolate concurrent writes to one item");
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    int n = 3;
    var client = FlipBarrier.wrap(backend.client(), n);
    var pool = Executors.newFixedThreadPool(n);
    List<Future<PublishResult>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        int cpu = 100 + i;
        PolicyPublisher p = new PolicyPublisher(client, table, "default", BundleCompiler.standard());
        futures.add(pool.submit(() -> p.publish(PublishRequest.replacing(Policies.bundle(cpu), "publisher-" + cpu))));
      }
      List<PublishResult> results = new ArrayList<>();
      for (Future<PublishResult> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      List<PublishResult> won = results.stream().filter(r -> r.outcome() == Outcome.PUBLISHED).toList();
      assertThat(won).hasSize(1);
      assertThat(results).filteredOn(r -> r.outcome() == Outcome.CONFLICT).hasSize(n - 1)
          .allSatisfy(r -> assertThat(r.message()).contains("another publisher"));
      LoadedBundle now = active();
      assertThat(now.manifest().revision()).isEqualTo(won.get(0).revision());
      String winner = now.manifest().publishedBy();
      assertThat(now.bundle().data().get("limits"))
          .isEqualTo(Json.parse("{\"cpu\": " + winner.substring("publisher-".length()) + "}"));
      // Only the seed and the winner's revision have items; the losers removed theirs.
      assertThat(allSortKeys().stream().map(PolicyTable::revisionOf).filter(r -> r > 0).distinct().sorted())
          .containsExactly(1L, won.get(0).revision());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rollbackReactivatesAKeptRevisionAndTheNextPublishGetsANewNumber() {
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    publisher.publish(PublishRequest.replacing(Policies.bundle(16), "bob"));
    publisher.publish(PublishRequest.replacing(Policies.bundle(32), "bob"));
    PublishResult back = publisher.rollbackTo(1, "admin");
    assertThat(back.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(back.revision()).isEqualTo(1);
    LoadedBundle now = active();
    assertThat(now.manifest().revision()).isEqualTo(1);
    assertThat(now.manifest().flip()).isEqualTo(4);
    assertThat(now.bundle().data().get("limits")).isEqualTo(Json.parse("{\"cpu\": 8}"));
    PublishResult next = publisher.publish(new PublishRequest(null, Map.of("extra", Json.parse("true")), null, 1L,
        false, "bob"));
    assertThat(next.revision()).isEqualTo(4);
    assertThat(active().bundle().data()).containsEntry("limits", Json.parse("{\"cpu\": 8}"));
    assertThat(publisher.rollbackTo(99, "admin").outcome()).isEqualTo(Outcome.NOT_FOUND);
  }

  @Test
  void onlyTheLastFiveRevisionsAreKept() {
    publisher.seedIfEmpty(Policies.bundle(1), "seed");
    for (int cpu = 2; cpu <= 7; cpu++) {
      assertThat(publisher.publish(PublishRequest.replacing(Policies.bundle(cpu), "bob")).outcome())
          .isEqualTo(Outcome.PUBLISHED);
    }
    assertThat(loader.revisions()).extracting(RevisionInfo::revision).containsExactly(7L, 6L, 5L, 4L, 3L);
    assertThat(allSortKeys()).noneMatch(sk -> sk.startsWith("module#1#") || sk.startsWith("data#2#"));
    assertThat(publisher.rollbackTo(2, "admin").outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(publisher.rollbackTo(3, "admin").outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(active().bundle().data().get("limits")).isEqualTo(Json.parse("{\"cpu\": 3}"));
  }

  @Test
  void largeDocumentsAreSplitAcrossItemsAndLoadedWhole() {
    ObjectValue.Builder users = ObjectValue.builder();
    for (int i = 0; i < 12000; i++) {
      users.put("user" + i, ObjectValue.ofStrings("role", StringValue.of("role-" + (i % 7)),
          "department", StringValue.of("department number " + i + " of the company")));
    }
    ObjectValue big = ObjectValue.ofStrings("users", users.build(), "note", StringValue.of("x"));
    assertThat(DataItems.jsonBytes(big)).isGreaterThan(3 * DataItems.MAX_PART_BYTES);
    PublishResult r = publisher.publish(new PublishRequest(Map.of("p.rego", "package p\n\nn := count(data.dir.users)\n"),
        Map.of("dir", big), null, null, false, "bob"));
    assertThat(r.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(allSortKeys().stream().filter(sk -> sk.startsWith("data#1#dir#part#")).count()).isGreaterThan(2);
    LoadedBundle loaded = active();
    assertThat(loaded.bundle().data().get("dir")).isEqualTo(big);
  }

  @Test
  void aSingleValueTooLargeForAnItemIsRejectedClearly() {
    Value huge = ArrayValue.of(List.of((Value) StringValue.of("y".repeat(DataItems.MAX_PART_BYTES + 10))));
    PublishResult r = publisher.publish(new PublishRequest(null, Map.of("blob", huge), null, null, false, "bob"));
    assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(r.errorLines()).anySatisfy(l -> assertThat(l).contains("data/blob").contains("cannot be split"));
    assertThat(allSortKeys()).isEmpty();
  }

  @Test
  void conflictingDataPathsAreRejected() {
    PublishResult r = publisher.publish(new PublishRequest(null, Map.of("a", Json.parse("1"),
        "a/b", Json.parse("{\"c\": 2}")), null, null, false, "bob"));
    assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(r.errorLines()).anySatisfy(l -> assertThat(l).contains("conflicts"));
  }

  @Test
  void aRevisionWhoseItemsDoNotMatchItsChecksumIsNotLoaded() {
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    // Another tool removes one item of the active revision: the load must not return the rest.
    backend.client().deleteItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("bundle#default"),
        "sk", AttributeValue.fromS("data#1#limits"))));
    assertThatThrownBy(() -> loader.load()).isInstanceOf(PolicyStoreException.class)
        .hasMessageContaining("revision 1").hasMessageContaining("checksum");
  }
}
