package io.kubemu.engine.controller.statefulset;

import static io.kubemu.engine.controller.statefulset.ControlHarness.newStatefulSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.kubemu.model.apps.StatefulSetSpec;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The retention policy's owner references (upstream TestClaimOwnerMatchesSetAndPod and
 * TestUpdateClaimOwnerRefForSetAndPod): which owners a claim must have for each policy, for a pod
 * in range (ordinal 1 of 3) or scaled down (ordinal 5).
 */
class ClaimOwnershipTest {

  static StatefulSet set(String whenScaled, String whenDeleted) {
    StatefulSet s = newStatefulSet("web", 3);
    StatefulSetSpec sp = s.spec();
    return s.withMetadata(ObjectMeta.named("default", "web").withUid("set-uid"))
        .withSpec(
            new StatefulSetSpec(
                sp.replicas(),
                sp.selector(),
                sp.template(),
                sp.volumeClaimTemplates(),
                sp.serviceName(),
                sp.podManagementPolicy(),
                sp.updateStrategy(),
                sp.revisionHistoryLimit(),
                sp.minReadySeconds(),
                new StatefulSetPersistentVolumeClaimRetentionPolicy(whenDeleted, whenScaled),
                sp.ordinals()));
  }

  static Pod pod(StatefulSet set, int ordinal) {
    Pod p = StatefulSetUtils.newStatefulSetPod(set, ordinal);
    return p.withMetadata(p.metadata().withUid("pod-uid"));
  }

  static PersistentVolumeClaim claim(StatefulSet set, Pod pod, boolean setRef, boolean podRef) {
    List<OwnerReference> refs = new ArrayList<>();
    if (setRef)
      refs.add(new OwnerReference("apps/v1", "StatefulSet", "web", "set-uid", true, true));
    if (podRef) {
      refs.add(new OwnerReference("v1", "Pod", pod.metadata().name(), "pod-uid", true, true));
    }
    return new PersistentVolumeClaim(
        ObjectMeta.named("default", "datadir-" + pod.metadata().name()).withOwnerReferences(refs),
        null,
        null);
  }

  @ParameterizedTest(name = "{0}/{1} ordinal {2} setRef={3} podRef={4} -> {5}")
  @CsvSource({
    // whenScaled, whenDeleted, ordinal, setRef, podRef, upToDate
    "Retain, Retain, 1, false, false, true",
    "Retain, Retain, 1, true,  false, false",
    "Retain, Retain, 5, false, true,  false",
    "Retain, Delete, 1, true,  false, true",
    "Retain, Delete, 1, false, false, false",
    "Retain, Delete, 5, true,  false, true",
    "Delete, Retain, 1, false, false, true",
    "Delete, Retain, 5, false, true,  true",
    "Delete, Retain, 5, false, false, false",
    "Delete, Retain, 1, true,  false, false",
    "Delete, Delete, 1, true,  false, true",
    "Delete, Delete, 1, false, true,  false",
    "Delete, Delete, 5, false, true,  true",
    "Delete, Delete, 5, true,  false, false",
  })
  void isClaimOwnerUpToDate(
      String whenScaled,
      String whenDeleted,
      int ordinal,
      boolean setRef,
      boolean podRef,
      boolean upToDate) {
    StatefulSet s = set(whenScaled, whenDeleted);
    Pod p = pod(s, ordinal);
    assertThat(ClaimOwnership.isClaimOwnerUpToDate(claim(s, p, setRef, podRef), s, p))
        .isEqualTo(upToDate);
  }

  @ParameterizedTest(name = "{0}/{1} ordinal {2} -> setRef={3} podRef={4}")
  @CsvSource({
    "Retain, Retain, 1, false, false",
    "Retain, Delete, 1, true,  false",
    "Retain, Delete, 5, true,  false",
    "Delete, Retain, 1, false, false",
    "Delete, Retain, 5, false, true",
    "Delete, Delete, 1, true,  false",
    "Delete, Delete, 5, false, true",
  })
  void updateClaimOwnerRefForSetAndPod(
      String whenScaled, String whenDeleted, int ordinal, boolean setRef, boolean podRef) {
    StatefulSet s = set(whenScaled, whenDeleted);
    Pod p = pod(s, ordinal);
    for (boolean hadSet : new boolean[] {false, true}) {
      for (boolean hadPod : new boolean[] {false, true}) {
        PersistentVolumeClaim updated =
            ClaimOwnership.updateClaimOwnerRefForSetAndPod(claim(s, p, hadSet, hadPod), s, p);
        assertThat(ClaimOwnership.hasOwnerRef(updated, s)).isEqualTo(setRef);
        assertThat(ClaimOwnership.hasOwnerRef(updated, p)).isEqualTo(podRef);
        assertThat(ClaimOwnership.isClaimOwnerUpToDate(updated, s, p)).isTrue();
      }
    }
  }
}
