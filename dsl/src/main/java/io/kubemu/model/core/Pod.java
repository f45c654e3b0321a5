package io.kubemu.model.core;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;

/**
 * A Pod (core/v1): a group of containers run together on one node.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param spec the desired state
 * @param status the observed state, or null before anything wrote one
 */
public record Pod(ObjectMeta metadata, PodSpec spec, PodStatus status)
    implements HasStatus<PodStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "v1";

  /** The kind {@value}. */
  public static final String KIND = "Pod";

  /** Phase: accepted, but one or more containers has not started (includes scheduling). */
  public static final String PHASE_PENDING = "Pending";

  /** Phase: bound to a node and at least one container is running, starting or restarting. */
  public static final String PHASE_RUNNING = "Running";

  /** Phase: all containers terminated successfully and will not be restarted. */
  public static final String PHASE_SUCCEEDED = "Succeeded";

  /** Phase: all containers terminated and at least one failed. */
  public static final String PHASE_FAILED = "Failed";

  /** Phase: the state could not be obtained (typically the node is unreachable). */
  public static final String PHASE_UNKNOWN = "Unknown";

  /** restartPolicy Always, the default. */
  public static final String RESTART_ALWAYS = "Always";

  /** restartPolicy OnFailure. */
  public static final String RESTART_ON_FAILURE = "OnFailure";

  /** restartPolicy Never. */
  public static final String RESTART_NEVER = "Never";

  /** qosClass Guaranteed: every container has equal cpu and memory requests and limits. */
  public static final String QOS_GUARANTEED = "Guaranteed";

  /** qosClass Burstable: some request or limit set, but not Guaranteed. */
  public static final String QOS_BURSTABLE = "Burstable";

  /** qosClass BestEffort: no requests or limits at all. */
  public static final String QOS_BEST_EFFORT = "BestEffort";

  public Pod {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
  }

  @Override
  public String apiVersion() {
    return API_VERSION;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Pod withMetadata(ObjectMeta metadata) {
    return new Pod(metadata, spec, status);
  }

  public Pod withSpec(PodSpec spec) {
    return new Pod(metadata, spec, status);
  }

  @Override
  public Pod withStatus(PodStatus status) {
    return new Pod(metadata, spec, status);
  }

  /** {@return a pod without status} */
  public static Pod of(ObjectMeta metadata, PodSpec spec) {
    return new Pod(metadata, spec, null);
  }

  /** {@return a copy with {@code spec.containers} replaced (an absent spec becomes one)} */
  public Pod withContainers(List<Container> containers) {
    return withSpec(specOrEmpty().withContainers(containers));
  }

  /**
   * {@return a copy whose container (or init container) {@code container} runs {@code image}}
   *
   * @throws IllegalArgumentException if there is no such container
   */
  public Pod withImage(String container, String image) {
    return withSpec(specOrEmpty().withImage(container, image));
  }

  /** {@return a copy with {@code spec.nodeName} set (an absent spec becomes one)} */
  public Pod withNodeName(String nodeName) {
    return withSpec(specOrEmpty().withNodeName(nodeName));
  }

  private PodSpec specOrEmpty() {
    return spec == null ? PodSpec.EMPTY : spec;
  }
}
