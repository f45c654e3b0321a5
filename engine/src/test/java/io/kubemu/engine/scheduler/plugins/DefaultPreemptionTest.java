package io.kubemu.engine.scheduler.plugins;

import static io.kubemu.engine.scheduler.St.labels;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.ClusterLookup;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.Framework;
import io.kubemu.engine.scheduler.Fwk;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.PostFilterResult;
import io.kubemu.engine.scheduler.Profile.PluginRef;
import io.kubemu.engine.scheduler.SchedulerClient;
import io.kubemu.engine.scheduler.St;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.model.IntOrString;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.policy.PodDisruptionBudget;
import io.kubemu.model.policy.PodDisruptionBudgetSpec;
import io.kubemu.model.policy.PodDisruptionBudgetStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DefaultPreemption, after upstream default_preemption_test.go (v1.30). */
class DefaultPreemptionTest {

  /** Records the API writes preemption makes. */
  static final class RecordingClient implements SchedulerClient {
    final List<String> log = new ArrayList<>();

    @Override
    public void bind(Pod pod, String nodeName) {
      log.add("bind " + pod.metadata().name() + " " + nodeName);
    }

    @Override
    public void patchPodStatus(Pod pod, PodCondition condition, String nominatedNodeName) {
      log.add(
          "status "
              + pod.metadata().name()
              + (condition == null
                  ? ""
                  : " "
                      + condition.type()
                      + "="
                      + condition.status()
                      + "/"
                      + condition.reason()
                      + ": "
                      + condition.message())
              + (nominatedNodeName == null ? "" : " nominated=" + nominatedNodeName));
    }

    @Override
    public void deletePod(Pod pod) {
      log.add("delete " + pod.metadata().name());
    }

    @Override
    public void recordEvent(
        Pod regarding, Pod related, String type, String reason, String action, String message) {
      log.add("event " + regarding.metadata().name() + " " + type + " " + reason + " " + message);
    }
  }

  static final List<PluginRef> PLUGINS =
      List.of(
          new PluginRef(Names.NODE_AFFINITY, 1),
          new PluginRef(Names.NODE_RESOURCES_FIT, 1),
          new PluginRef(Names.DEFAULT_PREEMPTION, 0));

  static Node node(String name, String cpu) {
    return St.node(name).capacity(labels("cpu", cpu, "memory", "100Gi", "pods", "110")).obj();
  }

  static Pod pod(String name, String node, int priority, String cpu) {
    return St.pod(name).node(node).priority(priority).req(labels("cpu", cpu)).obj();
  }

  /** Runs PreFilter and Filter on every node, then PostFilter. */
  static PostFilterResult preempt(
      Pod preemptor,
      List<Node> nodes,
      List<Pod> pods,
      ClusterLookup lookup,
      RecordingClient client) {
    List<NodeInfo> infos = Fwk.nodeInfos(nodes, pods);
    Framework fw = Fwk.of(PLUGINS, null, infos, lookup, client);
    CycleState state = new CycleState();
    Status pre = fw.runPreFilterPlugins(state, preemptor).status();
    Map<String, Status> statuses = new LinkedHashMap<>();
    for (NodeInfo ni : infos) {
      Status s = pre.isSuccess() ? fw.runFilterPlugins(state, preemptor, ni) : pre;
      if (!s.isSuccess()) statuses.put(ni.name(), s);
    }
    return fw.runPostFilterPlugins(state, preemptor, statuses);
  }

  @Test
  void preemptsTheFewestLowestPriorityPods() {
    RecordingClient client = new RecordingClient();
    List<Pod> pods =
        List.of(pod("low", "n1", 1, "1"), pod("mid", "n1", 5, "1"), pod("high", "n1", 100, "1"));
    Pod preemptor = St.pod("p").uid("p-uid").priority(50).req(labels("cpu", "1")).obj();
    PostFilterResult r = preempt(preemptor, List.of(node("n1", "3")), pods, null, client);
    assertThat(r.status()).isEqualTo(Status.SUCCESS);
    assertThat(r.nominatedNodeName()).isEqualTo("n1");
    // removing low and mid makes room; mid (more important) is reprieved first and still fits
    assertThat(client.log)
        .containsExactly(
            "status low DisruptionTarget=True/PreemptionByScheduler: default-scheduler: preempting"
                + " to accommodate a higher priority pod",
            "delete low",
            "event low Normal Preempted Preempted by pod p-uid on node n1");
  }

  @Test
  void noLowerPriorityPodsMeansNoVictims() {
    RecordingClient client = new RecordingClient();
    Pod preemptor = St.pod("p").priority(0).req(labels("cpu", "1")).obj();
    PostFilterResult r =
        preempt(preemptor, List.of(node("n1", "1")), List.of(pod("e", "n1", 0, "1")), null, client);
    assertThat(r.status())
        .isEqualTo(
            Status.unschedulable(
                    "preemption: 0/1 nodes are available: 1 No preemption victims found for"
                        + " incoming pod.")
                .withPlugin(Names.DEFAULT_PREEMPTION));
    assertThat(r.nominatedNodeName()).isEmpty();
    assertThat(client.log).isEmpty();
  }

  @Test
  void unresolvableNodesAreNotHelped() {
    Pod preemptor =
        St.pod("p").priority(10).nodeSelector(labels("disk", "ssd")).req(labels("cpu", "1")).obj();
    PostFilterResult r =
        preempt(
            preemptor,
            List.of(node("n1", "1"), node("n2", "1")),
            List.of(pod("e", "n1", 0, "1")),
            null,
            new RecordingClient());
    assertThat(r.status().message())
        .isEqualTo(
            "preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.");
  }

  @Test
  void preemptionPolicyNeverIsNotEligible() {
    Pod preemptor =
        St.pod("p").priority(10).preemptionPolicy("Never").req(labels("cpu", "1")).obj();
    PostFilterResult r =
        preempt(
            preemptor,
            List.of(node("n1", "1")),
            List.of(pod("e", "n1", 0, "1")),
            null,
            new RecordingClient());
    assertThat(r.status().message())
        .isEqualTo("preemption: not eligible due to preemptionPolicy=Never.");
    assertThat(r.nominatedNodeName()).isNull();
  }

  @Test
  void prefersTheNodeWithTheLowestHighestVictimPriority() {
    RecordingClient client = new RecordingClient();
    List<Pod> pods = List.of(pod("a", "n1", 10, "2"), pod("b", "n2", 5, "2"));
    Pod preemptor = St.pod("p").priority(50).req(labels("cpu", "2")).obj();
    PostFilterResult r =
        preempt(preemptor, List.of(node("n1", "2"), node("n2", "2")), pods, null, client);
    assertThat(r.nominatedNodeName()).isEqualTo("n2");
    assertThat(client.log).contains("delete b").doesNotContain("delete a");
  }

  @Test
  void avoidsViolatingPodDisruptionBudgets() {
    RecordingClient client = new RecordingClient();
    List<Pod> pods =
        List.of(
            St.pod("guarded")
                .node("n1")
                .priority(1)
                .label("app", "db")
                .req(labels("cpu", "2"))
                .obj(),
            pod("free", "n2", 5, "2"));
    PodDisruptionBudget pdb =
        new PodDisruptionBudget(
            ObjectMeta.named("default", "db"),
            new PodDisruptionBudgetSpec(
                IntOrString.of(1),
                io.kubemu.model.meta.LabelSelector.of(labels("app", "db")),
                null,
                null),
            new PodDisruptionBudgetStatus(null, null, 0, 1, 1, 1, null));
    ClusterLookup lookup =
        new ClusterLookup() {
          @Override
          public List<PodDisruptionBudget> podDisruptionBudgets() {
            return List.of(pdb);
          }
        };
    Pod preemptor = St.pod("p").priority(50).req(labels("cpu", "2")).obj();
    PostFilterResult r =
        preempt(preemptor, List.of(node("n1", "2"), node("n2", "2")), pods, lookup, client);
    // n1's victim has the lower priority, but evicting it would violate its budget
    assertThat(r.nominatedNodeName()).isEqualTo("n2");
  }
}
