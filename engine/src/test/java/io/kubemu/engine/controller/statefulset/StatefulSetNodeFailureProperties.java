package io.kubemu.engine.controller.statefulset;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.events.Timeline;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Volume;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * StatefulSet identity on a whole cluster (scheduler, kubelets, node lifecycle, taint eviction, PV
 * controller, pod GC) under random scaling, image updates, partitions, pod deletions, container
 * crashes and node failures (a machine dying: its kubelet stops for good; or a node deleted).
 * Replaying the timeline: at no write do two live pods (created, not yet removed) hold the same
 * ordinal; a pod of ordinal k always mounts claim {@code data-web-k}, which is never recreated,
 * never rebound to another volume and never deleted; and once the dead nodes are deleted, the set
 * converges to pods 0..N-1 on the others.
 */
class StatefulSetNodeFailureProperties {

  static final List<String> NODES = List.of("n1", "n2", "n3");

  sealed interface Action {}

  record Scale(int replicas) implements Action {}

  record SetImage(int version) implements Action {}

  record Partition(int partition) implements Action {}

  record DeletePod(int ordinal) implements Action {}

  record CrashPod(int ordinal) implements Action {}

  record StopNode(int node) implements Action {}

  record RemoveNode(int node) implements Action {}

  record Advance(int seconds) implements Action {}

  @Provide
  Arbitrary<List<Action>> scripts() {
    Arbitrary<Integer> ordinal = Arbitraries.integers().between(0, 4);
    Arbitrary<Integer> node = Arbitraries.integers().between(0, NODES.size() - 1);
    Arbitrary<Action> action =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 5).map(Scale::new)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 3).map(SetImage::new)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 4).map(Partition::new)),
            net.jqwik.api.Tuple.of(1, ordinal.map(DeletePod::new)),
            net.jqwik.api.Tuple.of(1, ordinal.map(CrashPod::new)),
            net.jqwik.api.Tuple.of(2, node.map(StopNode::new)),
            net.jqwik.api.Tuple.of(1, node.map(RemoveNode::new)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(5, 400).map(Advance::new)));
    return action.list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 40)
  void ordinalsAreNeverSharedAndClaimsStayWithTheirOrdinal(
      @ForAll("scripts") List<Action> script,
      @ForAll boolean parallel,
      @ForAll @IntRange(min = 1, max = 3) int replicas) {
    try (Cluster cluster =
        Cluster.builder()
            .nodes(NODES.stream().map(StatefulSetNodeFailureProperties::node).toArray(Node[]::new))
            .seed(17)
            .build()) {
      cluster.apply(statefulSet(replicas, parallel));
      cluster.advance(Duration.ofSeconds(30));

      Set<String> failed = new TreeSet<>();
      for (Action a : script) {
        apply(cluster, a, failed);
        cluster.advance(Duration.ofSeconds(3)); // let part of it happen before the next action
      }
      // recovery as an operator does it: `kubectl delete node` for each dead machine; the pod GC
      // then removes their pods (after its 40 s quarantine) and the set converges on the others
      for (String n : failed) cluster.removeNode(n);
      int want = StatefulSetUtils.replicas(sts(cluster));
      cluster.runUntil(
          want + " pods Ready",
          () -> IntStream.range(0, want).boxed().toList().equals(readyOrdinals(cluster)),
          Duration.ofHours(2));

      checkTimeline(cluster.timeline());
      assertThat(cluster.list(Pod.class, "default"))
          .extracting(p -> p.metadata().name())
          .containsExactlyInAnyOrderElementsOf(
              IntStream.range(0, want).mapToObj(i -> "web-" + i).toList());
    }
  }

  /** Applies one action; node failures and removals always leave one healthy node. */
  static void apply(Cluster cluster, Action a, Set<String> failed) {
    List<String> healthy =
        cluster.list(Node.class).stream()
            .map(n -> n.metadata().name())
            .filter(n -> !failed.contains(n))
            .toList();
    if (a instanceof Scale s) {
      cluster.replace(sts(cluster).withReplicas(s.replicas()));
    } else if (a instanceof SetImage i) {
      cluster.replace(sts(cluster).withImage("web", "nginx:1." + i.version()));
    } else if (a instanceof Partition p) {
      cluster.replace(sts(cluster).withPartition(p.partition()));
    } else if (a instanceof DeletePod d) {
      cluster
          .find(Pod.class, "default/web-" + d.ordinal())
          .ifPresent(p -> cluster.delete(Pod.class, "default/web-" + d.ordinal()));
    } else if (a instanceof CrashPod c) {
      cluster.faults().killContainer("default/web-" + c.ordinal(), "web");
    } else if (a instanceof StopNode n) {
      String name = NODES.get(n.node());
      if (healthy.contains(name) && healthy.size() > 1) {
        cluster.nodes().stopKubelet(name); // the machine dies: its kubelet never comes back
        failed.add(name);
      }
    } else if (a instanceof RemoveNode n) {
      String name = NODES.get(n.node());
      if (healthy.contains(name) && healthy.size() > 1) cluster.removeNode(name);
    } else if (a instanceof Advance t) {
      cluster.advance(Duration.ofSeconds(t.seconds()));
    }
  }

  /** The ordinals of the pods if all are Ready and none is terminating, else null. */
  static List<Integer> readyOrdinals(Cluster cluster) {
    List<Integer> ready = new ArrayList<>();
    for (Pod p : cluster.list(Pod.class, "default")) {
      if (p.metadata().deletionTimestamp() != null
          || !io.kubemu.engine.controller.disruption.PodHelpers.isReady(p)) {
        return null;
      }
      ready.add(StatefulSetUtils.getOrdinal(p));
    }
    ready.sort(null);
    return ready;
  }

  static StatefulSet sts(Cluster cluster) {
    return cluster.get(StatefulSet.class, "default/web");
  }

  /** Replays the writes: one live pod per ordinal, each with its own claim for good. */
  static void checkTimeline(Timeline timeline) {
    Map<Integer, String> liveByOrdinal = new TreeMap<>(); // ordinal -> uid of the live pod
    Map<String, String> claimUids = new TreeMap<>();
    Map<String, String> claimVolumes = new TreeMap<>();
    for (Timeline.Entry e : timeline.entries()) {
      if (e.is(Pod.class)) {
        Pod p = e.as(Pod.class);
        int ordinal = StatefulSetUtils.getOrdinal(p);
        if (e.verb() == Verb.CREATE) {
          assertThat(p.metadata().label(StatefulSet.POD_INDEX_LABEL))
              .as("pod-index label of %s", p.metadata().name())
              .isEqualTo(Integer.toString(ordinal));
          assertThat(liveByOrdinal.putIfAbsent(ordinal, p.metadata().uid()))
              .as("%s created at %s while ordinal %d is held", e, e.time(), ordinal)
              .isNull();
          assertThat(p.spec().volumes())
              .extracting(Volume::name, v -> v.persistentVolumeClaim().claimName())
              .contains(org.assertj.core.groups.Tuple.tuple("data", "data-web-" + ordinal));
        } else if (e.verb() == Verb.DELETED_FINAL) {
          liveByOrdinal.remove(ordinal, p.metadata().uid());
        }
      } else if (e.is(PersistentVolumeClaim.class)) {
        PersistentVolumeClaim c = e.as(PersistentVolumeClaim.class);
        String name = c.metadata().name();
        assertThat(claimUids.putIfAbsent(name, c.metadata().uid()))
            .as("claim %s recreated", name)
            .isIn(null, c.metadata().uid());
        String volume = c.spec() == null ? null : c.spec().volumeName();
        if (volume != null) {
          assertThat(claimVolumes.putIfAbsent(name, volume))
              .as("claim %s rebound", name)
              .isIn(null, volume);
        }
        assertThat(e.verb()).as("claim %s deleted", name).isNotEqualTo(Verb.DELETED_FINAL);
      }
    }
  }

  static Node node(String name) {
    return Manifests.readOne(
        "apiVersion: v1\nkind: Node\nmetadata: {name: " + name + "}\n", Node.class);
  }

  static StatefulSet statefulSet(int replicas, boolean parallel) {
    return Manifests.readOne(
        """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: web, namespace: default}
        spec:
          replicas: %d
          serviceName: web
          podManagementPolicy: %s
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - name: web
                image: "nginx:1.0"
                readinessProbe: {httpGet: {port: 80, path: /}}
          volumeClaimTemplates:
          - metadata: {name: data}
            spec:
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
              storageClassName: standard
        """
            .formatted(replicas, parallel ? "Parallel" : "OrderedReady"),
        StatefulSet.class);
  }
}
