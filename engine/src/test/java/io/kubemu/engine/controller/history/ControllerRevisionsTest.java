package io.kubemu.engine.controller.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.Selector;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Upstream's controller_history_test.go, for the helpers and {@link ApiHistory}. */
class ControllerRevisionsTest {

  final EventLoop loop = new EventLoop(Instant.parse("2024-01-01T00:00:00Z"), 1);
  final ApiServer api = new ApiServer(loop);
  final StatefulSet parent =
      api.create(new StatefulSet(ObjectMeta.named("default", "web"), null, null));

  static ControllerRevision revision(String name, long number, Map<String, Object> data) {
    return new ControllerRevision(ObjectMeta.named("default", name), data, number);
  }

  @ParameterizedTest(name = "fnv1 \"{0}\" = {1}")
  @CsvSource({"'', 811c9dc5", "a, 050c5d7e", "foobar, 31f0b262"})
  void fnv1MatchesGo(String input, String hex) {
    int h = ControllerRevisions.fnv1(0x811c9dc5, input.getBytes(StandardCharsets.UTF_8));
    assertThat(String.format("%08x", h)).isEqualTo(hex);
  }

  @Test
  void safeEncodeStringMapsDigitsIntoTheVowelFreeAlphabet() {
    // alphanums[c % 27]: '0' (48) -> '4', '9' (57) -> 'f'
    assertThat(ControllerRevisions.safeEncodeString("0123456789")).isEqualTo("456789bcdf");
  }

  @Test
  void namesAreParentDashHashWithTheParentCutTo223() {
    assertThat(ControllerRevisions.controllerRevisionName("web", "abc")).isEqualTo("web-abc");
    assertThat(ControllerRevisions.controllerRevisionName("x".repeat(300), "abc")).hasSize(223 + 4);
  }

  @Test
  void theHashDependsOnDataAndCollisionCount() {
    ControllerRevision a = revision("a", 1, Map.of("k", "v1"));
    ControllerRevision b = revision("b", 1, Map.of("k", "v2"));
    assertThat(ControllerRevisions.hashControllerRevision(a, null))
        .isEqualTo(
            ControllerRevisions.hashControllerRevision(revision("c", 7, Map.of("k", "v1")), null))
        .isNotEqualTo(ControllerRevisions.hashControllerRevision(b, null))
        .isNotEqualTo(ControllerRevisions.hashControllerRevision(a, 1));
  }

  @Test
  void sortByRevisionThenCreationThenName() {
    ControllerRevision r1 = revision("b", 1, Map.of());
    ControllerRevision r2 = revision("a", 2, Map.of());
    ControllerRevision r3 = revision("c", 2, Map.of());
    assertThat(ControllerRevisions.sortControllerRevisions(List.of(r3, r2, r1)))
        .extracting(r -> r.metadata().name())
        .containsExactly("b", "a", "c");
  }

  @Test
  void equalRevisionsCompareData() {
    ControllerRevision a = revision("a", 1, Map.of("k", "v"));
    ControllerRevision b = revision("b", 2, Map.of("k", "v"));
    ControllerRevision c = revision("c", 3, Map.of("k", "w"));
    assertThat(ControllerRevisions.equalRevision(a, b)).isTrue();
    assertThat(ControllerRevisions.equalRevision(a, c)).isFalse();
    assertThat(ControllerRevisions.equalRevision(null, null)).isTrue();
    assertThat(ControllerRevisions.findEqualRevisions(List.of(a, b, c), a)).containsExactly(a, b);
  }

  @Test
  void newControllerRevisionIsOwnedByTheParentAndLabelled() {
    ControllerRevision r =
        ControllerRevisions.newControllerRevision(
            parent, Map.of("app", "web"), Map.of("k", "v"), 3, null);
    assertThat(r.metadata().name())
        .isEqualTo("web-" + ControllerRevisions.hashControllerRevision(r, null));
    assertThat(r.metadata().labels())
        .containsEntry("app", "web")
        .containsEntry(ControllerRevisions.HASH_LABEL, r.metadata().name().substring(4));
    assertThat(r.metadata().controllerRef().uid()).isEqualTo(parent.metadata().uid());
    assertThat(r.revision()).isEqualTo(3L);
  }

  @Test
  void createResolvesANameCollisionByRaisingTheCollisionCount() {
    ApiHistory history = new ApiHistory(api);
    ControllerRevision wanted =
        ControllerRevisions.newControllerRevision(
            parent, Map.of("app", "web"), Map.of("k", "v"), 1, 0);
    // someone else holds the name with other data
    api.create(revision(wanted.metadata().name(), 1, Map.of("other", "data")));

    History.Created c = history.createControllerRevision(parent, wanted, 0);
    assertThat(c.collisionCount()).isEqualTo(1);
    assertThat(c.revision().metadata().name())
        .isEqualTo("web-" + ControllerRevisions.hashControllerRevision(wanted, 1));

    History.Created again = history.createControllerRevision(parent, wanted, 1); // equal: reused
    assertThat(again.revision().metadata().uid()).isEqualTo(c.revision().metadata().uid());
  }

  @Test
  void listReturnsOwnedAndOrphanRevisionsAndAdoptTakesOrphans() {
    ApiHistory history = new ApiHistory(api);
    ControllerRevision orphan =
        api.create(
            revision("orphan", 1, Map.of())
                .withMetadata(ObjectMeta.named("default", "orphan").withLabel("app", "web")));
    api.create(
        ControllerRevisions.newControllerRevision(
            parent, Map.of("app", "web"), Map.of("k", "v"), 2, null));
    var foreign =
        ControllerRevisions.newControllerRevision(
            parent.withMetadata(parent.metadata().withUid("other-uid")),
            Map.of("app", "web"),
            Map.of("k", "w"),
            3,
            null);
    api.create(foreign);

    List<ControllerRevision> listed =
        history.listControllerRevisions(parent, Selector.parse("app=web"));
    assertThat(listed).hasSize(2);
    ControllerRevision adopted = history.adoptControllerRevision(parent, orphan);
    assertThat(adopted.metadata().controllerRef().uid()).isEqualTo(parent.metadata().uid());
  }
}
