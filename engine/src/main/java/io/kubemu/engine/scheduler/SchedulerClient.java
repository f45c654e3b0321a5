package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;

/**
 * The API writes plugins and the scheduling loop make, so that plugins never hold the API server.
 * The {@link Scheduler} implements it over the ApiServer; failures are thrown as runtime
 * exceptions.
 */
public interface SchedulerClient {

  /**
   * Binds the pod to the node and marks it PodScheduled=True (upstream: the pods/binding
   * subresource).
   */
  void bind(Pod pod, String nodeName);

  /**
   * Patches the pod's status, as upstream util.PatchPodStatus: sets the condition (replacing one of
   * its type) unless null, and the nominatedNodeName unless null ("" clears it). Writes nothing
   * when nothing changes.
   */
  void patchPodStatus(Pod pod, PodCondition condition, String nominatedNodeName);

  /** Deletes the pod with its default grace period. */
  void deletePod(Pod pod);

  /** Records a core/v1 Event about {@code regarding} from the scheduler. */
  void recordEvent(
      Pod regarding, Pod related, String type, String reason, String action, String message);
}
