package io.kubemu.model.batch;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * How failed pods affect a Job (batch/v1 PodFailurePolicy).
 *
 * @param rules evaluated in order, the first match decides; never null
 */
public record PodFailurePolicy(List<PodFailurePolicyRule> rules) {
  public PodFailurePolicy {
    rules = Copies.list(rules);
  }
}
