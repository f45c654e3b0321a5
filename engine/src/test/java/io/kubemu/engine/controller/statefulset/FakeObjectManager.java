package io.kubemu.engine.controller.statefulset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.model.Kinds;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An in-memory {@link ObjectManager} that records every write (upstream's fakeObjectManager):
 * created pods get a uid and phase Pending; a delete removes the pod, or with {@link #graceful}
 * only marks it terminating until {@link #finishDeletion}.
 */
final class FakeObjectManager implements ObjectManager {

  final Map<String, Pod> pods = new TreeMap<>();
  final Map<String, PersistentVolumeClaim> claims = new TreeMap<>();
  final List<String> calls = new ArrayList<>();
  boolean graceful;
  String failCreatePod; // name of a pod whose creation fails
  private Instant now = Instant.parse("2024-01-01T00:00:00Z");
  private long rv;

  void now(Instant now) {
    this.now = now;
  }

  @Override
  public Pod createPod(Pod pod) {
    String name = pod.metadata().name();
    if (pods.containsKey(name)) throw new ApiException.AlreadyExists(Kinds.of(Pod.class), name);
    if (name.equals(failCreatePod)) {
      throw new ApiException(500, "InternalError", "injected failure", null, name);
    }
    calls.add("create Pod " + name);
    Pod stored =
        pod.withMetadata(pod.metadata().withUid(name + "-uid").withResourceVersion("" + ++rv))
            .withStatus(PodStatus.EMPTY.withPhase(Pod.PHASE_PENDING));
    pods.put(name, stored);
    return stored;
  }

  @Override
  public Optional<Pod> getPod(String namespace, String name) {
    return Optional.ofNullable(pods.get(name));
  }

  @Override
  public Pod updatePod(Pod pod) {
    calls.add("update Pod " + pod.metadata().name());
    Pod stored = pod.withMetadata(pod.metadata().withResourceVersion("" + ++rv));
    pods.put(pod.metadata().name(), stored);
    return stored;
  }

  @Override
  public void deletePod(Pod pod) {
    String name = pod.metadata().name();
    if (!pods.containsKey(name)) throw new ApiException.NotFound(Kinds.of(Pod.class), name);
    calls.add("delete Pod " + name);
    if (graceful) {
      Pod p = pods.get(name);
      pods.put(name, p.withMetadata(p.metadata().withDeletion(now.plusSeconds(30), 30L)));
    } else {
      pods.remove(name);
    }
  }

  void finishDeletion(String name) {
    pods.remove(name);
  }

  @Override
  public PersistentVolumeClaim createClaim(PersistentVolumeClaim claim) {
    String name = claim.metadata().name();
    if (claims.containsKey(name)) {
      throw new ApiException.AlreadyExists(Kinds.of(PersistentVolumeClaim.class), name);
    }
    calls.add("create Claim " + name);
    PersistentVolumeClaim stored =
        claim.withMetadata(claim.metadata().withUid(name + "-uid").withResourceVersion("" + ++rv));
    claims.put(name, stored);
    return stored;
  }

  @Override
  public Optional<PersistentVolumeClaim> getClaim(String namespace, String name) {
    return Optional.ofNullable(claims.get(name));
  }

  @Override
  public PersistentVolumeClaim updateClaim(PersistentVolumeClaim claim) {
    calls.add("update Claim " + claim.metadata().name());
    claims.put(claim.metadata().name(), claim);
    return claim;
  }

  // ---------------------------------------------------------------- pod states (upstream's
  // setPodX)

  Pod pod(String name) {
    Pod p = pods.get(name);
    if (p == null) throw new IllegalArgumentException("no pod " + name);
    return p;
  }

  void setPhase(String name, String phase) {
    Pod p = pod(name);
    pods.put(name, p.withStatus(p.status().withPhase(phase)));
  }

  /** setPodRunning + setPodReady: Running with Ready=True since {@code since}. */
  void setRunningReady(String name, Instant since) {
    Pod p = pod(name);
    PodCondition ready =
        new PodCondition(PodCondition.READY, ConditionStatus.TRUE, null, since, null, null);
    pods.put(
        name, p.withStatus(p.status().withPhase(Pod.PHASE_RUNNING).withConditions(List.of(ready))));
  }

  /** Running, Ready=False. */
  void setRunningNotReady(String name) {
    Pod p = pod(name);
    PodCondition ready =
        new PodCondition(PodCondition.READY, ConditionStatus.FALSE, null, now, null, null);
    pods.put(
        name, p.withStatus(p.status().withPhase(Pod.PHASE_RUNNING).withConditions(List.of(ready))));
  }

  void relabel(String name, String key, String value) {
    Pod p = pod(name);
    ObjectMeta m = p.metadata().withLabel(key, value);
    pods.put(name, p.withMetadata(m));
  }

  List<Pod> podList() {
    return new ArrayList<>(pods.values());
  }

  /** {@return the calls so far, then forgets them} */
  List<String> drainCalls() {
    List<String> out = new ArrayList<>(calls);
    calls.clear();
    return out;
  }
}
