package io.kubemu.engine.scheduler;

import io.kubemu.engine.scheduler.plugins.DefaultProfile;
import io.kubemu.engine.scheduler.plugins.InTreeRegistry;
import java.time.Duration;
import java.util.List;

/**
 * The scheduler's configuration (upstream KubeSchedulerConfiguration and PriorityQueue options).
 *
 * @param profiles default: the default-scheduler profile ({@link DefaultProfile})
 * @param registry default: {@link InTreeRegistry#newInTreeRegistry()}
 * @param percentageOfNodesToScore default 0: adaptive (50 - nodes/125, at least 5%)
 * @param podInitialBackoff default 1 s
 * @param podMaxBackoff default 10 s
 * @param podMaxInUnschedulablePodsDuration default 5 minutes
 * @param explanationCapacity how many pods' latest explanations are kept (oldest dropped first);
 *     default 1024, 0 records none
 */
public record SchedulerOptions(
    List<Profile> profiles,
    PluginRegistry registry,
    int percentageOfNodesToScore,
    Duration podInitialBackoff,
    Duration podMaxBackoff,
    Duration podMaxInUnschedulablePodsDuration,
    int explanationCapacity) {

  /** The defaults. */
  public static SchedulerOptions defaults() {
    return new SchedulerOptions(null, null, 0, null, null, null, 1024);
  }

  public SchedulerOptions {
    profiles = profiles == null ? List.of(DefaultProfile.defaultProfile()) : List.copyOf(profiles);
    registry = registry == null ? InTreeRegistry.newInTreeRegistry() : registry;
    podInitialBackoff = podInitialBackoff == null ? Duration.ofSeconds(1) : podInitialBackoff;
    podMaxBackoff = podMaxBackoff == null ? Duration.ofSeconds(10) : podMaxBackoff;
    podMaxInUnschedulablePodsDuration =
        podMaxInUnschedulablePodsDuration == null
            ? Duration.ofMinutes(5)
            : podMaxInUnschedulablePodsDuration;
  }

  /** {@return these options with other profiles} */
  public SchedulerOptions withProfiles(List<Profile> profiles) {
    return new SchedulerOptions(
        profiles,
        registry,
        percentageOfNodesToScore,
        podInitialBackoff,
        podMaxBackoff,
        podMaxInUnschedulablePodsDuration,
        explanationCapacity);
  }

  /** {@return these options with another percentageOfNodesToScore} */
  public SchedulerOptions withPercentageOfNodesToScore(int percentage) {
    return new SchedulerOptions(
        profiles,
        registry,
        percentage,
        podInitialBackoff,
        podMaxBackoff,
        podMaxInUnschedulablePodsDuration,
        explanationCapacity);
  }

  /** {@return these options keeping this many explanations} */
  public SchedulerOptions withExplanationCapacity(int capacity) {
    return new SchedulerOptions(
        profiles,
        registry,
        percentageOfNodesToScore,
        podInitialBackoff,
        podMaxBackoff,
        podMaxInUnschedulablePodsDuration,
        capacity);
  }
}
