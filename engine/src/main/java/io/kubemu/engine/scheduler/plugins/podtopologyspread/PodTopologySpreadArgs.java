package io.kubemu.engine.scheduler.plugins.podtopologyspread;

import io.kubemu.model.core.Node;
import io.kubemu.model.core.TopologySpreadConstraint;
import java.util.List;

/**
 * PodTopologySpread's configuration. Mirrors config.PodTopologySpreadArgs (v1.30).
 *
 * @param defaultConstraints constraints for pods without their own (labelSelector unset: the
 *     selector comes from the Services and controllers selecting the pod)
 * @param defaultingType {@value #SYSTEM_DEFAULTING} (the default: {@link
 *     #SYSTEM_DEFAULT_CONSTRAINTS}) or {@value #LIST_DEFAULTING} (use defaultConstraints)
 */
public record PodTopologySpreadArgs(
    List<TopologySpreadConstraint> defaultConstraints, String defaultingType) {

  /** Use the built-in system default constraints. */
  public static final String SYSTEM_DEFAULTING = "System";

  /** Use the configured default constraints. */
  public static final String LIST_DEFAULTING = "List";

  /**
   * The system defaults: hostname maxSkew 3 and zone maxSkew 5, both ScheduleAnyway (upstream
   * systemDefaultConstraints).
   */
  public static final List<TopologySpreadConstraint> SYSTEM_DEFAULT_CONSTRAINTS =
      List.of(
          new TopologySpreadConstraint(
              3,
              Node.LABEL_HOSTNAME,
              TopologySpreadConstraint.SCHEDULE_ANYWAY,
              null,
              null,
              null,
              null,
              null),
          new TopologySpreadConstraint(
              5,
              Node.LABEL_ZONE,
              TopologySpreadConstraint.SCHEDULE_ANYWAY,
              null,
              null,
              null,
              null,
              null));

  /** The defaults: system defaulting. */
  public static final PodTopologySpreadArgs DEFAULT =
      new PodTopologySpreadArgs(List.of(), SYSTEM_DEFAULTING);

  public PodTopologySpreadArgs {
    defaultConstraints = defaultConstraints == null ? List.of() : List.copyOf(defaultConstraints);
    defaultingType = defaultingType == null ? SYSTEM_DEFAULTING : defaultingType;
  }
}
