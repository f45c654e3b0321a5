package io.kubemu.engine.scheduler.plugins;

import static io.kubemu.engine.scheduler.St.labels;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.Fwk;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.Profile;
import io.kubemu.engine.scheduler.St;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.plugins.noderesources.Fit;
import io.kubemu.engine.scheduler.plugins.noderesources.InsufficientResource;
import io.kubemu.engine.scheduler.plugins.noderesources.NodeResourcesFitArgs;
import io.kubemu.engine.scheduler.plugins.noderesources.ResourceSpec;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ported from upstream fit_test.go (TestEnoughRequests, TestNotEnoughRequests),
 * least_allocated_test.go and balanced_allocation_test.go (v1.30).
 */
class NodeResourcesTest {

  private static final Status CPU = Status.unschedulable("Insufficient cpu");
  private static final Status MEMORY = Status.unschedulable("Insufficient memory");

  // newResourcePod(Resource{MilliCPU, Memory})
  static Pod res(String name, int milliCpu, int memory) {
    return St.pod(name)
        .req(labels("cpu", milliCpu + "m", "memory", Integer.toString(memory)))
        .obj();
  }

  static Pod initRes(int milliCpu, int memory, int[]... inits) {
    St.PodBuilder b =
        St.pod("p").req(labels("cpu", milliCpu + "m", "memory", Integer.toString(memory)));
    for (int[] i : inits) b.initReq(labels("cpu", i[0] + "m", "memory", Integer.toString(i[1])));
    return b.obj();
  }

  // makeAllocatableResources(10, 20, 32, ...): cpu 10m, memory 20, 32 pods
  static Node node(int pods) {
    return St.node("n")
        .capacity(labels("cpu", "10m", "memory", "20", "pods", Integer.toString(pods)))
        .obj();
  }

  static Stream<Arguments> enoughRequests() {
    return Stream.of(
        Arguments.of(
            "no resources requested always fits",
            St.pod("p").obj(),
            res("e", 10, 20),
            Status.SUCCESS),
        Arguments.of(
            "too many resources fails",
            res("p", 1, 1),
            res("e", 10, 20),
            Status.unschedulable("Insufficient cpu", "Insufficient memory")),
        Arguments.of(
            "too many resources fails due to init container cpu",
            initRes(1, 1, new int[] {3, 1}),
            res("e", 8, 19),
            CPU),
        Arguments.of(
            "too many resources fails due to highest init container cpu",
            initRes(1, 1, new int[] {3, 1}, new int[] {2, 1}),
            res("e", 8, 19),
            CPU),
        Arguments.of(
            "too many resources fails due to init container memory",
            initRes(1, 1, new int[] {1, 3}),
            res("e", 9, 19),
            MEMORY),
        Arguments.of(
            "too many resources fails due to highest init container memory",
            initRes(1, 1, new int[] {1, 3}, new int[] {1, 2}),
            res("e", 9, 19),
            MEMORY),
        Arguments.of(
            "init container fits because it's the max, not sum, of containers and init containers",
            initRes(1, 1, new int[] {1, 1}),
            res("e", 9, 19),
            Status.SUCCESS),
        Arguments.of(
            "multiple init containers fit because it's the max, not sum, of containers and init"
                + " containers",
            initRes(1, 1, new int[] {1, 1}, new int[] {1, 1}),
            res("e", 9, 19),
            Status.SUCCESS),
        Arguments.of("both resources fit", res("p", 1, 1), res("e", 5, 5), Status.SUCCESS),
        Arguments.of("one resource memory fits", res("p", 2, 1), res("e", 9, 5), CPU),
        Arguments.of("one resource cpu fits", res("p", 1, 2), res("e", 5, 19), MEMORY),
        Arguments.of("equal edge case", res("p", 5, 1), res("e", 5, 19), Status.SUCCESS),
        Arguments.of(
            "equal edge case for init container",
            initRes(4, 1, new int[] {5, 1}),
            res("e", 5, 19),
            Status.SUCCESS),
        Arguments.of(
            "resources + pod overhead fits",
            St.pod("p")
                .req(labels("cpu", "1m", "memory", "1"))
                .overhead(labels("cpu", "3m", "memory", "13"))
                .obj(),
            res("e", 5, 5),
            Status.SUCCESS),
        Arguments.of(
            "requests + overhead does not fit for memory",
            St.pod("p")
                .req(labels("cpu", "1m", "memory", "1"))
                .overhead(labels("cpu", "1m", "memory", "15"))
                .obj(),
            res("e", 5, 5),
            MEMORY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enoughRequests")
  void enoughRequests(String name, Pod pod, Pod existing, Status want) {
    NodeInfo ni = NodeInfo.of(node(32), existing);
    String p = Names.NODE_RESOURCES_FIT;
    assertThat(Fwk.filter(Fwk.of(p, List.of(ni)), p, pod, ni)).isEqualTo(want);
  }

  @Test
  void insufficientResourcesCarryTheNumbers() {
    NodeInfo ni = NodeInfo.of(node(32), res("e", 10, 20));
    assertThat(Fit.fits(res("p", 1, 1), ni))
        .containsExactly(
            new InsufficientResource("cpu", "Insufficient cpu", 1, 10, 10),
            new InsufficientResource("memory", "Insufficient memory", 1, 20, 20));
  }

  static Stream<Arguments> notEnoughPods() {
    return Stream.of(
        Arguments.of(
            "even without specified resources, predicate fails when there's no space for additional"
                + " pod",
            St.pod("p").obj(),
            res("e", 10, 20)),
        Arguments.of(
            "even if both resources fit, predicate fails when there's no space for additional pod",
            res("p", 1, 1),
            res("e", 5, 5)),
        Arguments.of(
            "even for equal edge case, predicate fails when there's no space for additional pod",
            res("p", 5, 1),
            res("e", 5, 19)),
        Arguments.of(
            "even for equal edge case, predicate fails when there's no space for additional pod due"
                + " to init container",
            initRes(5, 1, new int[] {5, 1}),
            res("e", 5, 19)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notEnoughPods")
  void notEnoughPods(String name, Pod pod, Pod existing) {
    NodeInfo ni = NodeInfo.of(node(1), existing);
    String p = Names.NODE_RESOURCES_FIT;
    assertThat(Fwk.filter(Fwk.of(p, List.of(ni)), p, pod, ni))
        .isEqualTo(Status.unschedulable("Too many pods"));
  }

  // ------------------------------------------------------------------ LeastAllocated

  static Node sized(String name, String cpu, String memory) {
    return St.node(name).capacity(labels("cpu", cpu, "memory", memory, "pods", "110")).obj();
  }

  private static int seq;

  static Pod bound(String node, String cpu, String memory) {
    return St.pod(node + "-" + (seq++)).node(node).req(labels("cpu", cpu, "memory", memory)).obj();
  }

  static Pod twoContainers() {
    return St.pod("p")
        .req(labels("cpu", "1000", "memory", "2000"))
        .req(labels("cpu", "2000", "memory", "3000"))
        .obj();
  }

  static Stream<Arguments> leastAllocated() {
    Pod empty = St.pod("p").obj();
    List<ResourceSpec> defaults = NodeResourcesFitArgs.DEFAULT_RESOURCES;
    return Stream.of(
        Arguments.of(
            "nothing scheduled, nothing requested",
            empty,
            List.of(sized("node1", "4000", "10000"), sized("node2", "4000", "10000")),
            List.of(),
            defaults,
            new long[] {100, 100}),
        Arguments.of(
            "nothing scheduled, resources requested, differently sized nodes",
            twoContainers(),
            List.of(sized("node1", "4000", "10000"), sized("node2", "6000", "10000")),
            List.of(),
            defaults,
            new long[] {37, 50}),
        Arguments.of(
            "no resources requested, pods scheduled",
            empty,
            List.of(sized("node1", "4000", "10000"), sized("node2", "4000", "10000")),
            List.of(
                St.pod("a").node("node1").obj(),
                St.pod("b").node("node1").obj(),
                St.pod("c").node("node2").obj(),
                St.pod("d").node("node2").obj()),
            defaults,
            new long[] {100, 100}),
        Arguments.of(
            "no resources requested, pods scheduled with resources",
            empty,
            List.of(sized("node1", "10000", "20000"), sized("node2", "10000", "20000")),
            List.of(
                bound("node1", "3000", "0"),
                bound("node1", "3000", "0"),
                bound("node2", "3000", "0"),
                bound("node2", "3000", "5000")),
            defaults,
            new long[] {70, 57}),
        Arguments.of(
            "resources requested, pods scheduled with resources",
            twoContainers(),
            List.of(sized("node1", "10000", "20000"), sized("node2", "10000", "20000")),
            List.of(bound("node1", "3000", "0"), bound("node2", "3000", "5000")),
            defaults,
            new long[] {57, 45}),
        Arguments.of(
            "resources requested, pods scheduled with resources, differently sized nodes",
            twoContainers(),
            List.of(sized("node1", "10000", "20000"), sized("node2", "10000", "50000")),
            List.of(bound("node1", "3000", "0"), bound("node2", "3000", "5000")),
            defaults,
            new long[] {57, 60}),
        Arguments.of(
            "requested resources exceed node capacity",
            St.pod("p").req(labels("cpu", "3000", "memory", "0")).obj(),
            List.of(sized("node1", "4000", "10000"), sized("node2", "4000", "10000")),
            List.of(bound("node1", "3000", "0"), bound("node2", "3000", "5000")),
            defaults,
            new long[] {50, 25}),
        Arguments.of(
            "zero node resources, pods scheduled with resources",
            empty,
            List.of(St.node("node1").obj(), St.node("node2").obj()),
            List.of(bound("node1", "3000", "0"), bound("node2", "3000", "5000")),
            defaults,
            new long[] {0, 0}),
        Arguments.of(
            "nothing scheduled, resources requested with different weight on CPU and memory,"
                + " differently sized nodes",
            twoContainers(),
            List.of(sized("node1", "4000", "10000"), sized("node2", "6000", "10000")),
            List.of(),
            List.of(new ResourceSpec("memory", 2), new ResourceSpec("cpu", 1)),
            new long[] {41, 50}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("leastAllocated")
  void leastAllocated(
      String name,
      Pod pod,
      List<Node> nodes,
      List<Pod> existing,
      List<ResourceSpec> resources,
      long[] want) {
    List<NodeInfo> infos = Fwk.nodeInfos(nodes, existing);
    String p = Names.NODE_RESOURCES_FIT;
    var fw =
        Fwk.of(
            List.of(new Profile.PluginRef(p, 1)),
            Map.of(p, new NodeResourcesFitArgs(null, null, null, resources)),
            infos,
            null,
            null);
    assertThat(Fwk.score(fw, p, pod, infos)).containsExactly(want);
  }

  // ------------------------------------------------------------------ BalancedAllocation

  static Stream<Arguments> balanced() {
    return Stream.of(
        // both fractions 0: (1 - 0) * 100
        Arguments.of(
            "nothing scheduled, nothing requested",
            St.pod("p").obj(),
            List.of(sized("node1", "4000m", "10000"), sized("node2", "4000m", "10000")),
            List.of(),
            new long[] {100, 100}),
        // node1: cpu 3000/4000 = 0.75, memory 5000/10000 = 0.5, std 0.125 -> 87;
        // node2: 0.5 and 0.5 -> 100
        Arguments.of(
            "nothing scheduled, resources requested, differently sized nodes",
            St.pod("p")
                .req(labels("cpu", "1000m", "memory", "2000"))
                .req(labels("cpu", "2000m", "memory", "3000"))
                .obj(),
            List.of(sized("node1", "4000m", "10000"), sized("node2", "6000m", "10000")),
            List.of(),
            new long[] {87, 100}),
        // node1: 0.6 and 0 -> std 0.3 -> 70; node2: 0.6 and 0.25 -> std 0.175 -> 82
        Arguments.of(
            "no resources requested, pods with container scheduled",
            St.pod("p").obj(),
            List.of(sized("node1", "10000m", "20000"), sized("node2", "10000m", "20000")),
            List.of(
                bound("node1", "3000m", "0"),
                bound("node1", "3000m", "0"),
                bound("node2", "3000m", "0"),
                bound("node2", "3000m", "5000")),
            new long[] {70, 82}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("balanced")
  void balancedAllocation(String name, Pod pod, List<Node> nodes, List<Pod> existing, long[] want) {
    List<NodeInfo> infos = Fwk.nodeInfos(nodes, existing);
    String p = Names.NODE_RESOURCES_BALANCED_ALLOCATION;
    assertThat(Fwk.score(Fwk.of(p, infos), p, pod, infos)).containsExactly(want);
  }

  @Test
  void sidecarsAddUpAndInitContainersRunBesideEarlierSidecars() {
    // upstream PodRequests: init 1 (2 cpu) runs alone; sidecar (1 cpu) then init 2 (2 cpu) needs
    // 3; app containers 1 cpu + the sidecar = 2; the pod needs max(2, 3) = 3 cpu
    var sidecar =
        new io.kubemu.model.core.Container(
            "side",
            "x",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new io.kubemu.model.core.ResourceRequirements(
                null, Map.of("cpu", io.kubemu.model.Quantity.parse("1"))),
            "Always",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    Pod pod = St.pod("p").initReq(labels("cpu", "2")).req(labels("cpu", "1")).obj();
    var spec = pod.spec();
    var inits = new ArrayList<>(spec.initContainers());
    inits.add(sidecar);
    inits.add(
        io.kubemu.model.core.Container.EMPTY
            .withName("i2")
            .withImage("x")
            .withResources(
                new io.kubemu.model.core.ResourceRequirements(
                    null, Map.of("cpu", io.kubemu.model.Quantity.parse("2")))));
    Pod withSidecar = pod.withSpec(spec.withInitContainers(inits));
    assertThat(io.kubemu.engine.scheduler.helper.PodRequests.of(withSidecar).get("cpu"))
        .isEqualTo(io.kubemu.model.Quantity.parse("3"));
  }
}
