package io.kubemu.engine.kubectl;

import io.kubemu.model.Kind;
import java.util.Map;

/**
 * The kubectl verbs that depend on controller or node behaviour, as one interface so that the
 * cluster can wire them to the controllers' helpers ({@link ApiKubectlBackend}) and tests can
 * replace them.
 *
 * <p>Every method returns the text kubectl prints on stdout (each line ending with a newline) and
 * throws {@link KubectlException} with kubectl's error text on failure; API errors may also surface
 * as {@link io.kubemu.engine.api.ApiException}, which the caller renders.
 *
 * <p>{@code key} is {@code namespace/name}, or {@code name} for cluster-scoped kinds.
 */
public interface KubectlBackend {

  /**
   * {@code rollout status}: waits (in virtual time) for the rollout to finish and returns every
   * line printed, e.g. {@code Waiting for deployment "web" rollout to finish: 1 of 3 updated
   * replicas are available...} then {@code deployment "web" successfully rolled out}.
   *
   * @param revision {@code --revision}, or null for the latest
   */
  String rolloutStatus(Kind kind, String key, Integer revision);

  /**
   * {@code rollout history}: the revision table, or one revision's pod template.
   *
   * @param revision {@code --revision}, or null for the table
   */
  String rolloutHistory(Kind kind, String key, Integer revision);

  /**
   * {@code rollout undo}: e.g. {@code deployment.apps/web rolled back}.
   *
   * @param toRevision {@code --to-revision}, or null for the previous revision
   */
  String rolloutUndo(Kind kind, String key, Integer toRevision);

  /** {@code rollout pause}: {@code deployment.apps/web paused}. */
  String rolloutPause(Kind kind, String key);

  /** {@code rollout resume}: {@code deployment.apps/web resumed}. */
  String rolloutResume(Kind kind, String key);

  /** {@code rollout restart}: {@code deployment.apps/web restarted}. */
  String rolloutRestart(Kind kind, String key);

  /** {@code scale --replicas=N}: {@code deployment.apps/web scaled}. */
  String scale(Kind kind, String key, int replicas);

  /**
   * {@code set image}: {@code deployment.apps/web image updated}.
   *
   * @param images container name (or {@code *} for all) to image, in the order given
   */
  String setImage(Kind kind, String key, Map<String, String> images);

  /** {@code taint nodes}: {@code node/n1 tainted}, {@code untainted} or {@code modified}. */
  String taint(String node, TaintChange change);

  /** {@code cordon}: {@code node/n1 cordoned} (or {@code already cordoned}). */
  String cordon(String node);

  /** {@code uncordon}: {@code node/n1 uncordoned} (or {@code already uncordoned}). */
  String uncordon(String node);

  /** {@code drain}: cordons, evicts the node's pods and waits for them to go. */
  String drain(String node, DrainOptions options);
}
