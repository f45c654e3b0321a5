package io.kubemu.model.storage;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * A topology domain: all requirements must hold (core/v1 TopologySelectorTerm; kept here as only
 * StorageClass uses it).
 *
 * @param matchLabelExpressions the requirements (ANDed); never null
 */
public record TopologySelectorTerm(List<TopologySelectorLabelRequirement> matchLabelExpressions) {
  public TopologySelectorTerm {
    matchLabelExpressions = Copies.list(matchLabelExpressions);
  }
}
