package io.kubemu.engine.controller.volume;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.Quantity;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PersistentVolumeClaimSpec;
import io.kubemu.model.core.PersistentVolumeSpec;
import io.kubemu.model.core.PersistentVolumeStatus;
import io.kubemu.model.core.VolumeResourceRequirements;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.ObjectMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Upstream's index_test.go: TestMatchVolume, bound volumes, access modes, pre-bound volumes. */
class VolumeIndexTest {

  static final String RWO = PersistentVolumeClaim.READ_WRITE_ONCE;
  static final String ROX = PersistentVolumeClaim.READ_ONLY_MANY;
  static final String RWX = PersistentVolumeClaim.READ_WRITE_MANY;

  static PersistentVolume volume(String name, String size, String cls, String... modes) {
    return new PersistentVolume(
            ObjectMeta.named(name),
            PersistentVolumeSpec.EMPTY.withPersistentVolumeReclaimPolicy(null),
            new PersistentVolumeStatus(PersistentVolume.PHASE_AVAILABLE, null, null, null))
        .withSpec(
            new PersistentVolumeSpec(
                Map.of("storage", Quantity.parse(size)),
                null,
                null,
                null,
                null,
                Arrays.asList(modes),
                null,
                null,
                cls,
                null,
                null,
                null));
  }

  static PersistentVolume labelled(PersistentVolume v, String key, String value) {
    return v.withMetadata(v.metadata().withLabel(key, value));
  }

  static PersistentVolume claimed(PersistentVolume v, ObjectReference ref) {
    return v.withSpec(v.spec().withClaimRef(ref));
  }

  /** createTestVolumes, with phases Available as the current upstream test sets them. */
  static List<PersistentVolume> testVolumes() {
    List<PersistentVolume> vs = new ArrayList<>();
    vs.add(volume("gce-pd-10", "10G", null, RWO, ROX));
    vs.add(claimed(volume("gce-pd-20", "20G", null, RWO, ROX), ref("def456")));
    vs.add(volume("nfs-5", "5G", null, RWO, ROX, RWX));
    vs.add(claimed(volume("gce-pd-1", "1G", null, RWO, ROX), ref("abc123")));
    vs.add(volume("nfs-10", "10G", null, RWO, ROX, RWX));
    vs.add(volume("gce-pd-5", "5G", null, RWO, ROX));
    vs.add(volume("nfs-1", "1G", null, RWO, ROX, RWX));
    vs.add(labelled(volume("gce-pd-2", "20000G", null, RWO), "should-exist", "true"));
    vs.add(labelled(volume("gce-pd-silver1", "10000G", "silver", RWO), "should-exist", "true"));
    vs.add(volume("gce-pd-silver2", "100G", "silver", RWO));
    vs.add(volume("gce-pd-gold", "50G", "gold", RWO));
    return vs;
  }

  static ObjectReference ref(String uid) {
    return new ObjectReference(null, null, null, uid, null, null, null);
  }

  static PersistentVolumeClaim claim(String size, String cls, String selector, String... modes) {
    LabelSelector sel = selector.isEmpty() ? null : LabelSelector.of(Map.of(selector, "true"));
    return new PersistentVolumeClaim(
        ObjectMeta.named("myns", "claim01").withUid("claim-uid"),
        new PersistentVolumeClaimSpec(
            Arrays.asList(modes),
            sel,
            new VolumeResourceRequirements(null, Map.of("storage", Quantity.parse(size))),
            null,
            cls,
            null),
        null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "successful-match-gce-10 | 8G | '' | '' | ReadOnlyMany ReadWriteOnce | gce-pd-10",
        "successful-match-nfs-5 | 5G | '' | '' | ReadOnlyMany ReadWriteOnce ReadWriteMany | nfs-5",
        "successful-skip-1g-bound-volume | 1G | '' | '' | ReadOnlyMany ReadWriteOnce | gce-pd-5",
        "successful-no-match | 999G | '' | '' | ReadOnlyMany ReadWriteOnce | ''",
        "successful-no-match-due-to-label | 999G | '' | should-not-exist | ReadOnlyMany"
            + " ReadWriteOnce | ''",
        "successful-no-match-due-to-size-constraint-with-label-selector | 20000G | '' |"
            + " should-exist | ReadOnlyMany ReadWriteOnce | ''",
        "successful-match-due-with-constraint-and-label-selector | 20000G | '' | should-exist"
            + " | ReadWriteOnce | gce-pd-2",
        "successful-match-with-class | 1G | silver | should-exist | ReadWriteOnce | gce-pd-silver1",
        "successful-match-with-class-and-labels | 1G | silver | '' | ReadWriteOnce |"
            + " gce-pd-silver2",
      })
  void matchVolume(
      String scenario, String size, String cls, String selector, String modes, String expected) {
    PersistentVolumeClaim c = claim(size, cls.isEmpty() ? null : cls, selector, modes.split(" "));
    PersistentVolume v = VolumeIndex.findBestMatchForClaim(c, testVolumes(), false);
    if (expected.isEmpty()) {
      assertThat(v).isNull();
    } else {
      assertThat(v).isNotNull();
      assertThat(v.metadata().name()).isEqualTo(expected);
    }
  }

  @Test
  void matchingSkipsBoundVolumes() {
    List<PersistentVolume> vs =
        List.of(
            claimed(volume("gce001", "1G", null, RWO, ROX), ref("abc123")),
            volume("gce002", "1G", null, RWO, ROX));
    assertThat(
            VolumeIndex.findBestMatchForClaim(claim("1G", null, "", ROX, RWO), vs, false)
                .metadata()
                .name())
        .isEqualTo("gce002");
  }

  @Test
  void findingVolumeWithDifferentAccessModes() {
    PersistentVolume gce = volume("gce", "10G", null, RWO, ROX);
    PersistentVolume ebs = volume("ebs", "10G", null, RWO);
    PersistentVolume nfs = volume("nfs", "10G", null, RWO, ROX, RWX);
    List<PersistentVolume> all = List.of(gce, ebs, nfs);
    assertThat(match(claim("1G", null, "", RWO), all)).isEqualTo("ebs");
    assertThat(match(claim("1G", null, "", RWO, ROX), all)).isEqualTo("gce");
    assertThat(match(claim("1G", null, "", RWX, RWO, ROX), all)).isEqualTo("nfs");
    assertThat(match(claim("1G", null, "", RWX), all)).isEqualTo("nfs");
    // the exact match is bound: the next level of modes up
    PersistentVolume ebsBound = claimed(ebs, ref(""));
    assertThat(match(claim("1G", null, "", RWO), List.of(gce, ebsBound, nfs))).isEqualTo("gce");
    PersistentVolume gceBound = claimed(gce, ref(""));
    assertThat(match(claim("1G", null, "", RWO), List.of(gceBound, ebsBound, nfs)))
        .isEqualTo("nfs");
    assertThat(match(claim("1G", null, "", ROX), List.of(gce, ebsBound, nfs))).isEqualTo("gce");
  }

  @Test
  void findingPreboundVolumes() {
    PersistentVolumeClaim c = claim("1Gi", null, "", RWO);
    ObjectReference toClaim =
        new ObjectReference("PersistentVolumeClaim", "myns", "claim01", null, "v1", null, null);
    PersistentVolume pv1 = volume("pv1", "1Gi", null, RWO);
    PersistentVolume pv5 = volume("pv5", "5Gi", null, RWO);
    PersistentVolume pv8 = volume("pv8", "8Gi", null, RWO);
    PersistentVolume badSize = volume("pvBadSize", "1Mi", null, RWO);
    PersistentVolume badMode = volume("pvBadMode", "1Gi", null, ROX);
    assertThat(match(c, List.of(pv1, pv5, pv8, badSize, badMode))).isEqualTo("pv1");
    // the exact match is pre-bound elsewhere: the next size up
    PersistentVolume pv1Elsewhere =
        claimed(pv1, new ObjectReference(null, "bar", "foo", null, null, null, null));
    assertThat(match(c, List.of(pv1Elsewhere, pv5, pv8, badSize, badMode))).isEqualTo("pv5");
    // the largest is pre-bound to the claim: it wins
    assertThat(match(c, List.of(pv1, pv5, claimed(pv8, toClaim), badSize, badMode)))
        .isEqualTo("pv8");
    // pre-bound but too small: the exact match
    assertThat(match(c, List.of(pv1, pv5, pv8, claimed(badSize, toClaim), badMode)))
        .isEqualTo("pv1");
    // pre-bound without the access mode: the exact match
    assertThat(match(c, List.of(pv1, pv5, pv8, badSize, claimed(badMode, toClaim))))
        .isEqualTo("pv1");
  }

  @Test
  void delayBindingOnlyReturnsPreboundVolumes() {
    PersistentVolumeClaim c = claim("1Gi", null, "", RWO);
    assertThat(VolumeIndex.findBestMatchForClaim(c, List.of(volume("pv1", "1Gi", null, RWO)), true))
        .isNull();
  }

  @Test
  void accessModesAsString() {
    assertThat(VolumeIndex.accessModesAsString(List.of(RWX, RWO))).isEqualTo("RWO,RWX");
  }

  static String match(PersistentVolumeClaim c, List<PersistentVolume> vs) {
    PersistentVolume v = VolumeIndex.findBestMatchForClaim(c, vs, false);
    return v == null ? null : v.metadata().name();
  }
}
