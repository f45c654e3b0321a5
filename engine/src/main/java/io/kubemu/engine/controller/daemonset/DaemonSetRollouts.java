package io.kubemu.engine.controller.daemonset;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.GoFormat;
import io.kubemu.engine.api.ListOptions;
import io.kubemu.engine.api.Watch;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.time.ConditionTimeoutException;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetStatus;
import io.kubemu.model.apps.DaemonSetUpdateStrategy;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code kubectl rollout status|history|undo daemonset/<name>} (upstream
 * staging/src/k8s.io/kubectl/pkg/polymorphichelpers: DaemonSetStatusViewer, DaemonSetHistoryViewer,
 * DaemonSetRollbacker), for the Cluster facade. Keys are {@code namespace/name} or {@code name}
 * (namespace {@code default}). Not thread-safe: use it on the loop's thread.
 */
public final class DaemonSetRollouts {

  /** The longest {@link #status(String)} waits by default: one hour of virtual time. */
  public static final Duration DEFAULT_STATUS_TIMEOUT = Duration.ofHours(1);

  private final ApiServer api;
  private final EventLoop loop;

  public DaemonSetRollouts(ApiServer api) {
    this.api = Objects.requireNonNull(api);
    this.loop = api.loop();
  }

  /** The outcome of one status check: kubectl's line, and whether the rollout is done. */
  public record Status(String line, boolean done, String error) {}

  /**
   * DaemonSetStatusViewer.Status: {@code Waiting for daemon set "x" rollout to finish: 1 out of 2
   * new pods have been updated...}, {@code ... 1 of 2 updated pods are available...}, {@code daemon
   * set "x" successfully rolled out}, or {@code Waiting for daemon set spec update to be
   * observed...}; an error for a strategy other than RollingUpdate.
   */
  public static Status status(DaemonSet ds) {
    DaemonSetUpdateStrategy s = ds.spec() == null ? null : ds.spec().updateStrategy();
    if (s == null || !DaemonSetUpdateStrategy.ROLLING_UPDATE.equals(s.type())) {
      return new Status(
          null, true, "rollout status is only available for RollingUpdate strategy type");
    }
    DaemonSetStatus st = ds.status();
    long gen = ds.metadata().generation() == null ? 0 : ds.metadata().generation();
    long observed = st == null || st.observedGeneration() == null ? 0 : st.observedGeneration();
    String name = GoFormat.quote(ds.metadata().name());
    if (gen > observed) {
      return new Status("Waiting for daemon set spec update to be observed...", false, null);
    }
    int updated = DaemonSetPods.orZero(st.updatedNumberScheduled());
    int desired = DaemonSetPods.orZero(st.desiredNumberScheduled());
    int available = DaemonSetPods.orZero(st.numberAvailable());
    if (updated < desired) {
      return new Status(
          "Waiting for daemon set "
              + name
              + " rollout to finish: "
              + updated
              + " out of "
              + desired
              + " new pods have been updated...",
          false,
          null);
    }
    if (available < desired) {
      return new Status(
          "Waiting for daemon set "
              + name
              + " rollout to finish: "
              + available
              + " of "
              + desired
              + " updated pods are available...",
          false,
          null);
    }
    return new Status("daemon set " + name + " successfully rolled out", true, null);
  }

  /** As {@link #status(String, Duration)} with an hour's limit. */
  public List<String> status(String key) {
    return status(key, DEFAULT_STATUS_TIMEOUT);
  }

  /**
   * {@code kubectl rollout status daemonset/<name>}: watches the DaemonSet, advancing virtual time
   * event by event, and returns the line kubectl prints for each watch event until the rollout is
   * done; an error ends the list as kubectl prints it ({@code error: timed out waiting for the
   * condition} when {@code timeout} passes).
   *
   * @throws io.kubemu.engine.api.ApiException.NotFound if there is no such DaemonSet
   */
  public List<String> status(String key, Duration timeout) {
    String[] k = split(key);
    api.get(DaemonSet.class, k[0], k[1]);
    List<String> lines = new ArrayList<>();
    String[] error = {null};
    boolean[] finished = {false};
    Watch watch =
        api.watch(
            DaemonSet.class,
            ListOptions.inNamespace(k[0]),
            null,
            (WatchEvent<DaemonSet> e) -> {
              if (finished[0] || !e.object().metadata().name().equals(k[1])) return;
              if (e.type() == WatchEvent.Type.DELETED) {
                error[0] = "object has been deleted";
                finished[0] = true;
                return;
              }
              Status s = status(e.object());
              if (s.error() != null) {
                error[0] = s.error();
                finished[0] = true;
                return;
              }
              lines.add(s.line());
              finished[0] = s.done();
            });
    try {
      loop.runUntil(
          "daemon set " + GoFormat.quote(k[1]) + " rollout to finish", () -> finished[0], timeout);
    } catch (ConditionTimeoutException e) {
      error[0] = "timed out waiting for the condition";
    } finally {
      watch.close();
    }
    if (error[0] != null) lines.add("error: " + error[0]);
    return lines;
  }

  /** The DaemonSet's ControllerRevisions as kubectl finds them, lowest revision first. */
  public List<ControllerRevision> revisions(String key) {
    String[] k = split(key);
    DaemonSet ds = api.get(DaemonSet.class, k[0], k[1]);
    Selector selector = Selector.from(ds.spec().selector());
    List<ControllerRevision> out = new ArrayList<>();
    for (ControllerRevision r : api.list(ControllerRevision.class, k[0])) {
      OwnerReference ref = r.metadata().controllerRef();
      if (selector.matches(r.metadata().labels())
          && ref != null
          && Objects.equals(ref.uid(), ds.metadata().uid())) {
        out.add(r);
      }
    }
    out.sort(DaemonSetHistory.BY_REVISION);
    return out;
  }

  /**
   * {@code kubectl rollout history daemonset/<name>}: {@code daemonset.apps/<name> }, then REVISION
   * and CHANGE-CAUSE (a revision's {@code kubernetes.io/change-cause}, copied from the DaemonSet
   * when the revision was made, or {@code <none>}) aligned as kubectl's tabwriter aligns them, then
   * a blank line; {@code No rollout history found.} without revisions.
   */
  public String history(String key) {
    List<ControllerRevision> revs = revisions(key);
    StringBuilder b = new StringBuilder("daemonset.apps/").append(split(key)[1]).append(" \n");
    if (revs.isEmpty()) return b.append("No rollout history found.\n").toString();
    int width = "REVISION".length();
    for (ControllerRevision r : revs) width = Math.max(width, Long.toString(r.revision()).length());
    b.append(pad("REVISION", width + 2)).append("CHANGE-CAUSE\n");
    for (ControllerRevision r : revs) {
      String cause = r.metadata().annotation("kubernetes.io/change-cause");
      if (cause == null || cause.isEmpty()) cause = "<none>";
      b.append(pad(Long.toString(r.revision()), width + 2)).append(cause).append('\n');
    }
    return b.append('\n').toString();
  }

  /** As {@link #undo(String, long)} to the previous revision. */
  public String undo(String key) {
    return undo(key, 0);
  }

  /**
   * {@code kubectl rollout undo daemonset/<name> [--to-revision=N]} (DaemonSetRollbacker): the
   * revision's template replaces the DaemonSet's; the controller then makes that revision the
   * newest (history 1, 2 undone to 1 reads 2, 3).
   *
   * @param toRevision the revision, 0 for the one before the current
   * @return {@code daemonset.apps/<name> rolled back}, or {@code daemonset.apps/<name> skipped
   *     rollback (current template already matches revision N)}
   * @throws IllegalArgumentException {@code unable to find specified revision N in history} or
   *     {@code no last revision to roll back to}
   */
  public String undo(String key, long toRevision) {
    String[] k = split(key);
    if (toRevision < 0) throw revisionNotFound(toRevision);
    DaemonSet ds = api.get(DaemonSet.class, k[0], k[1]);
    List<ControllerRevision> history = revisions(key);
    if (toRevision == 0 && history.size() <= 1) {
      throw new IllegalArgumentException("no last revision to roll back to");
    }
    ControllerRevision to = null;
    if (toRevision == 0) {
      to = history.get(history.size() - 2);
    } else {
      for (ControllerRevision r : history) if (r.revision() == toRevision) to = r;
    }
    if (to == null) throw revisionNotFound(toRevision);
    String prefix = "daemonset.apps/" + k[1] + " ";
    if (DaemonSetHistory.match(ds, to)) {
      return prefix
          + "skipped rollback (current template already matches revision "
          + toRevision
          + ")";
    }
    api.update(ds.withSpec(ds.spec().withTemplate(DaemonSetHistory.templateOf(to))));
    loop.runDue();
    return prefix + "rolled back";
  }

  private static IllegalArgumentException revisionNotFound(long r) {
    return new IllegalArgumentException("unable to find specified revision " + r + " in history");
  }

  private static String[] split(String key) {
    int slash = key.indexOf('/');
    return slash < 0
        ? new String[] {ApiServer.DEFAULT_NAMESPACE, key}
        : new String[] {key.substring(0, slash), key.substring(slash + 1)};
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
