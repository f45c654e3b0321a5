package io.kubemu.engine.controller.daemonset;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.Affinity;
import io.kubemu.model.core.NodeAffinity;
import io.kubemu.model.core.NodeSelector;
import io.kubemu.model.core.NodeSelectorRequirement;
import io.kubemu.model.core.NodeSelectorTerm;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.core.PreferredSchedulingTerm;
import io.kubemu.model.core.Taint;
import io.kubemu.model.core.Toleration;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * upstream pkg/controller/daemon/util/daemonset_util_test.go: TestIsPodUpdated and
 * TestCreatePodTemplate row for row; ReplaceDaemonSetPodNodeNameNodeAffinity, GetTargetNodeName and
 * the daemon tolerations on their documented cases.
 */
class DaemonSetUtilTest {

  static final long GENERATION = 12345;
  static final String HASH = "55555";

  static Pod pod(Map<String, String> labels) {
    return new Pod(ObjectMeta.named("default", "pod1").withLabels(labels), PodSpec.EMPTY, null);
  }

  // TestIsPodUpdated: labels "both", "generationOnly" or "none"
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "templateGeneration and hash both match;12345;both;55555;true",
        "templateGeneration matches, hash doesn't;12345;both;55555123;true",
        "templateGeneration matches, no hash label, has hash;12345;generationOnly;55555;true",
        "templateGeneration matches, no hash label, no hash;12345;generationOnly;'';true",
        "templateGeneration matches, has hash label, no hash;12345;both;'';true",
        "templateGeneration doesn't match, hash does;12346;both;55555;true",
        "templateGeneration and hash don't match;12346;both;55555123;false",
        "empty labels, no hash;12345;none;'';false",
        "empty labels;12345;none;55555;false",
        "no labels;12345;none;55555;false"
      })
  void isPodUpdated(String name, long generation, String labels, String hash, boolean updated) {
    Map<String, String> l =
        switch (labels) {
          case "both" ->
              Map.of(
                  DaemonSetUtil.TEMPLATE_GENERATION_LABEL,
                  Long.toString(GENERATION),
                  DaemonSetUtil.REVISION_HASH_LABEL,
                  HASH);
          case "generationOnly" ->
              Map.of(DaemonSetUtil.TEMPLATE_GENERATION_LABEL, Long.toString(GENERATION));
          default -> Map.of();
        };
    assertThat(DaemonSetUtil.isPodUpdated(pod(l), hash, generation)).isEqualTo(updated);
  }

  // TestCreatePodTemplate
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"1;'';false", "2;3242341807;true"})
  void createPodTemplate(long generation, String hash, boolean expectUniqueLabel) {
    PodTemplateSpec t =
        DaemonSetUtil.createPodTemplate(new PodTemplateSpec(null, null), generation, hash);
    assertThat(t.metadata().label(DaemonSetUtil.TEMPLATE_GENERATION_LABEL))
        .isEqualTo(Long.toString(generation));
    assertThat(t.metadata().label(DaemonSetUtil.REVISION_HASH_LABEL))
        .isEqualTo(expectUniqueLabel ? hash : null);
  }

  static NodeSelectorTerm fields(String node) {
    return new NodeSelectorTerm(
        List.of(),
        List.of(
            new NodeSelectorRequirement(
                "metadata.name", NodeSelectorRequirement.IN, List.of(node))));
  }

  @Test
  void replaceDaemonSetPodNodeNameNodeAffinity() {
    NodeSelector pinned = new NodeSelector(List.of(fields("host-1")));
    assertThat(DaemonSetUtil.replaceDaemonSetPodNodeNameNodeAffinity(null, "host-1"))
        .isEqualTo(new Affinity(new NodeAffinity(pinned, List.of()), null, null));
    // required terms on labels are replaced; preferred terms are kept
    NodeSelectorTerm labels =
        new NodeSelectorTerm(
            List.of(
                new NodeSelectorRequirement("disk", NodeSelectorRequirement.IN, List.of("ssd"))),
            List.of());
    List<PreferredSchedulingTerm> preferred = List.of(new PreferredSchedulingTerm(10, labels));
    Affinity before =
        new Affinity(new NodeAffinity(new NodeSelector(List.of(labels)), preferred), null, null);
    assertThat(DaemonSetUtil.replaceDaemonSetPodNodeNameNodeAffinity(before, "host-1"))
        .isEqualTo(new Affinity(new NodeAffinity(pinned, preferred), null, null));
    // an affinity without a node affinity gets one
    assertThat(
            DaemonSetUtil.replaceDaemonSetPodNodeNameNodeAffinity(
                    new Affinity(null, null, null), "host-2")
                .nodeAffinity()
                .requiredDuringSchedulingIgnoredDuringExecution())
        .isEqualTo(new NodeSelector(List.of(fields("host-2"))));
  }

  @Test
  void getTargetNodeName() {
    PodSpec bound = PodSpec.EMPTY.withNodeName("node-1");
    assertThat(DaemonSetUtil.getTargetNodeName(new Pod(ObjectMeta.EMPTY, bound, null)))
        .isEqualTo("node-1");
    PodSpec pinned =
        PodSpec.EMPTY.withAffinity(
            DaemonSetUtil.replaceDaemonSetPodNodeNameNodeAffinity(null, "n2"));
    assertThat(DaemonSetUtil.getTargetNodeName(new Pod(ObjectMeta.EMPTY, pinned, null)))
        .isEqualTo("n2");
    assertThat(DaemonSetUtil.getTargetNodeName(new Pod(ObjectMeta.EMPTY, PodSpec.EMPTY, null)))
        .isNull();
    NodeSelectorTerm twoValues =
        new NodeSelectorTerm(
            List.of(),
            List.of(
                new NodeSelectorRequirement(
                    "metadata.name", NodeSelectorRequirement.IN, List.of("a", "b"))));
    PodSpec ambiguous =
        PodSpec.EMPTY.withAffinity(
            new Affinity(
                new NodeAffinity(new NodeSelector(List.of(twoValues)), List.of()), null, null));
    assertThat(DaemonSetUtil.getTargetNodeName(new Pod(ObjectMeta.EMPTY, ambiguous, null)))
        .isNull();
  }

  @Test
  void daemonPodTolerations() {
    List<Toleration> t = DaemonSetUtil.addOrUpdateDaemonPodTolerations(PodSpec.EMPTY);
    assertThat(t)
        .extracting(x -> x.key() + ":" + x.operator() + ":" + x.effect())
        .containsExactly(
            Taint.NOT_READY + ":Exists:NoExecute",
            Taint.UNREACHABLE + ":Exists:NoExecute",
            Taint.DISK_PRESSURE + ":Exists:NoSchedule",
            Taint.MEMORY_PRESSURE + ":Exists:NoSchedule",
            Taint.PID_PRESSURE + ":Exists:NoSchedule",
            Taint.UNSCHEDULABLE + ":Exists:NoSchedule");
    // a not-ready toleration with tolerationSeconds is replaced by the infinite one
    Toleration limited =
        new Toleration(
            Taint.NOT_READY, Toleration.OPERATOR_EXISTS, null, Taint.EFFECT_NO_EXECUTE, 300L);
    List<Toleration> replaced =
        DaemonSetUtil.addOrUpdateDaemonPodTolerations(
            PodSpec.EMPTY.withTolerations(List.of(limited)));
    assertThat(replaced).hasSize(6);
    assertThat(replaced.get(0).tolerationSeconds()).isNull();
  }
}
