package io.kubemu.engine.scheduler;

import static io.kubemu.engine.scheduler.St.labels;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.scheduler.Profile.PluginRef;
import io.kubemu.engine.scheduler.plugins.DefaultProfile;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.Quantity;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.ReplicaSetSpec;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Why preferred node affinity (seed 8.3 case 4) and preferred pod affinity (8.4) put every replica
 * on the preferred node with Kubernetes v1.30, while the seed saw "most, not all". The replicas are
 * owned by a ReplicaSet, so PodTopologySpread's system default constraints (hostname maxSkew 3,
 * zone maxSkew 5, ScheduleAnyway) apply and count the replicas assumed in earlier cycles. Each
 * replica already on centos-7-56 lowers its spreading score (log(3 + 2) per replica plus maxSkew-1,
 * normalized as (max + min - s) * 100 / max: 100, 50, 40, 28, 25), but with v1.30's default weights
 * (NodeAffinity 2, InterPodAffinity 2, PodTopologySpread 2) the preference's 100 x 2 still
 * outweighs the loss. With the weights of kube-scheduler before v1.23 (config v1beta1/v1beta2:
 * NodeAffinity, InterPodAffinity and TaintToleration 1, raised by v1beta3 in
 * kubernetes/kubernetes#104251), the same arithmetic yields the seed's 3 of 5 (its cluster, from
 * December 2020, ran such a version).
 */
class ScoreWeightsTest {

  private EventLoop loop;
  private ApiServer api;
  private Scheduler scheduler;

  static final List<PluginRef> PRE_V123_WEIGHTS = DefaultProfile.PLUGINS_BEFORE_V1_23;

  private void start(List<PluginRef> plugins) {
    loop = new EventLoop(Instant.parse("2024-01-01T00:00:00Z"), 7);
    api = new ApiServer(loop);
    SchedulerOptions options =
        SchedulerOptions.defaults()
            .withProfiles(List.of(DefaultProfile.defaultProfile().withPlugins(plugins)));
    scheduler = new Scheduler(api, new EventRecorder(api), options);
    scheduler.start();
    for (KubernetesObject o : Manifests.readResource("seed/manifests/nodes-centos7.yaml")) {
      Node n = (Node) o;
      Node created =
          api.create(
              n.withMetadata(n.metadata().withLabel(Node.LABEL_HOSTNAME, n.metadata().name())));
      Map<String, Quantity> allocatable = new LinkedHashMap<>();
      allocatable.put("cpu", Quantity.parse("4"));
      allocatable.put("memory", Quantity.parse("8Gi"));
      allocatable.put("pods", Quantity.parse("110"));
      api.updateStatus(
          created.withStatus(
              NodeStatus.EMPTY.withCapacity(allocatable).withAllocatable(allocatable)));
    }
  }

  /** A ReplicaSet from a seed Deployment's template, and {@code n} pods it controls. */
  private List<Pod> replicaSet(String manifest, int n) {
    Deployment d = Manifests.readOneResource("seed/manifests/" + manifest, Deployment.class);
    String name = d.metadata().name() + "-5996df99f8";
    ReplicaSet rs =
        api.create(
            new ReplicaSet(
                ObjectMeta.named("default", name)
                    .withLabels(d.spec().template().metadata().labels()),
                new ReplicaSetSpec(n, null, d.spec().selector(), d.spec().template()),
                null));
    OwnerReference owner =
        new OwnerReference("apps/v1", "ReplicaSet", name, rs.metadata().uid(), true, true);
    List<Pod> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ObjectMeta meta =
          ObjectMeta.named("default", name + "-" + i)
              .withLabels(d.spec().template().metadata().labels())
              .withOwnerReferences(List.of(owner));
      out.add(api.create(Pod.of(meta, d.spec().template().spec())));
    }
    return out;
  }

  private Map<String, Integer> placement(List<Pod> pods) {
    Map<String, Integer> out = new TreeMap<>();
    for (Pod p : pods) {
      String node =
          api.get(Pod.class, p.metadata().namespace(), p.metadata().name()).spec().nodeName();
      out.merge(node == null ? "<pending>" : node, 1, Integer::sum);
    }
    return out;
  }

  /** PodTopologySpread's normalized score of a node in each pod's attempt, highest first. */
  private List<Long> spreadingScores(List<Pod> pods, String node) {
    List<Long> out = new ArrayList<>();
    for (Pod p : pods) {
      Explanation ex = scheduler.explain("default", p.metadata().name()).orElseThrow();
      for (Explanation.PluginScore s : ex.scoreOf(node).plugins()) {
        if (s.plugin().equals(Names.POD_TOPOLOGY_SPREAD)) out.add(s.normalized());
      }
    }
    out.sort(java.util.Comparator.reverseOrder());
    return out;
  }

  /** An app=nginx pod on centos-7-56, cpu=slow on 54 and 55: only 56 is in the cpu=high domain. */
  private void nginxOnlyInCentos756Domain() {
    for (String name : List.of("centos-7-54", "centos-7-55")) {
      Node n = api.get(Node.class, null, name);
      api.update(n.withMetadata(n.metadata().withLabel("cpu", "slow")));
    }
    api.create(
        Pod.of(
            ObjectMeta.named("default", "nginx").withLabels(labels("app", "nginx")),
            St.pod("x").node("centos-7-56").images("nginx").obj().spec()));
  }

  @Test
  void preferredNodeAffinityWithV130WeightsTakesEveryReplica() {
    start(DefaultProfile.PLUGINS);
    List<Pod> pods = replicaSet("sched-nodeaffinity-4-preferred-match.yaml", 5);
    loop.runUntilIdle();

    assertThat(placement(pods)).containsExactly(Map.entry("centos-7-56", 5));
    // the system default spreading counted the replicas assumed before each one
    assertThat(spreadingScores(pods, "centos-7-56")).containsExactly(100L, 50L, 40L, 28L, 25L);
  }

  @Test
  void preferredNodeAffinityWithPreV123WeightsTakesMostNotAll() {
    start(PRE_V123_WEIGHTS);
    List<Pod> pods = replicaSet("sched-nodeaffinity-4-preferred-match.yaml", 5);
    loop.runUntilIdle();

    assertThat(placement(pods))
        .containsExactly(
            Map.entry("centos-7-54", 1), Map.entry("centos-7-55", 1), Map.entry("centos-7-56", 3));
  }

  @Test
  void withoutAnOwnerNoDefaultSpreadingApplies() {
    start(PRE_V123_WEIGHTS);
    List<Pod> pods = new ArrayList<>();
    Deployment d =
        Manifests.readOneResource(
            "seed/manifests/sched-nodeaffinity-4-preferred-match.yaml", Deployment.class);
    for (int i = 0; i < 5; i++) {
      ObjectMeta meta =
          ObjectMeta.named("default", "bare-" + i)
              .withLabels(d.spec().template().metadata().labels());
      pods.add(api.create(Pod.of(meta, d.spec().template().spec())));
    }
    loop.runUntilIdle();
    // bare pods have no Service or controller selecting them: PodTopologySpread is skipped
    assertThat(placement(pods)).containsExactly(Map.entry("centos-7-56", 5));
    Explanation ex = scheduler.explain("default", "bare-4").orElseThrow();
    assertThat(ex.scorePlugins())
        .extracting(Explanation.WeightedPlugin::plugin)
        .doesNotContain(Names.POD_TOPOLOGY_SPREAD);
  }

  @Test
  void preferredPodAffinityWithV130WeightsTakesEveryReplica() {
    start(DefaultProfile.PLUGINS);
    nginxOnlyInCentos756Domain();
    List<Pod> slb = replicaSet("sched-podaffinity-2-preferred.yaml", 5);
    loop.runUntilIdle();

    assertThat(placement(slb)).containsExactly(Map.entry("centos-7-56", 5));
  }

  @Test
  void preferredPodAffinityWithPreV123WeightsTakesMostNotAll() {
    start(PRE_V123_WEIGHTS);
    nginxOnlyInCentos756Domain();
    List<Pod> slb = replicaSet("sched-podaffinity-2-preferred.yaml", 5);
    loop.runUntilIdle();

    Map<String, Integer> placement = placement(slb);
    assertThat(placement.get("centos-7-56")).isEqualTo(3);
    assertThat(placement).containsEntry("centos-7-54", 1).containsEntry("centos-7-55", 1);
  }
}
