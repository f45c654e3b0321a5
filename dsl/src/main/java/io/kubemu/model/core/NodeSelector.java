package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * Node selector terms, ORed: a node matches when it matches any term.
 *
 * @param nodeSelectorTerms required
 */
public record NodeSelector(List<NodeSelectorTerm> nodeSelectorTerms) {

  public NodeSelector {
    nodeSelectorTerms = Copies.list(nodeSelectorTerms);
  }
}
