package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.GoFormat;
import io.kubemu.engine.api.ListOptions;
import io.kubemu.engine.api.Watch;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.time.ConditionTimeoutException;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The client side of {@code kubectl rollout} for Deployments, plus {@code scale} and {@code set
 * image}: what the {@code Cluster} facade's {@code rollout()} delegates to. Each command reads and
 * writes through the {@link ApiServer} as kubectl does; the controllers do the rest.
 *
 * <p>Keys are {@code namespace/name} or {@code name} (namespace {@code default}). Writes return
 * after everything due at the current virtual instant has run ({@link EventLoop#runDue()}), as a
 * facade write does; {@link #status} waits in virtual time. Client-side failures throw {@link
 * RolloutException} with kubectl's message; API failures throw {@link ApiException}.
 *
 * <p>Not thread-safe; call from outside the event loop's tasks.
 */
public final class DeploymentRollouts {

  /** The longest {@link #status(String)} waits by default: one hour of virtual time. */
  public static final Duration DEFAULT_STATUS_TIMEOUT = Duration.ofHours(1);

  /** The pod template annotation {@code rollout restart} sets. */
  public static final String RESTARTED_AT_ANNOTATION = "kubectl.kubernetes.io/restartedAt";

  private static final DateTimeFormatter RFC3339 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.UTC);

  private final ApiServer api;
  private final EventLoop loop;

  public DeploymentRollouts(ApiServer api) {
    this.api = Objects.requireNonNull(api);
    this.loop = api.loop();
  }

  // ---------------------------------------------------------------- status

  /** As {@link #status(String, Duration, long)} with an hour's limit and any revision. */
  public List<String> status(String key) {
    return status(key, DEFAULT_STATUS_TIMEOUT, 0);
  }

  /**
   * {@code kubectl rollout status deployment/<name>}: watches the Deployment, advancing virtual
   * time event by event, and returns the lines kubectl prints, one per watch event, until the
   * rollout is done, e.g. {@code Waiting for deployment "web" rollout to finish: 1 old replicas are
   * pending termination...} then {@code deployment "web" successfully rolled out}. An error ends
   * the list as kubectl prints it: {@code error: deployment "web" exceeded its progress deadline},
   * or {@code error: timed out waiting for the condition} when {@code timeout} passes. Returns with
   * everything due at the final instant run.
   *
   * @param revision the revision to wait for ({@code --revision}), 0 for the current one
   * @throws ApiException.NotFound if there is no such Deployment
   */
  public List<String> status(String key, Duration timeout, long revision) {
    Key k = Key.parse(key);
    api.get(Deployment.class, k.namespace(), k.name());
    List<String> lines = new ArrayList<>();
    String[] error = {null};
    boolean[] finished = {false};
    Watch watch =
        api.watch(
            Deployment.class,
            ListOptions.inNamespace(k.namespace()),
            null,
            (WatchEvent<Deployment> e) -> {
              if (finished[0] || !e.object().metadata().name().equals(k.name())) return;
              if (e.type() == WatchEvent.Type.DELETED) {
                error[0] = "object has been deleted";
                finished[0] = true;
                return;
              }
              StatusViewer.Status s = StatusViewer.status(e.object(), revision);
              if (s.error() != null) {
                error[0] = s.error();
                finished[0] = true;
                return;
              }
              lines.add(s.line());
              if (s.done()) finished[0] = true;
            });
    try {
      loop.runUntil(
          "deployment " + GoFormat.quote(k.name()) + " rollout to finish",
          () -> finished[0],
          timeout);
    } catch (ConditionTimeoutException e) {
      error[0] = "timed out waiting for the condition";
    } finally {
      watch.close();
    }
    loop.runDue(); // the controllers' reactions to the last change, at this instant
    if (error[0] != null) lines.add("error: " + error[0]);
    return lines;
  }

  // ---------------------------------------------------------------- history

  /**
   * {@code kubectl rollout history deployment/<name>}: the revisions of the Deployment's
   * ReplicaSets; render with {@link RolloutHistory#render()} or {@link
   * RolloutHistory#render(long)}.
   */
  public RolloutHistory history(String key) {
    Key k = Key.parse(key);
    Deployment d = get(k);
    List<RolloutHistory.Revision> revisions = new ArrayList<>();
    TreeMap<Long, RolloutHistory.Revision> byRevision = new TreeMap<>();
    for (ReplicaSet rs : KubectlRollback.allReplicaSets(api, d)) {
      long v = DeploymentUtil.revision(rs);
      if (v < 0) continue;
      byRevision.put(
          v,
          new RolloutHistory.Revision(
              v,
              rs.metadata().annotation(Deployment.CHANGE_CAUSE_ANNOTATION),
              rs.metadata().name(),
              rs.spec().template()));
    }
    revisions.addAll(byRevision.values());
    return new RolloutHistory(k.name(), revisions);
  }

  // ---------------------------------------------------------------- undo

  /** {@code kubectl rollout undo deployment/<name>}: back to the previous revision. */
  public String undo(String key) {
    return undo(key, 0);
  }

  /**
   * {@code kubectl rollout undo deployment/<name> --to-revision=N} (DeploymentRollbacker): copies
   * the revision's template (without its pod-template-hash) and change-cause into the Deployment;
   * the controller then makes that ReplicaSet the new one with the next revision, so history 1, 2,
   * 3, 4 undone to 3 reads 1, 2, 4, 5.
   *
   * @param toRevision the revision, 0 for the one before the current
   * @return {@code deployment.apps/<name> rolled back}, or {@code ... skipped rollback (current
   *     template already matches revision N)}
   * @throws RolloutException {@code unable to find specified revision N in history}, {@code no
   *     rollout history found for deployment "x"}, or for a paused Deployment
   */
  public String undo(String key, long toRevision) {
    Key k = Key.parse(key);
    if (toRevision < 0) throw KubectlRollback.revisionNotFound(toRevision);
    String result = KubectlRollback.rollback(api, get(k), toRevision);
    loop.runDue();
    return "deployment.apps/" + k.name() + " " + result;
  }

  // ---------------------------------------------------------------- pause, resume, restart

  /**
   * {@code kubectl rollout pause}: sets {@code spec.paused}; the controller keeps scaling but
   * starts no new rollout step.
   *
   * @return {@code deployment.apps/<name> paused}
   * @throws RolloutException {@code deployments.apps "x" is already paused}
   */
  public String pause(String key) {
    Key k = Key.parse(key);
    if (Boolean.TRUE.equals(get(k).spec().paused())) throw failure(k, "is already paused");
    return patch(k, "{\"spec\":{\"paused\":true}}", "paused");
  }

  /**
   * {@code kubectl rollout resume}.
   *
   * @return {@code deployment.apps/<name> resumed}
   * @throws RolloutException {@code deployments.apps "x" is not paused}
   */
  public String resume(String key) {
    Key k = Key.parse(key);
    if (!Boolean.TRUE.equals(get(k).spec().paused())) throw failure(k, "is not paused");
    return patch(k, "{\"spec\":{\"paused\":null}}", "resumed");
  }

  /**
   * {@code kubectl rollout restart}: stamps the pod template with {@value #RESTARTED_AT_ANNOTATION}
   * = the virtual time (RFC 3339), which rolls every pod.
   *
   * @return {@code deployment.apps/<name> restarted}
   * @throws RolloutException for a paused Deployment
   */
  public String restart(String key) {
    Key k = Key.parse(key);
    if (Boolean.TRUE.equals(get(k).spec().paused())) {
      throw failure(k, "can't restart paused deployment (run rollout resume first)");
    }
    String at = RFC3339.format(loop.now());
    return patch(
        k,
        "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{\""
            + RESTARTED_AT_ANNOTATION
            + "\":\""
            + at
            + "\"}}}}}",
        "restarted");
  }

  /**
   * {@code kubectl scale deployment/<name> --replicas=N}.
   *
   * @return {@code deployment.apps/<name> scaled}
   */
  public String scale(String key, int replicas) {
    Key k = Key.parse(key);
    get(k);
    return patch(k, "{\"spec\":{\"replicas\":" + replicas + "}}", "scaled");
  }

  /**
   * {@code kubectl set image deployment/<name> <container>=<image>}.
   *
   * @return {@code deployment.apps/<name> image updated}, or "" when the image was already set
   * @throws RolloutException {@code unable to find container named "x"}
   */
  public String setImage(String key, String container, String image) {
    Key k = Key.parse(key);
    Deployment d = get(k);
    Deployment changed;
    try {
      changed = d.withImage(container, image);
    } catch (IllegalArgumentException e) {
      throw new RolloutException(e.getMessage());
    }
    if (changed.equals(d)) return "";
    api.update(changed);
    loop.runDue();
    return "deployment.apps/" + k.name() + " image updated";
  }

  private String patch(Key k, String mergePatch, String operation) {
    api.patch(Deployment.class, k.namespace(), k.name(), mergePatch);
    loop.runDue();
    return "deployment.apps/" + k.name() + " " + operation;
  }

  private Deployment get(Key k) {
    return api.get(Deployment.class, k.namespace(), k.name());
  }

  private static RolloutException failure(Key k, String message) {
    return new RolloutException("deployments.apps " + GoFormat.quote(k.name()) + " " + message);
  }

  /** A parsed {@code namespace/name} key. */
  private record Key(String namespace, String name) {
    static Key parse(String key) {
      int slash = key.indexOf('/');
      return slash < 0
          ? new Key(ApiServer.DEFAULT_NAMESPACE, key)
          : new Key(key.substring(0, slash), key.substring(slash + 1));
    }
  }
}
