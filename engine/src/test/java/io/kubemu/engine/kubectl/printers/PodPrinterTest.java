package io.kubemu.engine.kubectl.printers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.manifest.Json;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStateRunning;
import io.kubemu.model.core.ContainerStateTerminated;
import io.kubemu.model.core.ContainerStateWaiting;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodIP;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * printers_test.go TestPrintPod, TestPrintPodWithRestartableInitContainer and TestPrintPodwide, row
 * for row, at v1.30 (where a terminal pod being deleted still shows Terminating: row 18).
 */
class PodPrinterTest {

  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  static final PodPrinter PRINTER = new PodPrinter();

  // TestPrintPod
  static Stream<Arguments> printPod() {
    Instant deleted = NOW.minusSeconds(10);
    return Stream.of(
        row(
            pod(
                "test1",
                2,
                List.of(),
                st(
                    "podPhase",
                    null,
                    List.of(),
                    List.of(),
                    cs(true, 3, running(), null),
                    cs(false, 3, empty(), null)),
                null),
            "test1",
            "1/2",
            "podPhase",
            "6"),
        row(
            pod(
                "test2",
                2,
                List.of(),
                st(
                    "podPhase",
                    null,
                    List.of(),
                    List.of(),
                    cs(true, 3, running(), null),
                    cs(false, 3, waiting("ContainerWaitingReason"), null)),
                null),
            "test2",
            "1/2",
            "ContainerWaitingReason",
            "6"),
        row(
            pod(
                "test3",
                2,
                List.of(),
                st(
                    "podPhase",
                    null,
                    List.of(),
                    List.of(),
                    cs(false, 3, waiting("ContainerWaitingReason"), null),
                    cs(false, 3, terminated("ContainerTerminatedReason", 0), null)),
                null),
            "test3",
            "0/2",
            "ContainerWaitingReason",
            "6"),
        row(
            pod(
                "test4",
                2,
                List.of(),
                st(
                    "podPhase",
                    null,
                    List.of(),
                    List.of(),
                    cs(true, 3, running(), null),
                    cs(true, 3, empty(), null)),
                null),
            "test4",
            "1/2",
            "podPhase",
            "6"),
        row(
            pod(
                "test5",
                2,
                List.of(),
                st(
                    "podPhase",
                    "podReason",
                    List.of(),
                    List.of(),
                    cs(true, 3, running(), null),
                    cs(true, 3, empty(), null)),
                null),
            "test5",
            "1/2",
            "podReason",
            "6"),
        row(
            pod(
                "test6",
                2,
                List.of(),
                st(
                    "Running",
                    "",
                    List.of(),
                    List.of(),
                    cs(true, 3, terminated("Completed", 0), null),
                    cs(true, 3, running(), null)),
                null),
            "test6",
            "1/2",
            "NotReady",
            "6"),
        row(
            pod(
                "test6",
                2,
                List.of(),
                st(
                    "Running",
                    "",
                    List.of(condition("Ready", "True", null)),
                    List.of(),
                    cs(true, 3, terminated("Completed", 0), null),
                    cs(true, 3, running(), null)),
                null),
            "test6",
            "1/2",
            "Running",
            "6"),
        row(
            pod(
                "test7",
                1,
                inits(1),
                st(
                    "podPhase",
                    null,
                    List.of(),
                    List.of(cs(false, 3, running(), 10L)),
                    cs(false, 0, waiting(null), null)),
                null),
            "test7",
            "0/1",
            "Init:0/1",
            "3 (10s ago)"),
        row(
            pod(
                "test8",
                1,
                inits(2),
                st(
                    "podPhase",
                    null,
                    List.of(),
                    List.of(cs(false, 3, running(), 10L), cs(false, 0, waiting(null), null)),
                    cs(false, 0, waiting(null), null)),
                null),
            "test8",
            "0/1",
            "Init:0/2",
            "3 (10s ago)"),
        row(
            pod(
                "test9",
                1,
                inits(2),
                st(
                    "podPhase",
                    null,
                    List.of(),
                    List.of(cs(false, 0, terminated(null, 0), null), cs(false, 3, running(), 10L)),
                    cs(false, 0, waiting(null), null)),
                null),
            "test9",
            "0/1",
            "Init:1/2",
            "3 (10s ago)"),
        row(
            pod(
                "test10",
                1,
                inits(2),
                st(
                    "podPhase",
                    null,
                    List.of(),
                    List.of(cs(false, 2, terminated(null, 0), 120L), cs(false, 3, running(), 10L)),
                    cs(false, 0, waiting(null), null)),
                null),
            "test10",
            "0/1",
            "Init:1/2",
            "5 (10s ago)"),
        row(
            pod(
                "test11",
                1,
                inits(1),
                st(
                    "Running",
                    null,
                    List.of(),
                    List.of(cs(false, 2, terminated(null, 0), 120L)),
                    cs(false, 4, running(), 20L)),
                null),
            "test11",
            "0/1",
            "Running",
            "4 (20s ago)"),
        row(
            pod(
                "test12",
                1,
                List.of(),
                st("Running", null, List.of(), List.of(), cs(true, 3, running(), 5 * 86400L)),
                null),
            "test12",
            "1/1",
            "Running",
            "3 (5d ago)"),
        row(
            pod(
                "test13",
                2,
                List.of(),
                st(
                    "Running",
                    null,
                    List.of(),
                    List.of(),
                    cs(true, 0, running(), null),
                    cs(true, 3, running(), 10 * 86400L)),
                null),
            "test13",
            "2/2",
            "Running",
            "3 (10d ago)"),
        row(
            pod(
                "test14",
                2,
                List.of(),
                st(
                    "Running",
                    null,
                    List.of(),
                    List.of(),
                    cs(true, 6, running(), 5 * 86400L),
                    cs(true, 3, running(), 20 * 86400L)),
                null),
            "test14",
            "2/2",
            "Running",
            "9 (5d ago)"),
        row(
            pod(
                "test15",
                2,
                List.of(),
                st(
                    "podPhase",
                    null,
                    List.of(condition("PodScheduled", "False", "SchedulingGated")),
                    List.of()),
                null),
            "test15",
            "0/2",
            "SchedulingGated",
            "0"),
        row(
            pod(
                "test16",
                1,
                List.of(),
                st(
                    "Succeeded",
                    null,
                    List.of(),
                    List.of(),
                    cs(false, 0, terminated("Completed", 0), null)),
                null),
            "test16",
            "0/1",
            "Completed",
            "0"),
        row(
            pod(
                "test17",
                1,
                List.of(),
                st(
                    "Failed",
                    null,
                    List.of(),
                    List.of(),
                    cs(false, 0, terminated("Error", 1), null)),
                null),
            "test17",
            "0/1",
            "Error",
            "0"),
        // v1.30 shows Terminating for every pod with a deletion timestamp (the phase check came in
        // v1.31, kubernetes#122038)
        row(
            pod(
                "test18",
                1,
                List.of(),
                st(
                    "Succeeded",
                    null,
                    List.of(),
                    List.of(),
                    cs(false, 0, terminated("Completed", 0), null)),
                deleted),
            "test18",
            "0/1",
            "Terminating",
            "0"),
        row(
            pod(
                "test19",
                1,
                List.of(),
                st("Running", null, List.of(), List.of(), cs(false, 0, running(), null)),
                deleted),
            "test19",
            "0/1",
            "Terminating",
            "0"),
        row(
            pod("test20", 1, List.of(), st("Pending", null, List.of(), List.of()), deleted),
            "test20",
            "0/1",
            "Terminating",
            "0"));
  }

  // TestPrintPodWithRestartableInitContainer
  static Stream<Arguments> restartableInitContainers() {
    List<Container> sidecars =
        List.of(sidecar("restartable-init-1"), sidecar("restartable-init-2"));
    return Stream.of(
        row(
            pod(
                "test1",
                1,
                sidecars,
                st(
                    "Pending",
                    null,
                    List.of(condition("Initialized", "False", null)),
                    List.of(
                        named("restartable-init-1", cs(false, 3, running(), 10L), false),
                        named("restartable-init-2", cs(false, 0, waiting(null), null), false)),
                    cs(false, 0, waiting(null), null)),
                null),
            "test1",
            "0/3",
            "Init:0/2",
            "3 (10s ago)"),
        row(
            pod(
                "test1",
                1,
                sidecars,
                st(
                    "Pending",
                    null,
                    List.of(condition("Initialized", "False", null)),
                    List.of(
                        named("restartable-init-1", cs(false, 3, running(), 10L), true),
                        named("restartable-init-2", cs(false, 0, running(), null), false)),
                    cs(false, 0, waiting(null), null)),
                null),
            "test1",
            "0/3",
            "Init:1/2",
            "3 (10s ago)"),
        row(
            pod(
                "test2",
                1,
                sidecars,
                st(
                    "Running",
                    null,
                    List.of(condition("Initialized", "True", null)),
                    List.of(
                        named("restartable-init-1", cs(false, 3, running(), 10L), true),
                        named("restartable-init-2", cs(false, 0, running(), null), true)),
                    cs(true, 4, running(), 20L)),
                null),
            "test2",
            "1/3",
            "Running",
            "7 (10s ago)"),
        row(
            pod(
                "test3",
                1,
                sidecars,
                st(
                    "Succeeded",
                    null,
                    List.of(condition("Initialized", "True", null)),
                    List.of(
                        named(
                            "restartable-init-1",
                            cs(false, 3, terminated("Error", 137), 10L),
                            false),
                        named(
                            "restartable-init-2",
                            cs(false, 0, terminated("Error", 137), null),
                            false)),
                    cs(false, 4, terminated("Completed", 0), 20L)),
                null),
            "test3",
            "0/3",
            "Completed",
            "7 (10s ago)"),
        row(
            pod(
                "test4",
                1,
                List.of(Container.of("init1", "initimage"), sidecar("sidecar1")),
                st(
                    "Running",
                    null,
                    List.of(),
                    List.of(
                        named("initinvalid", cs(false, 0, null, null), null),
                        named("init1", cs(false, 0, null, null), null),
                        named("sidecar1", cs(false, 0, null, null), null)),
                    named("containerinvalid", cs(false, 0, null, null), null),
                    named("container1", cs(false, 0, null, null), null)),
                null),
            "test4",
            "0/2",
            "Init:0/2",
            "0"));
  }

  @ParameterizedTest
  @MethodSource({"printPod", "restartableInitContainers"})
  void derives_ready_status_and_restarts_as_print_pod(Pod pod, List<String> expected) {
    assertThat(PRINTER.cells(pod, NOW).subList(0, 5)).containsExactlyElementsOf(expected);
  }

  // TestPrintPodwide
  static Stream<Arguments> wide() {
    PodSpec gated =
        Json.mapper()
            .convertValue(
                Map.of(
                    "containers", List.of(Map.of(), Map.of()),
                    "nodeName", "test1",
                    "readinessGates",
                        List.of(
                            Map.of("conditionType", "condition1"),
                            Map.of("conditionType", "condition2"),
                            Map.of("conditionType", "condition3"))),
                PodSpec.class);
    PodStatus status =
        new PodStatus(
            "podPhase",
            List.of(condition("condition1", "False", null), condition("condition2", "True", null)),
            null,
            null,
            "node1",
            null,
            null,
            null,
            List.of(new PodIP("1.1.1.1")),
            null,
            null,
            List.of(cs(true, 3, running(), null), cs(false, 3, empty(), null)),
            null);
    PodStatus dual = withIps(status, List.of(new PodIP("1.1.1.1"), new PodIP("2001:db8::")));
    return Stream.of(
        Arguments.of(
            new Pod(ObjectMeta.named("test1"), gated, status),
            List.of(
                "test1", "1/2", "podPhase", "6", "<unknown>", "1.1.1.1", "test1", "node1", "1/3")),
        Arguments.of(
            new Pod(ObjectMeta.named("test1"), gated, dual),
            List.of(
                "test1", "1/2", "podPhase", "6", "<unknown>", "1.1.1.1", "test1", "node1", "1/3")),
        Arguments.of(
            pod(
                "test2",
                2,
                List.of(),
                st(
                    "podPhase",
                    null,
                    List.of(),
                    List.of(),
                    cs(true, 3, running(), null),
                    cs(false, 3, waiting("ContainerWaitingReason"), null)),
                null),
            List.of(
                "test2",
                "1/2",
                "ContainerWaitingReason",
                "6",
                "<unknown>",
                "<none>",
                "<none>",
                "<none>",
                "<none>")));
  }

  @ParameterizedTest
  @MethodSource("wide")
  void wide_cells_show_ip_node_nominated_node_and_readiness_gates(Pod pod, List<String> expected) {
    assertThat(PRINTER.cells(pod, NOW)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("printPod")
  void a_node_lost_pod_being_deleted_is_unknown(Pod pod, List<String> ignored) {
    ObjectMeta meta = pod.metadata().withDeletion(NOW, 30L);
    PodStatus st = pod.status();
    PodStatus lost =
        new PodStatus(
            st.phase(),
            st.conditions(),
            st.message(),
            PodPrinter.NODE_UNREACHABLE_REASON,
            st.nominatedNodeName(),
            st.hostIP(),
            st.hostIPs(),
            st.podIP(),
            st.podIPs(),
            st.startTime(),
            st.initContainerStatuses(),
            st.containerStatuses(),
            st.qosClass());
    assertThat(PodPrinter.status(new Pod(meta, pod.spec(), lost))).isEqualTo("Unknown");
  }

  // ---------------------------------------------------------------- fixtures

  private static Arguments row(Pod pod, String... cells) {
    List<String> expected = new ArrayList<>(List.of(cells));
    expected.add("<unknown>");
    return Arguments.of(pod, expected);
  }

  private static Pod pod(
      String name, int containers, List<Container> inits, PodStatus status, Instant deleted) {
    List<Container> cs = new ArrayList<>();
    for (int i = 0; i < containers; i++) cs.add(Container.EMPTY);
    ObjectMeta meta = ObjectMeta.named(name);
    if (deleted != null) meta = meta.withDeletion(deleted, 30L);
    return new Pod(meta, PodSpec.EMPTY.withContainers(cs).withInitContainers(inits), status);
  }

  private static List<Container> inits(int n) {
    List<Container> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(Container.EMPTY);
    return out;
  }

  private static Container sidecar(String name) {
    return Json.mapper()
        .convertValue(Map.of("name", name, "restartPolicy", "Always"), Container.class);
  }

  private static PodStatus st(
      String phase,
      String reason,
      List<PodCondition> conditions,
      List<ContainerStatus> inits,
      ContainerStatus... statuses) {
    return new PodStatus(
        phase,
        conditions,
        null,
        reason,
        null,
        null,
        null,
        null,
        null,
        null,
        inits,
        List.of(statuses),
        null);
  }

  private static PodStatus withIps(PodStatus s, List<PodIP> ips) {
    return new PodStatus(
        s.phase(),
        s.conditions(),
        s.message(),
        s.reason(),
        s.nominatedNodeName(),
        s.hostIP(),
        s.hostIPs(),
        s.podIP(),
        ips,
        s.startTime(),
        s.initContainerStatuses(),
        s.containerStatuses(),
        s.qosClass());
  }

  private static PodCondition condition(String type, String status, String reason) {
    return new PodCondition(type, status, null, null, reason, null);
  }

  private static ContainerStatus cs(
      boolean ready, int restarts, ContainerState state, Long lastFinishedAgo) {
    ContainerState last =
        lastFinishedAgo == null
            ? null
            : new ContainerState(
                null,
                null,
                new ContainerStateTerminated(
                    null, null, null, null, null, NOW.minusSeconds(lastFinishedAgo), null));
    return new ContainerStatus(null, state, last, ready, restarts, null, null, null, null);
  }

  private static ContainerStatus named(String name, ContainerStatus s, Boolean started) {
    return new ContainerStatus(
        name, s.state(), s.lastState(), s.ready(), s.restartCount(), null, null, null, started);
  }

  private static ContainerState running() {
    return new ContainerState(null, new ContainerStateRunning(null), null);
  }

  private static ContainerState waiting(String reason) {
    return new ContainerState(new ContainerStateWaiting(reason, null), null, null);
  }

  private static ContainerState terminated(String reason, int exitCode) {
    return new ContainerState(
        null, null, new ContainerStateTerminated(exitCode, null, reason, null, null, null, null));
  }

  private static ContainerState empty() {
    return new ContainerState(null, null, null);
  }
}
