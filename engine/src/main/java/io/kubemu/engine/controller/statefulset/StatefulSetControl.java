package io.kubemu.engine.controller.statefulset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.controller.history.ControllerRevisions;
import io.kubemu.engine.controller.history.History;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.Selector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The control logic of a StatefulSet (upstream defaultStatefulSetControl): reconcile the revisions,
 * run one {@link StatefulSetUpdate} pass over the pods, write the status, trim the history to
 * revisionHistoryLimit. Decisions only; the side effects are {@link StatefulPodControl}'s, the
 * status writes the {@link StatefulSetStatusUpdater}'s and the revisions the {@link History}'s, so
 * that tests can replace each. Not thread-safe.
 */
public class StatefulSetControl {

  /**
   * Feature gates of the StatefulSet controller.
   *
   * @param maxUnavailableStatefulSet alpha in v1.30, so off by default: a RollingUpdate replaces
   *     one pod at a time whatever maxUnavailable says; when on, up to maxUnavailable at once
   */
  public record Options(boolean maxUnavailableStatefulSet) {
    /** v1.30's defaults: MaxUnavailableStatefulSet off. */
    public static final Options DEFAULT = new Options(false);
  }

  private final StatefulPodControl podControl;
  private final StatefulSetStatusUpdater statusUpdater;
  private final History history;
  private final Supplier<Instant> clock;
  private final Options options;

  public StatefulSetControl(
      StatefulPodControl podControl,
      StatefulSetStatusUpdater statusUpdater,
      History history,
      Supplier<Instant> clock,
      Options options) {
    this.podControl = Objects.requireNonNull(podControl);
    this.statusUpdater = Objects.requireNonNull(statusUpdater);
    this.history = Objects.requireNonNull(history);
    this.clock = Objects.requireNonNull(clock);
    this.options = Objects.requireNonNull(options);
  }

  /** The revisions a sync worked with. */
  private record Revisions(ControllerRevision current, ControllerRevision update, int collisions) {}

  /**
   * UpdateStatefulSet: reconciles the set's pods and revisions.
   *
   * @return the status written
   * @throws ApiException when a write failed (the status is written first as far as it is known)
   */
  public StatefulSetStatus updateStatefulSet(StatefulSet set, List<Pod> pods) {
    List<ControllerRevision> revisions =
        ControllerRevisions.sortControllerRevisions(listRevisions(set));
    Revisions revs = null;
    try {
      revs = getStatefulSetRevisions(set, revisions);
      StatefulSetUpdate.Result r =
          new StatefulSetUpdate(
                  podControl,
                  set,
                  revs.current(),
                  revs.update(),
                  revs.collisions(),
                  clock.get(),
                  options.maxUnavailableStatefulSet())
              .run(pods);
      // performUpdate: the status is written even when the pass failed
      StatefulSetStatus status = updateStatefulSetStatus(set, r.status().toStatus());
      if (r.error() != null) throw r.error();
      return status;
    } finally {
      truncateHistory(
          set,
          pods,
          revisions,
          revs == null ? null : revs.current(),
          revs == null ? null : revs.update());
    }
  }

  /** ListRevisions: the revisions matching the set's selector, owned by it or by nobody. */
  public List<ControllerRevision> listRevisions(StatefulSet set) {
    Selector selector = Selector.from(StatefulSetUtils.spec(set).selector());
    return history.listControllerRevisions(set, selector);
  }

  /** AdoptOrphanRevisions: gives the set a controller reference on each revision. */
  public void adoptOrphanRevisions(StatefulSet set, List<ControllerRevision> orphans) {
    for (ControllerRevision r : orphans) history.adoptControllerRevision(set, r);
  }

  /**
   * getStatefulSetRevisions: the update revision is the set's current template, reusing an equal
   * revision (renumbered to the next revision when it is not the latest: a rollback) or creating
   * one; the current revision is status.currentRevision, or the update revision for a new set.
   */
  private Revisions getStatefulSetRevisions(StatefulSet set, List<ControllerRevision> revisions) {
    int collisionCount =
        set.status() == null || set.status().collisionCount() == null
            ? 0
            : set.status().collisionCount();
    ControllerRevision updateRevision =
        StatefulSetRevisions.newRevision(
            set, StatefulSetRevisions.nextRevision(revisions), collisionCount);
    List<ControllerRevision> equal =
        ControllerRevisions.findEqualRevisions(revisions, updateRevision);
    int n = revisions.size();
    if (!equal.isEmpty()
        && ControllerRevisions.equalRevision(revisions.get(n - 1), equal.get(equal.size() - 1))) {
      updateRevision = revisions.get(n - 1); // the template has not changed
    } else if (!equal.isEmpty()) {
      updateRevision =
          history.updateControllerRevision(
              equal.get(equal.size() - 1), updateRevision.revision()); // roll back
    } else {
      History.Created c = history.createControllerRevision(set, updateRevision, collisionCount);
      updateRevision = c.revision();
      collisionCount = c.collisionCount();
    }
    ControllerRevision currentRevision = null;
    String current = set.status() == null ? null : set.status().currentRevision();
    for (ControllerRevision r : revisions) {
      if (r.metadata().name().equals(current)) {
        currentRevision = r;
        break;
      }
    }
    if (currentRevision == null) currentRevision = updateRevision; // a new history
    return new Revisions(currentRevision, updateRevision, collisionCount);
  }

  /**
   * updateStatefulSetStatus: completes a finished rolling update, then writes the status if it
   * differs from the stored one. {@return the status as computed}
   */
  private StatefulSetStatus updateStatefulSetStatus(StatefulSet set, StatefulSetStatus status) {
    StatefulSetStatus s = StatefulSetStatusUpdater.completeRollingUpdate(set, status);
    if (StatefulSetStatusUpdater.inconsistentStatus(set, s)) {
      statusUpdater.updateStatefulSetStatus(set, s);
    }
    return s;
  }

  /**
   * truncateHistory: deletes the oldest revisions that are neither current, update, nor used by a
   * pod, until at most revisionHistoryLimit (default 10) of those remain.
   */
  private void truncateHistory(
      StatefulSet set,
      List<Pod> pods,
      List<ControllerRevision> revisions,
      ControllerRevision current,
      ControllerRevision update) {
    Set<String> live = new HashSet<>(); // membership only
    if (current != null) live.add(current.metadata().name());
    if (update != null) live.add(update.metadata().name());
    for (Pod p : pods) live.add(StatefulSetUtils.getPodRevision(p));
    List<ControllerRevision> old = new ArrayList<>();
    for (ControllerRevision r : revisions) {
      if (!live.contains(r.metadata().name())) old.add(r);
    }
    Integer limit = StatefulSetUtils.spec(set).revisionHistoryLimit();
    int historyLimit = limit == null ? 10 : limit;
    if (historyLimit < 0 || old.size() <= historyLimit) return;
    for (ControllerRevision r : old.subList(0, old.size() - historyLimit)) {
      history.deleteControllerRevision(r);
    }
  }
}
