package io.kubemu.engine.controller.statefulset;

import static io.kubemu.engine.controller.statefulset.ControlHarness.newStatefulSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetOrdinals;
import io.kubemu.model.apps.StatefulSetSpec;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Volume;
import io.kubemu.model.meta.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Upstream's stateful_set_utils_test.go. */
class StatefulSetUtilsTest {

  final StatefulSet set =
      newStatefulSet("foo", 3).withMetadata(ObjectMeta.named("default", "foo").withUid("set-uid"));

  @ParameterizedTest(name = "{0} -> parent \"{1}\", ordinal {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "foo-1         | foo     | 1",
        "foo-0         | foo     | 0",
        "web-abc-12    | web-abc | 12",
        "1-bar         | ''      | -1",
        "foo           | ''      | -1",
        "foo-          | ''      | -1",
        "foo-99999999999 | foo   | -1",
      })
  void getParentNameAndOrdinal(String name, String parent, int ordinal) {
    Pod pod = new Pod(ObjectMeta.named("default", name), null, null);
    assertThat(StatefulSetUtils.getParentName(pod)).isEqualTo(parent);
    assertThat(StatefulSetUtils.getOrdinal(pod)).isEqualTo(ordinal);
  }

  @Test
  void identityMatches() {
    Pod pod = StatefulSetUtils.newStatefulSetPod(set, 1);
    assertThat(StatefulSetUtils.identityMatches(set, pod)).isTrue();
    assertThat(
            StatefulSetUtils.identityMatches(
                set, pod.withMetadata(pod.metadata().withName("foo-x"))))
        .isFalse();
    assertThat(
            StatefulSetUtils.identityMatches(
                set, pod.withMetadata(pod.metadata().withNamespace("other"))))
        .isFalse();
    assertThat(
            StatefulSetUtils.identityMatches(
                set, pod.withMetadata(pod.metadata().withLabel(StatefulSet.POD_NAME_LABEL, null))))
        .isFalse();
  }

  @Test
  void updateIdentityRestoresNameNamespaceAndLabels() {
    Pod pod = StatefulSetUtils.newStatefulSetPod(set, 1);
    Pod broken =
        pod.withMetadata(
            pod.metadata().withNamespace("other").withLabel(StatefulSet.POD_NAME_LABEL, "x"));
    Pod fixed = StatefulSetUtils.updateIdentity(set, broken);
    assertThat(StatefulSetUtils.identityMatches(set, fixed)).isTrue();
    assertThat(fixed.metadata().label(StatefulSet.POD_INDEX_LABEL)).isEqualTo("1");
  }

  @Test
  void storageMatchesAndUpdateStorage() {
    Pod pod = StatefulSetUtils.newStatefulSetPod(set, 1);
    assertThat(StatefulSetUtils.storageMatches(set, pod)).isTrue();
    Pod other =
        pod.withSpec(
            pod.spec()
                .withVolumes(
                    List.of(Volume.ofClaim("datadir", "wrong"), Volume.ofEmptyDir("tmp"))));
    assertThat(StatefulSetUtils.storageMatches(set, other)).isFalse();
    Pod fixed = StatefulSetUtils.updateStorage(set, other);
    assertThat(StatefulSetUtils.storageMatches(set, fixed)).isTrue();
    assertThat(fixed.spec().volumes()).extracting(Volume::name).containsExactly("datadir", "tmp");
  }

  @Test
  void claimsAreNamedClaimSetOrdinalAndLabelledWithTheSelector() {
    Pod pod = StatefulSetUtils.newStatefulSetPod(set, 2);
    var claims = StatefulSetUtils.getPersistentVolumeClaims(set, pod);
    assertThat(claims).containsOnlyKeys("datadir");
    assertThat(claims.get("datadir").metadata().name()).isEqualTo("datadir-foo-2");
    assertThat(claims.get("datadir").metadata().namespace()).isEqualTo("default");
    assertThat(claims.get("datadir").metadata().labels()).containsEntry("app", "foo");
  }

  @Test
  void newPodIsControlledByTheSet() {
    Pod pod = StatefulSetUtils.newStatefulSetPod(set, 0);
    var ref = pod.metadata().controllerRef();
    assertThat(ref.uid()).isEqualTo("set-uid");
    assertThat(ref.kind()).isEqualTo("StatefulSet");
    assertThat(ref.apiVersion()).isEqualTo("apps/v1");
    assertThat(ref.blockOwnerDeletion()).isTrue();
    assertThat(pod.metadata().generateName()).isEqualTo("foo-");
  }

  @Test
  void ordinalsStartShiftsTheRange() {
    StatefulSetSpec s = set.spec();
    StatefulSet shifted =
        set.withSpec(
            new StatefulSetSpec(
                s.replicas(),
                s.selector(),
                s.template(),
                s.volumeClaimTemplates(),
                s.serviceName(),
                s.podManagementPolicy(),
                s.updateStrategy(),
                s.revisionHistoryLimit(),
                s.minReadySeconds(),
                s.persistentVolumeClaimRetentionPolicy(),
                new StatefulSetOrdinals(5)));
    assertThat(StatefulSetUtils.getStartOrdinal(shifted)).isEqualTo(5);
    assertThat(StatefulSetUtils.getEndOrdinal(shifted)).isEqualTo(7);
    assertThat(
            StatefulSetUtils.podInOrdinalRange(
                StatefulSetUtils.newStatefulSetPod(shifted, 4), shifted))
        .isFalse();
    assertThat(
            StatefulSetUtils.podInOrdinalRange(
                StatefulSetUtils.newStatefulSetPod(shifted, 7), shifted))
        .isTrue();
  }

  @Test
  void ascendingOrdinalSortsNumerically() {
    List<Pod> pods = new ArrayList<>();
    for (int i : new int[] {10, 2, 0, 1}) pods.add(StatefulSetUtils.newStatefulSetPod(set, i));
    pods.sort(PodStates.ASCENDING_ORDINAL);
    assertThat(pods)
        .extracting(p -> p.metadata().name())
        .containsExactly("foo-0", "foo-1", "foo-2", "foo-10");
  }

  @Test
  void createAndApplyRevisionRoundTripTheTemplate() {
    ControllerRevision r1 = StatefulSetRevisions.newRevision(set, 1, null);
    StatefulSet changed = set.withImage("nginx", "nginx:1.26");
    ControllerRevision r2 = StatefulSetRevisions.newRevision(changed, 2, null);
    assertThat(r1.metadata().name()).isNotEqualTo(r2.metadata().name()).startsWith("foo-");
    assertThat(StatefulSetRevisions.applyRevision(changed, r1).spec().template())
        .isEqualTo(set.spec().template());
    assertThat(r1.data()).containsOnlyKeys("spec");
    assertThat(r1.metadata().labels()).containsEntry("app", "foo");
  }

  @Test
  void newVersionedPodUsesTheCurrentRevisionBelowThePartition() {
    StatefulSet update = set.withImage("nginx", "nginx:1.26").withPartition(2);
    Pod below = StatefulSetUtils.newVersionedStatefulSetPod(update, set, "cur", "upd", 1);
    Pod at = StatefulSetUtils.newVersionedStatefulSetPod(update, set, "cur", "upd", 2);
    assertThat(StatefulSetUtils.getPodRevision(below)).isEqualTo("cur");
    assertThat(StatefulSetUtils.getPodRevision(at)).isEqualTo("upd");
  }

  @ParameterizedTest(name = "maxUnavailable {0} of {1} replicas -> {2}")
  @CsvSource({
    "'', 10, 1",
    "3, 10, 3",
    "3, 0, 3",
    "0, 0, 1",
    "10%, 25, 2",
    "100%, 5, 5",
    "50%, 5, 2",
    "10%, 5, 1",
    "1000, 5, 1000",
  })
  void getStatefulSetMaxUnavailable(String value, int replicas, int expected) {
    IntOrString v = value.isEmpty() ? null : IntOrString.parse(value);
    assertThat(StatefulSetUtils.getStatefulSetMaxUnavailable(v, replicas)).isEqualTo(expected);
  }
}
