package io.kubemu.engine.api.admission;

import static io.kubemu.engine.api.admission.Admit.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubemu.engine.api.Admission;
import io.kubemu.engine.api.AdmissionRequest;
import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.model.Kinds;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.Toleration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The mutating admission plugins: DefaultTolerationSeconds, ServiceAccount and Priority. */
class PluginsTest {

  static final Pod POD =
      yaml(
          Pod.class,
          """
          apiVersion: v1
          kind: Pod
          metadata: {name: p, namespace: default}
          spec:
            containers: [{name: c, image: nginx}]
          """);

  static final Toleration NOT_READY = DefaultTolerationSeconds.NOT_READY;
  static final Toleration UNREACHABLE = DefaultTolerationSeconds.UNREACHABLE;

  static Pod withTolerations(Toleration... tolerations) {
    return POD.withSpec(POD.spec().withTolerations(List.of(tolerations)));
  }

  static AdmissionRequest create(Pod pod) {
    return new AdmissionRequest(Admission.Operation.CREATE, "", Kinds.of(Pod.class), pod, null);
  }

  static AdmissionRequest update(Pod pod, Pod old) {
    return new AdmissionRequest(Admission.Operation.UPDATE, "", Kinds.of(Pod.class), pod, old);
  }

  // defaulttolerationseconds/admission_test.go, TestForgivenessAdmission
  @ParameterizedTest(name = "{0}")
  @MethodSource("tolerationCases")
  void default_toleration_seconds(String name, List<Toleration> given, List<Toleration> want) {
    Pod pod = withTolerations(given.toArray(Toleration[]::new));
    Pod out = (Pod) new DefaultTolerationSeconds().admit(create(pod));
    assertThat(out.spec().tolerations()).isEqualTo(want);
  }

  static Stream<Arguments> tolerationCases() {
    Toleration other = new Toleration("foo", "Equal", "bar", "NoSchedule", null);
    Toleration notReady60 =
        new Toleration("node.kubernetes.io/not-ready", "Exists", null, "NoExecute", 60L);
    Toleration unreachable60 =
        new Toleration("node.kubernetes.io/unreachable", "Exists", null, "NoExecute", 60L);
    Toleration notReadyAnyEffect =
        new Toleration("node.kubernetes.io/not-ready", "Exists", null, null, null);
    Toleration notReadyNoSchedule =
        new Toleration("node.kubernetes.io/not-ready", "Exists", null, "NoSchedule", null);
    Toleration everything = new Toleration(null, "Exists", null, null, null);
    return Stream.of(
        arguments("pod has no tolerations", List.of(), List.of(NOT_READY, UNREACHABLE)),
        arguments(
            "pod has an unrelated toleration",
            List.of(other),
            List.of(other, NOT_READY, UNREACHABLE)),
        arguments("pod tolerates not-ready", List.of(notReady60), List.of(notReady60, UNREACHABLE)),
        arguments(
            "pod tolerates unreachable", List.of(unreachable60), List.of(unreachable60, NOT_READY)),
        arguments(
            "pod tolerates both",
            List.of(notReady60, unreachable60),
            List.of(notReady60, unreachable60)),
        arguments(
            "an empty effect tolerates NoExecute",
            List.of(notReadyAnyEffect),
            List.of(notReadyAnyEffect, UNREACHABLE)),
        arguments(
            "NoSchedule does not tolerate NoExecute",
            List.of(notReadyNoSchedule),
            List.of(notReadyNoSchedule, NOT_READY, UNREACHABLE)),
        arguments("an empty key tolerates everything", List.of(everything), List.of(everything)));
  }

  @Test
  void default_tolerations_skip_status_writes() {
    AdmissionRequest status =
        new AdmissionRequest(Admission.Operation.UPDATE, "status", Kinds.of(Pod.class), POD, POD);
    assertThat(new DefaultTolerationSeconds().admit(status)).isSameAs(POD);
  }

  @Test
  void service_account_defaults_to_default() {
    Pod out = (Pod) new ServiceAccountAdmission().admit(create(POD));
    assertThat(out.spec().serviceAccountName()).isEqualTo("default");
  }

  @Test
  void service_account_keeps_a_given_one_and_skips_mirror_pods_and_updates() {
    ServiceAccountAdmission plugin = new ServiceAccountAdmission();
    Pod named =
        POD.withSpec(RecordEdit.of(POD.spec()).set("serviceAccountName", "builder").build());
    assertThat(((Pod) plugin.admit(create(named))).spec().serviceAccountName())
        .isEqualTo("builder");
    Pod mirror =
        POD.withMetadata(POD.metadata().withAnnotation("kubernetes.io/config.mirror", "abc"));
    assertThat(plugin.admit(create(mirror))).isSameAs(mirror);
    assertThat(plugin.admit(update(POD, POD))).isSameAs(POD);
  }

  @Test
  void priority_zero_without_a_class() {
    PodSpec spec = ((Pod) new PriorityAdmission().admit(create(POD))).spec();
    assertThat(spec.priority()).isZero();
    assertThat(spec.preemptionPolicy()).isEqualTo("PreemptLowerPriority");
  }

  @Test
  void priority_of_the_built_in_classes() {
    PriorityAdmission plugin = new PriorityAdmission(Map.of("gold", 1000));
    assertThat(priority(plugin, "system-node-critical")).isEqualTo(2_000_001_000);
    assertThat(priority(plugin, "system-cluster-critical")).isEqualTo(2_000_000_000);
    assertThat(priority(plugin, "gold")).isEqualTo(1000);
  }

  private static Integer priority(PriorityAdmission plugin, String className) {
    Pod pod = POD.withSpec(RecordEdit.of(POD.spec()).set("priorityClassName", className).build());
    return ((Pod) plugin.admit(create(pod))).spec().priority();
  }

  @Test
  void an_unknown_priority_class_is_forbidden() {
    Pod pod = POD.withSpec(RecordEdit.of(POD.spec()).set("priorityClassName", "gold").build());
    assertThatThrownBy(() -> new PriorityAdmission().admit(create(pod)))
        .isInstanceOf(ApiException.Forbidden.class)
        .hasMessage("pods \"p\" is forbidden: no PriorityClass with name gold was found");
  }

  @Test
  void a_given_priority_must_match_the_class() {
    Pod pod = POD.withSpec(POD.spec().withPriority(5));
    assertThatThrownBy(() -> new PriorityAdmission().admit(create(pod)))
        .isInstanceOf(ApiException.Forbidden.class)
        .hasMessage(
            "pods \"p\" is forbidden: the integer value of priority (5) must not be provided in pod"
                + " spec; priority admission controller computed 0 from the given PriorityClass"
                + " name");
  }

  @Test
  void an_update_keeps_the_stored_priority() {
    Pod old = POD.withSpec(POD.spec().withPriority(7));
    Pod out = (Pod) new PriorityAdmission().admit(update(POD, old));
    assertThat(out.spec().priority()).isEqualTo(7);
  }

  @Test
  void pods_created_through_the_server_get_all_three() {
    ApiServer server = Admit.server();
    Pod pod = server.create(POD);
    assertThat(pod.spec().serviceAccountName()).isEqualTo("default");
    assertThat(pod.spec().priority()).isZero();
    assertThat(pod.spec().tolerations()).containsExactly(NOT_READY, UNREACHABLE);
  }
}
