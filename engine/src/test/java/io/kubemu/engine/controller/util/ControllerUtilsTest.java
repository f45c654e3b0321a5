package io.kubemu.engine.controller.util;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiException;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.ReplicaSetSpec;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Upstream's controller_utils_test (ComputeHash, slow start, filtering) and hash properties. */
class ControllerUtilsTest {

  static PodTemplateSpec template(Map<String, String> labels, String image) {
    return new PodTemplateSpec(
        ObjectMeta.EMPTY.withLabels(labels), PodSpec.of(Container.of("web", image)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"simple, 1, 2", "using math.MaxInt32, , 2147483647"})
  void computeHashDependsOnCollisionCount(String name, Integer count, Integer other) {
    PodTemplateSpec t = new PodTemplateSpec(null, null);
    assertThat(ControllerUtils.computeHash(t, count))
        .isNotEqualTo(ControllerUtils.computeHash(t, other));
  }

  @Test
  void equalTemplatesHashEquallyWhateverTheLabelOrder() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");
    String h = ControllerUtils.computeHash(template(ab, "nginx:1.12"), null);
    assertThat(ControllerUtils.computeHash(template(ba, "nginx:1.12"), null)).isEqualTo(h);
    assertThat(ControllerUtils.computeHash(template(ab, "nginx:1.13"), null)).isNotEqualTo(h);
    assertThat(h).matches("[bcdfghjklmnpqrstvwxz2456789]{1,10}");
  }

  @Test
  void safeEncodeStringMapsDigitsAsUpstream() {
    // 115374601 is the seed's "5597c8b45"
    assertThat(ControllerUtils.safeEncodeString("115374601")).isEqualTo("5597c8b45");
    assertThat(ControllerUtils.safeEncodeString("0123456789")).isEqualTo("456789bcdf");
  }

  @Test
  void fnv32aOfKnownVectors() {
    // FNV-1a test vectors: "" -> 0x811c9dc5, "a" -> 0xe40c292c, "foobar" -> 0xbf9cf968
    assertThat(ControllerUtils.fnv32a(0x811c9dc5, new byte[0])).isEqualTo(0x811c9dc5);
    assertThat(ControllerUtils.fnv32a(0x811c9dc5, "a".getBytes())).isEqualTo(0xe40c292c);
    assertThat(ControllerUtils.fnv32a(0x811c9dc5, "foobar".getBytes())).isEqualTo(0xbf9cf968);
  }

  /** TestSlowStartBatch. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "callLimit = 0 (all fail), 10, 0, 0, true, 1",
    "callLimit = count (all succeed), 10, 10, 10, false, 10",
    "callLimit < count (some succeed), 10, 5, 5, true, 7"
  })
  void slowStartBatch(
      String name, int count, int callLimit, int successes, boolean err, int callCount) {
    int[] calls = {0};
    ApiException fake = ControllerUtils.syncError("fake error");
    ControllerUtils.BatchResult r =
        ControllerUtils.slowStartBatch(count, 1, () -> ++calls[0] > callLimit ? fake : null);
    assertThat(r.successes()).isEqualTo(successes);
    assertThat(r.error()).isEqualTo(err ? fake : null);
    assertThat(calls[0]).isEqualTo(callCount);
  }

  /** TestActiveReplicaSetsFiltering. */
  @Test
  void filtersActiveReplicaSets() {
    ReplicaSet zero = rs("zero", 0);
    ReplicaSet foo = rs("foo", 1);
    ReplicaSet bar = rs("bar", 2);
    assertThat(ControllerUtils.filterActiveReplicaSets(Arrays.asList(zero, null, foo, bar)))
        .containsExactly(foo, bar);
  }

  /** TestActivePodFiltering. */
  @Test
  void filtersActivePods() {
    List<Pod> pods = new ArrayList<>();
    String[] phases = {"Succeeded", "Failed", "Running", "Running", "Running"};
    for (int i = 0; i < 5; i++) {
      pods.add(
          new Pod(
              ObjectMeta.named("pod-" + i), PodSpec.EMPTY, PodStatus.EMPTY.withPhase(phases[i])));
    }
    Pod terminating =
        new Pod(
            ObjectMeta.named("pod-5").withDeletion(Instant.EPOCH, 30L),
            PodSpec.EMPTY,
            PodStatus.EMPTY.withPhase("Running"));
    pods.add(terminating);
    assertThat(PodUtils.filterActivePods(pods))
        .extracting(p -> p.metadata().name())
        .containsExactly("pod-2", "pod-3", "pod-4");
  }

  @Test
  void podFromTemplateCarriesLabelsOwnerAndGenerateName() {
    ReplicaSet owner =
        rs("web-5597c8b45", 1)
            .withMetadata(ObjectMeta.named("app", "web-5597c8b45").withUid("u-1"));
    Pod p =
        ControllerUtils.podFromTemplate(
            template(Map.of("app", "web"), "nginx"),
            owner,
            ControllerUtils.newControllerRef(owner));
    assertThat(p.metadata().generateName()).isEqualTo("web-5597c8b45-");
    assertThat(p.metadata().namespace()).isEqualTo("app");
    assertThat(p.metadata().labels()).containsEntry("app", "web");
    assertThat(p.metadata().controllerRef().uid()).isEqualTo("u-1");
    assertThat(p.metadata().controllerRef().blockOwnerDeletion()).isTrue();
    assertThat(p.metadata().controllerRef().kind()).isEqualTo("ReplicaSet");
  }

  static ReplicaSet rs(String name, int replicas) {
    return new ReplicaSet(
        ObjectMeta.named(name), new ReplicaSetSpec(replicas, null, null, null), null);
  }
}
