package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import io.kubemu.model.meta.LabelSelector;
import java.util.List;

/**
 * How matching pods spread over topology domains (core/v1 TopologySpreadConstraint).
 *
 * @param maxSkew required, greater than 0
 * @param topologyKey required node label key
 * @param whenUnsatisfiable DoNotSchedule or ScheduleAnyway; required
 * @param minDomains treated as 1 when unset
 * @param nodeAffinityPolicy Honor or Ignore; treated as Honor when unset
 * @param nodeTaintsPolicy Honor or Ignore; treated as Ignore when unset
 */
public record TopologySpreadConstraint(
    Integer maxSkew,
    String topologyKey,
    String whenUnsatisfiable,
    LabelSelector labelSelector,
    Integer minDomains,
    String nodeAffinityPolicy,
    String nodeTaintsPolicy,
    List<String> matchLabelKeys) {

  /** whenUnsatisfiable DoNotSchedule. */
  public static final String DO_NOT_SCHEDULE = "DoNotSchedule";

  /** whenUnsatisfiable ScheduleAnyway. */
  public static final String SCHEDULE_ANYWAY = "ScheduleAnyway";

  /** nodeAffinityPolicy / nodeTaintsPolicy Honor. */
  public static final String POLICY_HONOR = "Honor";

  /** nodeAffinityPolicy / nodeTaintsPolicy Ignore. */
  public static final String POLICY_IGNORE = "Ignore";

  public TopologySpreadConstraint {
    matchLabelKeys = Copies.list(matchLabelKeys);
  }
}
