package io.kubemu.engine.scheduler;

import static io.kubemu.engine.scheduler.St.labels;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.Quantity;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduler against the ApiServer, with the seed's six centos-7 nodes (section 8). */
class SchedulerIntegrationTest {

  private EventLoop loop;
  private ApiServer api;
  private Scheduler scheduler;

  @BeforeEach
  void setUp() {
    loop = new EventLoop(Instant.parse("2024-01-01T00:00:00Z"), 7);
    api = new ApiServer(loop);
    scheduler = new Scheduler(api, new EventRecorder(api));
    scheduler.start();
  }

  /** Registers the seed's nodes as a kubelet would: hostname label, allocatable. */
  private void addSeedNodes() {
    for (KubernetesObject o : Manifests.readResource("seed/manifests/nodes-centos7.yaml")) {
      Node n = (Node) o;
      addNode(n);
    }
  }

  private void addNode(Node n) {
    n = n.withMetadata(n.metadata().withLabel(Node.LABEL_HOSTNAME, n.metadata().name()));
    Node created = api.create(n);
    Map<String, Quantity> allocatable = new LinkedHashMap<>();
    allocatable.put("cpu", Quantity.parse("4"));
    allocatable.put("memory", Quantity.parse("8Gi"));
    allocatable.put("pods", Quantity.parse("110"));
    api.updateStatus(
        created.withStatus(
            NodeStatus.EMPTY.withCapacity(allocatable).withAllocatable(allocatable)));
  }

  /** Creates {@code n} pods from the template of a seed Deployment. */
  private List<Pod> createPods(String manifest, int n) {
    Deployment d = Manifests.readOneResource("seed/manifests/" + manifest, Deployment.class);
    var template = d.spec().template();
    List<Pod> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ObjectMeta meta =
          ObjectMeta.named("default", d.metadata().name() + "-" + i)
              .withLabels(template.metadata().labels());
      out.add(api.create(Pod.of(meta, template.spec())));
    }
    return out;
  }

  private Pod get(Pod p) {
    return api.get(Pod.class, p.metadata().namespace(), p.metadata().name());
  }

  private Map<String, Integer> placement(List<Pod> pods) {
    Map<String, Integer> out = new TreeMap<>();
    for (Pod p : pods) {
      String node = get(p).spec().nodeName();
      out.merge(node == null ? "<pending>" : node, 1, Integer::sum);
    }
    return out;
  }

  private List<Event> events(String reason) {
    List<Event> out = new ArrayList<>();
    for (Event e : api.list(Event.class)) {
      if (reason.equals(e.reason())) out.add(e);
    }
    return out;
  }

  static final String CASE2_MESSAGE =
      "0/6 nodes are available: 3 node(s) didn't match Pod's node affinity/selector, 3 node(s) had"
          + " untolerated taint {node-role.kubernetes.io/master: }. preemption: 0/6 nodes are"
          + " available: 6 Preemption is not helpful for scheduling..";

  @Test
  void nodeAffinityCase2StaysPendingWithKubernetesMessage() {
    addSeedNodes();
    List<Pod> pods = createPods("sched-nodeaffinity-2-required-nomatch.yaml", 5);
    loop.runUntilIdle();

    assertThat(placement(pods)).containsExactly(Map.entry("<pending>", 5));
    Pod pending = get(pods.get(0));
    PodCondition scheduled = pending.status().conditions().get(0);
    assertThat(scheduled.type()).isEqualTo("PodScheduled");
    assertThat(scheduled.status()).isEqualTo("False");
    assertThat(scheduled.reason()).isEqualTo("Unschedulable");
    assertThat(scheduled.message()).isEqualTo(CASE2_MESSAGE);
    List<Event> failed = events("FailedScheduling");
    assertThat(failed).hasSize(5);
    assertThat(failed)
        .allSatisfy(
            e -> {
              assertThat(e.type()).isEqualTo("Warning");
              assertThat(e.message()).isEqualTo(CASE2_MESSAGE);
              assertThat(e.source().component()).isEqualTo("default-scheduler");
            });
    // the explanation names the plugin that rejected each node
    Explanation ex = scheduler.explain("default", pods.get(0).metadata().name()).orElseThrow();
    assertThat(ex.scheduled()).isFalse();
    assertThat(ex.filterOf("centos-7-51").plugin()).isEqualTo("TaintToleration");
    assertThat(ex.filterOf("centos-7-55").plugin()).isEqualTo("NodeAffinity");
    assertThat(ex.table())
        .contains("centos-7-54", "NodeAffinity", "didn't match Pod's node affinity/selector");
  }

  @Test
  void pendingPodsAreRetriedWhenANodeIsRelabelledNotOnABusyLoop() {
    addSeedNodes();
    List<Pod> pods = createPods("sched-nodeaffinity-2-required-nomatch.yaml", 2);
    loop.runUntilIdle();
    assertThat(events("FailedScheduling")).hasSize(2);
    // an hour later nothing happened but the 5-minute flushes (which retry, counted in the event)
    loop.advance(Duration.ofMinutes(4));
    assertThat(events("FailedScheduling")).hasSize(2);
    assertThat(events("FailedScheduling").get(0).count()).isEqualTo(1);
    // relabel centos-7-55: drop ssd, so (ssd DoesNotExist, cpu NotIn high) matches
    Node n55 = api.get(Node.class, null, "centos-7-55");
    Map<String, String> l = new LinkedHashMap<>(n55.metadata().labels());
    l.remove("ssd");
    api.update(n55.withMetadata(n55.metadata().withLabels(l)));
    loop.runUntilIdle();
    assertThat(placement(pods)).containsExactly(Map.entry("centos-7-55", 2));
    assertThat(events("Scheduled"))
        .extracting(Event::message)
        .contains("Successfully assigned default/nginx-deploy-0 to centos-7-55");
    Pod bound = get(pods.get(0));
    assertThat(bound.status().conditions())
        .anySatisfy(
            c -> {
              assertThat(c.type()).isEqualTo("PodScheduled");
              assertThat(c.status()).isEqualTo("True");
            });
  }

  @Test
  void nodeSelectorLandsOnCentos754() {
    addSeedNodes();
    List<Pod> pods = createPods("sched-nodeselector.yaml", 5);
    loop.runUntilIdle();
    assertThat(placement(pods)).containsExactly(Map.entry("centos-7-54", 5));
    Explanation ex = scheduler.explain("default", pods.get(0).metadata().name()).orElseThrow();
    assertThat(ex.selectedNode()).isEqualTo("centos-7-54");
    assertThat(ex.feasible()).containsExactly("centos-7-54");
  }

  @Test
  void nodeAffinityCase1LandsOnCentos756() {
    addSeedNodes();
    List<Pod> pods = createPods("sched-nodeaffinity-1-required-match.yaml", 5);
    loop.runUntilIdle();
    assertThat(placement(pods)).containsExactly(Map.entry("centos-7-56", 5));
  }

  @Test
  void preferredAffinityThatMatchesNothingSpreadsOverTheWorkers() {
    addSeedNodes();
    List<Pod> pods = createPods("sched-nodeaffinity-3-preferred-nomatch.yaml", 6);
    loop.runUntilIdle();
    // LeastAllocated (100m/200Mi assumed per pod) spreads them; masters are tainted
    assertThat(placement(pods).keySet())
        .containsExactly("centos-7-54", "centos-7-55", "centos-7-56");
    Explanation ex = scheduler.explain("default", pods.get(5).metadata().name()).orElseThrow();
    assertThat(ex.scores()).hasSize(3);
    assertThat(ex.table()).contains("TaintToleration x3", "NodeAffinity x2", "TOTAL");
  }

  @Test
  void preferredAffinityCase4FavoursCentos756() {
    addSeedNodes();
    List<Pod> pods = createPods("sched-nodeaffinity-4-preferred-match.yaml", 5);
    loop.runUntilIdle();
    // with v1.30's weights NodeAffinity's 2 x 100 outweighs what LeastAllocated takes off per
    // pod on 4-cpu nodes: all five land there (the seed, from an older scheduler, saw "most")
    assertThat(placement(pods)).containsExactly(Map.entry("centos-7-56", 5));
    Explanation ex = scheduler.explain("default", pods.get(4).metadata().name()).orElseThrow();
    assertThat(ex.scoreOf("centos-7-56").plugins())
        .contains(new Explanation.PluginScore("NodeAffinity", 10, 100, 200));
    assertThat(ex.scoreOf("centos-7-55").total()).isLessThan(ex.scoreOf("centos-7-56").total());
  }

  @Test
  void sameSeedSamePlacement() {
    List<Map<String, Integer>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      setUp();
      addSeedNodes();
      List<Pod> pods = createPods("sched-nodeaffinity-3-preferred-nomatch.yaml", 7);
      loop.runUntilIdle();
      Map<String, Integer> byPod = new TreeMap<>();
      for (Pod p : pods) byPod.put(p.metadata().name() + "@" + get(p).spec().nodeName(), 1);
      runs.add(byPod);
    }
    assertThat(runs.get(0)).isEqualTo(runs.get(1));
  }

  @Test
  void requiredPodAffinityFollowsTheTopologyOfTheMatchingPod() {
    addSeedNodes();
    Node n55 = api.get(Node.class, null, "centos-7-55");
    api.update(n55.withMetadata(n55.metadata().withLabel("cpu", "slow")));
    // one app=nginx pod on centos-7-56
    api.create(
        Pod.of(
            ObjectMeta.named("default", "nginx").withLabels(labels("app", "nginx")),
            St.pod("x").node("centos-7-56").images("nginx").obj().spec()));
    List<Pod> slb = createPods("sched-podaffinity-1-required.yaml", 6);
    loop.runUntilIdle();
    // topologyKey cpu: 56 has cpu=high, as has 54; 55 (cpu=slow) never
    assertThat(placement(slb).keySet()).isSubsetOf("centos-7-54", "centos-7-56");
  }

  @Test
  void podsWaitingForAffinityAreRetriedWhenTheMatchingPodIsBound() {
    addSeedNodes();
    List<Pod> slb = createPods("sched-podaffinity-1-required.yaml", 2);
    loop.runUntilIdle();
    // no app=nginx pod anywhere and slb pods do not match their own term: pending
    assertThat(placement(slb)).containsExactly(Map.entry("<pending>", 2));
    assertThat(get(slb.get(0)).status().conditions().get(0).message())
        .startsWith(
            "0/6 nodes are available: 3 node(s) didn't match pod affinity rules, 3 node(s)"
                + " had untolerated taint {node-role.kubernetes.io/master: }.");
    api.create(
        Pod.of(
            ObjectMeta.named("default", "nginx").withLabels(labels("app", "nginx")),
            St.pod("x").images("nginx").obj().spec()));
    loop.runUntilIdle();
    assertThat(get(api.get(Pod.class, "default", "nginx")).spec().nodeName()).isNotNull();
    assertThat(placement(slb)).doesNotContainKey("<pending>");
  }

  @Test
  void noNodesMeansNoNodesAvailable() {
    List<Pod> pods = createPods("sched-nodeselector.yaml", 1);
    loop.runUntilIdle();
    assertThat(get(pods.get(0)).status().conditions().get(0).message())
        .isEqualTo("no nodes available to schedule pods");
    // a node arriving retries the pod
    addSeedNodes();
    loop.runUntilIdle();
    assertThat(placement(pods)).containsExactly(Map.entry("centos-7-54", 1));
  }

  @Test
  void preemptionEvictsALowerPriorityPodAndNominatesTheNode() {
    Node small = St.node("small").label(Node.LABEL_HOSTNAME, "small").obj();
    Node created = api.create(new Node(small.metadata(), small.spec(), null));
    Map<String, Quantity> alloc =
        Map.of(
            "cpu",
            Quantity.parse("1"),
            "memory",
            Quantity.parse("1Gi"),
            "pods",
            Quantity.parse("10"));
    api.updateStatus(
        created.withStatus(NodeStatus.EMPTY.withAllocatable(alloc).withCapacity(alloc)));
    Pod low = api.create(St.pod("low").uid(null).priority(1).req(labels("cpu", "800m")).obj());
    loop.runUntilIdle();
    assertThat(get(low).spec().nodeName()).isEqualTo("small");
    Pod high = api.create(St.pod("high").uid(null).priority(1000).req(labels("cpu", "800m")).obj());
    loop.runUntilIdle();
    // the victim is gone (deleted: unscheduled grace, or removed when its grace period ended)
    assertThat(
            api.find(Pod.class, "default", "low")
                .map(p -> p.metadata().deletionTimestamp() != null)
                .orElse(true))
        .isTrue();
    assertThat(events("Preempted")).hasSize(1);
    loop.advance(Duration.ofMinutes(1));
    loop.runUntilIdle();
    assertThat(api.find(Pod.class, "default", "low")).isEmpty();
    assertThat(get(high).spec().nodeName()).isEqualTo("small");
  }
}
