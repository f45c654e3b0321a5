package io.kubemu.junit;

import io.kubemu.engine.api.Verb;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.meta.OwnerReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pods over virtual time, derived from a timeline: how many pods and ready pods each owner
 * (ReplicaSet with its revision, StatefulSet or DaemonSet revision, Job, or none) had, and the
 * state of each pod. Groups and pods are in order of first appearance.
 */
final class PodHistory {

  /** Pod states as the report shows them. */
  static final String PENDING = "Pending";

  static final String RUNNING = "Running";
  static final String READY = "Ready";
  static final String TERMINATING = "Terminating";

  /** The owner group of pods without a controller. */
  static final String NO_OWNER = "(no controller)";

  private static final String REVISION = "deployment.kubernetes.io/revision";
  private static final String CONTROLLER_REVISION = "controller-revision-hash";

  /** The counts of an owner group from {@code time} on. */
  record Point(Instant time, int pods, int ready) {}

  /** The counts of one owner group over time, starting at its first pod. */
  record Series(String owner, List<Point> points) {
    int maxPods() {
      return points.stream().mapToInt(Point::pods).max().orElse(0);
    }
  }

  /** One pod's state between two instants. */
  record Segment(Instant from, Instant to, String state) {}

  /** One pod's states over time ({@code node} as last known, or null). */
  record Lane(String pod, String owner, String node, List<Segment> segments) {
    /** {@return the last state, or null if the pod was deleted} */
    String finalState(Instant end) {
      Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
      return last != null && last.to().equals(end) ? last.state() : null;
    }
  }

  private final List<Series> series;
  private final List<Lane> lanes;

  private PodHistory(List<Series> series, List<Lane> lanes) {
    this.series = series;
    this.lanes = lanes;
  }

  /** {@return the owner groups} */
  List<Series> series() {
    return series;
  }

  /** {@return the pods} */
  List<Lane> lanes() {
    return lanes;
  }

  /** {@return the history of the pods on the snapshot's timeline} */
  static PodHistory of(TimelineSnapshot snapshot) {
    Map<String, String> revisions = new HashMap<>();
    for (Timeline.Entry e : snapshot.entries()) {
      if (e.is(ReplicaSet.class)) {
        String rev = e.object().metadata().annotation(REVISION);
        if (rev != null) revisions.put(e.key(), rev);
      }
    }
    Map<String, List<Point>> points = new LinkedHashMap<>();
    Map<String, int[]> counts = new HashMap<>();
    Map<String, LaneBuilder> lanes = new LinkedHashMap<>();
    for (Timeline.Entry e : snapshot.entries()) {
      if (!e.is(Pod.class)) continue;
      Pod pod = e.as(Pod.class);
      String owner = owner(pod, revisions);
      String state = e.verb() == Verb.DELETED_FINAL ? null : state(pod);
      LaneBuilder lane = lanes.computeIfAbsent(e.key(), k -> new LaneBuilder(k, owner));
      if (lane.state != null) {
        int[] c = counts.get(lane.owner);
        c[0]--;
        if (READY.equals(lane.state)) c[1]--;
        point(points, lane.owner, e.time(), c);
      }
      lane.move(e.time(), state, owner, pod.spec() == null ? null : pod.spec().nodeName());
      if (state != null) {
        int[] c = counts.computeIfAbsent(owner, k -> new int[2]);
        c[0]++;
        if (READY.equals(state)) c[1]++;
        point(points, owner, e.time(), c);
      }
    }
    List<Series> series = new ArrayList<>();
    points.forEach((owner, list) -> series.add(new Series(owner, List.copyOf(list))));
    List<Lane> result = new ArrayList<>();
    for (LaneBuilder b : lanes.values()) result.add(b.build(snapshot.end()));
    return new PodHistory(List.copyOf(series), List.copyOf(result));
  }

  private static void point(Map<String, List<Point>> points, String owner, Instant t, int[] c) {
    List<Point> list = points.computeIfAbsent(owner, k -> new ArrayList<>());
    if (!list.isEmpty() && list.get(list.size() - 1).time().equals(t)) {
      list.remove(list.size() - 1); // several writes at one instant: keep the last counts
    }
    Point last = list.isEmpty() ? null : list.get(list.size() - 1);
    if (last == null || last.pods() != c[0] || last.ready() != c[1]) {
      list.add(new Point(t, c[0], c[1]));
    }
  }

  /** {@return the owner group of a pod, e.g. {@code ReplicaSet app/web-5d8f7c9b4 (revision 2)}} */
  static String owner(Pod pod, Map<String, String> replicaSetRevisions) {
    OwnerReference ref = pod.metadata().controllerRef();
    if (ref == null) return NO_OWNER;
    String ns = pod.metadata().namespace();
    String key = ns == null || ns.isEmpty() ? ref.name() : ns + "/" + ref.name();
    String group = ref.kind() + " " + key;
    if ("ReplicaSet".equals(ref.kind()) && replicaSetRevisions.containsKey(key)) {
      return group + " (revision " + replicaSetRevisions.get(key) + ")";
    }
    String hash = pod.metadata().label(CONTROLLER_REVISION);
    return hash == null ? group : group + " (" + hash + ")";
  }

  /** {@return Terminating, Ready, or the pod's phase (Pending when unset)} */
  static String state(Pod pod) {
    if (pod.metadata().deletionTimestamp() != null) return TERMINATING;
    String phase =
        pod.status() == null || pod.status().phase() == null ? PENDING : pod.status().phase();
    return RUNNING.equals(phase) && ready(pod) ? READY : phase;
  }

  private static boolean ready(Pod pod) {
    for (PodCondition c : pod.status().conditions()) {
      if (PodCondition.READY.equals(c.type())) return "True".equals(c.status());
    }
    return false;
  }

  /** Accumulates one pod's segments. */
  private static final class LaneBuilder {
    private final String pod;
    private String owner;
    private String node;
    private String state;
    private Instant since;
    private final List<Segment> segments = new ArrayList<>();

    LaneBuilder(String pod, String owner) {
      this.pod = pod;
      this.owner = owner;
    }

    void move(Instant time, String newState, String newOwner, String newNode) {
      if (newNode != null) node = newNode;
      if (newState != null) owner = newOwner;
      if (Objects.equals(state, newState)) return;
      if (state != null && time.isAfter(since)) segments.add(new Segment(since, time, state));
      state = newState;
      since = time;
    }

    Lane build(Instant end) {
      List<Segment> all = new ArrayList<>(segments);
      if (state != null) all.add(new Segment(since, end, state));
      return new Lane(pod, owner, node, List.copyOf(all));
    }
  }
}
