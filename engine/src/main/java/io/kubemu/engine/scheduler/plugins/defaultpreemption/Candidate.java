package io.kubemu.engine.scheduler.plugins.defaultpreemption;

import io.kubemu.model.core.Pod;
import java.util.List;

/**
 * A node where preempting some pods would let the preemptor fit. Mirrors preemption.Candidate and
 * extenderv1.Victims (v1.30).
 *
 * @param name the node
 * @param victims the pods to preempt, highest priority first
 * @param numPDBViolations how many of them a PodDisruptionBudget protects
 */
public record Candidate(String name, List<Pod> victims, int numPDBViolations) {

  public Candidate {
    victims = List.copyOf(victims);
  }
}
