package io.kubemu.assertions.api;

import io.kubemu.engine.api.Verb;
import io.kubemu.engine.controller.deployment.DeploymentUtil;
import io.kubemu.engine.controller.deployment.Fenceposts;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A Deployment's rollout replayed from the {@link Timeline}: its pod counts and bounds after each
 * write that touched a Deployment, ReplicaSet or Pod, the actual value of {@link RolloutAssert}.
 *
 * <p>Counts follow the controllers: a pod belongs to the rollout when its controller is a
 * ReplicaSet whose controller is the Deployment; {@code pods} counts active pods (not terminating,
 * not Succeeded or Failed: FilterActivePods), {@code available} those Ready for {@code
 * minReadySeconds} at the state's time (IsPodAvailable). The bounds are the Deployment's own at
 * that state: {@code replicas + maxSurge} and {@code replicas - maxUnavailable}, percentages
 * resolved as the controller resolves them (surge rounded up, unavailable down; both zero means
 * unavailable 1); for Recreate the surge and unavailability are 0.
 *
 * @param deployment {@code namespace/name}
 * @param window which states, e.g. {@code every state of the timeline}
 * @param states the states, oldest first; the Deployment exists in each
 */
public record RolloutOverTime(String deployment, String window, List<State> states) {

  public RolloutOverTime {
    states = List.copyOf(states);
  }

  /**
   * One ReplicaSet of the rollout at a state.
   *
   * @param name its name
   * @param revision its {@code deployment.kubernetes.io/revision}, -1 without
   * @param replicas its {@code spec.replicas}
   * @param pods its active pods
   * @param available its available pods
   */
  public record ReplicaSetCount(String name, long revision, int replicas, int pods, int available) {

    /** {@return {@code name replicas/available}, e.g. {@code web-6d4b 5/3}} */
    @Override
    public String toString() {
      return name + " " + replicas + "/" + available;
    }
  }

  /**
   * The rollout after one write.
   *
   * @param time the virtual time
   * @param write the write (for the state a window starts with, the last one before it)
   * @param carried whether this is the state a window starts with
   * @param replicas the Deployment's {@code spec.replicas}
   * @param maxSurge resolved
   * @param maxUnavailable resolved
   * @param pods the active pods of all its ReplicaSets
   * @param ready those of them Ready
   * @param available those of them available
   * @param replicaSets its ReplicaSets, sorted by name
   * @param newReplicaSet the name of the one with the highest revision, or null
   */
  public record State(
      Instant time,
      Timeline.Entry write,
      boolean carried,
      int replicas,
      int maxSurge,
      int maxUnavailable,
      int pods,
      int ready,
      int available,
      List<ReplicaSetCount> replicaSets,
      String newReplicaSet) {

    public State {
      replicaSets = List.copyOf(replicaSets);
    }

    /** {@return {@code replicas + maxSurge}: the most pods the rollout may run} */
    public int maxPods() {
      return replicas + maxSurge;
    }

    /** {@return {@code replicas - maxUnavailable}: the fewest available pods it may have} */
    public int minAvailable() {
      return replicas - maxUnavailable;
    }

    /** {@return the ReplicaSet with this name at this state, or null} */
    public ReplicaSetCount replicaSet(String name) {
      for (ReplicaSetCount c : replicaSets) if (c.name().equals(name)) return c;
      return null;
    }

    /**
     * {@return how many available pods the ReplicaSets keep: the sum over them of the lesser of
     * {@code spec.replicas} and their available pods}
     */
    public int keptAvailable() {
      int n = 0;
      for (ReplicaSetCount c : replicaSets) n += Math.min(c.replicas(), c.available());
      return n;
    }

    /**
     * {@return the counts as failure messages print them, e.g. {@code pods=6 ready=5 available=5
     * [web-6d4b 5/5, web-7f9c* 1/0]}: per ReplicaSet {@code spec.replicas/available pods}, the new
     * one starred}
     */
    public String counts() {
      StringJoiner sets = new StringJoiner(", ", "[", "]");
      for (ReplicaSetCount c : replicaSets) {
        sets.add(
            c.name()
                + (c.name().equals(newReplicaSet) ? "*" : "")
                + " "
                + c.replicas()
                + "/"
                + c.available());
      }
      return "pods=" + pods + " ready=" + ready + " available=" + available + " " + sets;
    }
  }

  /**
   * {@return the states of a Deployment's rollout within a window of the timeline} Replays only the
   * Deployments, ReplicaSets and Pods of the Deployment's namespace, so long timelines stay cheap.
   */
  static RolloutOverTime replay(Timeline timeline, Window window, String key) {
    String k = key.contains("/") ? key : "default/" + key;
    String prefix = k.substring(0, k.indexOf('/') + 1);
    Replayed objects = new Replayed();
    List<State> states = new ArrayList<>();
    Timeline.Entry lastBefore = null;
    boolean carriedDone = false;
    for (Timeline.Entry e : timeline.entries()) {
      boolean relevant =
          (e.is(Deployment.class) || e.is(ReplicaSet.class) || e.is(Pod.class))
              && e.key().startsWith(prefix);
      if (window.precedes(e.time())) {
        if (relevant) objects.apply(e);
        lastBefore = e;
        continue;
      }
      if (window.follows(e.time())) break;
      if (!carriedDone && lastBefore != null) {
        addState(states, objects, k, lastBefore, window.after(), true);
      }
      carriedDone = true;
      if (!relevant) continue;
      objects.apply(e);
      addState(states, objects, k, e, e.time(), false);
    }
    if (!carriedDone && lastBefore != null) {
      addState(states, objects, k, lastBefore, window.after(), true);
    }
    return new RolloutOverTime(k, window.phrase(), states);
  }

  /** The replayed objects of one namespace, by key. */
  private static final class Replayed {
    final TreeMap<String, Deployment> deployments = new TreeMap<>();
    final TreeMap<String, ReplicaSet> replicaSets = new TreeMap<>();
    final TreeMap<String, Pod> pods = new TreeMap<>();

    void apply(Timeline.Entry e) {
      boolean gone = e.verb() == Verb.DELETED_FINAL;
      if (e.is(Deployment.class)) put(deployments, e, gone, Deployment.class);
      else if (e.is(ReplicaSet.class)) put(replicaSets, e, gone, ReplicaSet.class);
      else put(pods, e, gone, Pod.class);
    }

    private static <T extends KubernetesObject> void put(
        TreeMap<String, T> map, Timeline.Entry e, boolean gone, Class<T> type) {
      if (gone) map.remove(e.key());
      else map.put(e.key(), e.as(type));
    }
  }

  private static void addState(
      List<State> states,
      Replayed objects,
      String key,
      Timeline.Entry write,
      Instant time,
      boolean carried) {
    Deployment d = objects.deployments.get(key);
    if (d != null) states.add(state(objects, d, write, time, carried));
  }

  private static State state(
      Replayed objects, Deployment d, Timeline.Entry w, Instant time, boolean carried) {
    String uid = d.metadata().uid();
    int minReady = DeploymentUtil.minReadySeconds(d);
    Map<String, ReplicaSet> sets = new LinkedHashMap<>();
    for (ReplicaSet rs : objects.replicaSets.values()) {
      if (ownedBy(rs, uid)) sets.put(rs.metadata().uid(), rs);
    }
    Map<String, int[]> perSet = new LinkedHashMap<>(); // uid -> {pods, available}
    for (String rsUid : sets.keySet()) perSet.put(rsUid, new int[2]);
    int pods = 0;
    int ready = 0;
    int available = 0;
    for (Pod p : objects.pods.values()) {
      OwnerReference ref = p.metadata().controllerRef();
      if (ref == null || !perSet.containsKey(ref.uid()) || !PodUtils.isPodActive(p)) continue;
      int[] c = perSet.get(ref.uid());
      pods++;
      c[0]++;
      if (PodUtils.isPodReady(p)) ready++;
      if (PodUtils.isPodAvailable(p, minReady, time)) {
        available++;
        c[1]++;
      }
    }
    List<ReplicaSetCount> counts = new ArrayList<>();
    String newest = null;
    long newestRevision = Long.MIN_VALUE;
    for (ReplicaSet rs : sets.values()) {
      int[] c = perSet.get(rs.metadata().uid());
      long revision = DeploymentUtil.revision(rs);
      Integer r = rs.spec() == null ? null : rs.spec().replicas();
      counts.add(
          new ReplicaSetCount(rs.metadata().name(), revision, r == null ? 1 : r, c[0], c[1]));
      if (revision > newestRevision) {
        newestRevision = revision;
        newest = rs.metadata().name();
      }
    }
    return new State(
        time,
        w,
        carried,
        DeploymentUtil.replicas(d),
        Fenceposts.maxSurge(d),
        Fenceposts.maxUnavailable(d),
        pods,
        ready,
        available,
        counts,
        newest);
  }

  private static boolean ownedBy(KubernetesObject o, String uid) {
    OwnerReference ref = o.metadata().controllerRef();
    return ref != null && uid != null && uid.equals(ref.uid());
  }
}
