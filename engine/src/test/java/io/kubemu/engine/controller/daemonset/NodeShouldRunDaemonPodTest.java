package io.kubemu.engine.controller.daemonset;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.IntOrString;
import io.kubemu.model.Quantity;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetSpec;
import io.kubemu.model.apps.DaemonSetUpdateStrategy;
import io.kubemu.model.apps.RollingUpdateDaemonSet;
import io.kubemu.model.core.Affinity;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerPort;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeAffinity;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.NodeSelector;
import io.kubemu.model.core.NodeSelectorRequirement;
import io.kubemu.model.core.NodeSelectorTerm;
import io.kubemu.model.core.NodeSpec;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.core.ResourceRequirements;
import io.kubemu.model.core.Taint;
import io.kubemu.model.core.Toleration;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * upstream daemon_controller_test.go TestNodeShouldRunDaemonPod (v1.30), row for row and for each
 * of updateStrategies(); then the taint cases of TestTaintedNodeDaemonDoesNotLaunchIntolerantPod,
 * TestTaintedNodeDaemonLaunchesToleratePod, TestNotReadyNodeDaemonLaunchesPod,
 * TestUnreachableNodeDaemonLaunchesPod, TestTaintPressureNodeDaemonLaunchesPod and the
 * network-unavailable toleration of host-network pods.
 */
class NodeShouldRunDaemonPodTest {

  static final Map<String, String> SIMPLE = Map.of("name", "simple-daemon", "type", "production");
  static final Map<String, String> SIMPLE2 = Map.of("name", "simple-daemon", "type", "test");

  static Container container(String memory, String cpu, Integer hostPort) {
    ResourceRequirements res =
        memory == null
            ? null
            : new ResourceRequirements(
                null, Map.of("memory", Quantity.parse(memory), "cpu", Quantity.parse(cpu)));
    List<ContainerPort> ports =
        hostPort == null ? List.of() : List.of(new ContainerPort(null, null, hostPort, null, null));
    return new Container(
        "c", "img", null, null, null, null, ports, null, null, null, null, res, null, null, null,
        null, null, null, null, null, null, null, null);
  }

  // resourcePodSpec(nodeName, memory, cpu)
  static PodSpec resourcePodSpec(String nodeName, String memory, String cpu) {
    return PodSpec.of(container(memory, cpu, null))
        .withNodeName(nodeName.isEmpty() ? null : nodeName);
  }

  static DaemonSet ds(PodSpec spec) {
    return new DaemonSet(
        ObjectMeta.named("default", "ds"),
        new DaemonSetSpec(
            LabelSelector.of(SIMPLE),
            new PodTemplateSpec(ObjectMeta.EMPTY.withLabels(SIMPLE), spec),
            null,
            null,
            null),
        null);
  }

  static Affinity required(String type) {
    return new Affinity(
        new NodeAffinity(
            new NodeSelector(
                List.of(
                    new NodeSelectorTerm(
                        List.of(
                            new NodeSelectorRequirement(
                                "type", NodeSelectorRequirement.IN, List.of(type))),
                        List.of()))),
            List.of()),
        null,
        null);
  }

  // newNode("test-node", simpleDaemonSetLabel): Ready, with allocatable resources
  static Node node(UnaryOperator<NodeSpec> spec, List<NodeCondition> conditions) {
    NodeStatus status =
        NodeStatus.EMPTY
            .withAllocatable(Map.of("memory", Quantity.parse("100M"), "cpu", Quantity.parse("1")))
            .withConditions(conditions);
    return new Node(
        ObjectMeta.named("test-node").withLabels(SIMPLE), spec.apply(NodeSpec.EMPTY), status);
  }

  static NodeCondition cond(String type, String status) {
    return new NodeCondition(type, status, null, null, null, null);
  }

  static final List<NodeCondition> READY = List.of(cond(NodeCondition.READY, ConditionStatus.TRUE));

  static List<DaemonSetUpdateStrategy> updateStrategies() {
    return List.of(
        new DaemonSetUpdateStrategy(DaemonSetUpdateStrategy.ON_DELETE, null),
        new DaemonSetUpdateStrategy(
            DaemonSetUpdateStrategy.ROLLING_UPDATE,
            new RollingUpdateDaemonSet(IntOrString.of(1), null)),
        new DaemonSetUpdateStrategy(
            DaemonSetUpdateStrategy.ROLLING_UPDATE,
            new RollingUpdateDaemonSet(IntOrString.of(0), IntOrString.of(1))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource
  void nodeShouldRunDaemonPod(
      String predicate, DaemonSet ds, Node node, boolean run, boolean cont) {
    for (DaemonSetUpdateStrategy strategy : updateStrategies()) {
      DaemonSet d = ds.withSpec(ds.spec().withUpdateStrategy(strategy));
      assertThat(DaemonSetUtil.nodeShouldRunDaemonPod(node, d))
          .as(strategy.type())
          .isEqualTo(new DaemonSetUtil.ShouldRun(run, cont));
    }
  }

  static Stream<Arguments> nodeShouldRunDaemonPod() {
    Node plain = node(s -> s, READY);
    PodSpec hostPort = PodSpec.of(container(null, null, 666));
    Taint noSchedule = new Taint("dedicated", "user1", Taint.EFFECT_NO_SCHEDULE, null);
    Taint noExecute = new Taint("dedicated", "user1", Taint.EFFECT_NO_EXECUTE, null);
    Toleration tolerate =
        new Toleration(
            "dedicated", Toleration.OPERATOR_EQUAL, "user1", Taint.EFFECT_NO_SCHEDULE, null);
    return Stream.of(
        Arguments.of(
            "ShouldRunDaemonPod", ds(resourcePodSpec("", "50M", "0.5")), plain, true, true),
        Arguments.of(
            "InsufficientResourceError", ds(resourcePodSpec("", "200M", "0.5")), plain, true, true),
        Arguments.of(
            "ErrPodNotMatchHostName",
            ds(resourcePodSpec("other-node", "50M", "0.5")),
            plain,
            false,
            false),
        Arguments.of(
            "ErrPodNotFitsHostPorts (a pod on the node holds port 666)",
            ds(hostPort),
            plain,
            true,
            true),
        Arguments.of(
            "InsufficientResourceError (pods on the node)",
            ds(resourcePodSpec("", "100M", "0.5")),
            plain,
            true,
            true),
        Arguments.of(
            "ShouldRunDaemonPod (pods on the node)",
            ds(resourcePodSpec("", "50M", "0.5")),
            plain,
            true,
            true),
        Arguments.of(
            "ErrNodeSelectorNotMatch",
            ds(PodSpec.EMPTY.withNodeSelector(SIMPLE2)),
            plain,
            false,
            false),
        Arguments.of(
            "ShouldRunDaemonPod (nodeSelector)",
            ds(PodSpec.EMPTY.withNodeSelector(SIMPLE)),
            plain,
            true,
            true),
        Arguments.of(
            "ErrPodAffinityNotMatch",
            ds(PodSpec.EMPTY.withAffinity(required("test"))),
            plain,
            false,
            false),
        Arguments.of(
            "ShouldRunDaemonPod (node affinity)",
            ds(PodSpec.EMPTY.withAffinity(required("production"))),
            plain,
            true,
            true),
        Arguments.of(
            "ShouldRunDaemonPodOnUnschedulableNode",
            ds(resourcePodSpec("", "50M", "0.5")),
            node(s -> s.withUnschedulable(true), READY),
            true,
            true),
        Arguments.of(
            "TaintedNodeDaemonDoesNotLaunchIntolerantPod",
            ds(PodSpec.EMPTY),
            node(s -> s.withTaints(List.of(noSchedule)), READY),
            false,
            true),
        Arguments.of(
            "TaintedNodeDaemonLaunchesToleratePod",
            ds(PodSpec.EMPTY.withTolerations(List.of(tolerate))),
            node(s -> s.withTaints(List.of(noSchedule)), READY),
            true,
            true),
        Arguments.of(
            "untolerated NoExecute taint",
            ds(PodSpec.EMPTY),
            node(s -> s.withTaints(List.of(noExecute)), READY),
            false,
            false),
        Arguments.of(
            "NotReadyNodeDaemonLaunchesPod",
            ds(PodSpec.EMPTY),
            node(
                s -> s.withTaints(List.of(Taint.of(Taint.NOT_READY, Taint.EFFECT_NO_EXECUTE))),
                List.of(cond(NodeCondition.READY, ConditionStatus.FALSE))),
            true,
            true),
        Arguments.of(
            "UnreachableNodeDaemonLaunchesPod",
            ds(PodSpec.EMPTY),
            node(
                s -> s.withTaints(List.of(Taint.of(Taint.UNREACHABLE, Taint.EFFECT_NO_EXECUTE))),
                List.of(cond(NodeCondition.READY, ConditionStatus.UNKNOWN))),
            true,
            true),
        Arguments.of(
            "TaintPressureNodeDaemonLaunchesPod",
            ds(PodSpec.EMPTY),
            node(
                s ->
                    s.withTaints(
                        List.of(
                            Taint.of(Taint.DISK_PRESSURE, Taint.EFFECT_NO_SCHEDULE),
                            Taint.of(Taint.MEMORY_PRESSURE, Taint.EFFECT_NO_SCHEDULE),
                            Taint.of(Taint.PID_PRESSURE, Taint.EFFECT_NO_SCHEDULE))),
                List.of(
                    cond(NodeCondition.DISK_PRESSURE, ConditionStatus.TRUE),
                    cond(NodeCondition.MEMORY_PRESSURE, ConditionStatus.TRUE),
                    cond(NodeCondition.PID_PRESSURE, ConditionStatus.TRUE))),
            true,
            true),
        Arguments.of(
            "unschedulable taint (cordoned)",
            ds(PodSpec.EMPTY),
            node(
                s ->
                    s.withUnschedulable(true)
                        .withTaints(
                            List.of(Taint.of(Taint.UNSCHEDULABLE, Taint.EFFECT_NO_SCHEDULE))),
                READY),
            true,
            true),
        Arguments.of(
            "network-unavailable, no host network",
            ds(PodSpec.EMPTY),
            node(
                s ->
                    s.withTaints(
                        List.of(Taint.of(Taint.NETWORK_UNAVAILABLE, Taint.EFFECT_NO_SCHEDULE))),
                READY),
            false,
            true),
        Arguments.of(
            "network-unavailable, host network",
            ds(hostNetwork()),
            node(
                s ->
                    s.withTaints(
                        List.of(Taint.of(Taint.NETWORK_UNAVAILABLE, Taint.EFFECT_NO_SCHEDULE))),
                READY),
            true,
            true));
  }

  static PodSpec hostNetwork() {
    return new PodSpec(
        List.of(container(null, null, null)),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        true,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
