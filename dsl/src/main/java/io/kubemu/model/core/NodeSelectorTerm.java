package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * Node requirements, ANDed. A term with no requirements matches no node.
 *
 * @param matchExpressions on node labels
 * @param matchFields on node fields ({@code metadata.name} only)
 */
public record NodeSelectorTerm(
    List<NodeSelectorRequirement> matchExpressions, List<NodeSelectorRequirement> matchFields) {

  public NodeSelectorTerm {
    matchExpressions = Copies.list(matchExpressions);
    matchFields = Copies.list(matchFields);
  }
}
