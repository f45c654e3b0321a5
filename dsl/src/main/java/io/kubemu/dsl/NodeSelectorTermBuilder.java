package io.kubemu.dsl;

import io.kubemu.model.core.NodeSelectorRequirement;
import io.kubemu.model.core.NodeSelectorTerm;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link NodeSelectorTerm} of node affinity: {@code
 * nodeSelectorTerm().matchExpressions(expression("ssd", "DoesNotExist"), expression("cpu", "In",
 * "high"))}. The requirements of a term are ANDed. Mutable, not thread-safe.
 */
public final class NodeSelectorTermBuilder {
  private final List<NodeSelectorRequirement> matchExpressions = new ArrayList<>();
  private final List<NodeSelectorRequirement> matchFields = new ArrayList<>();

  NodeSelectorTermBuilder() {}

  /** Appends to {@code matchExpressions} (on node labels). */
  public NodeSelectorTermBuilder matchExpressions(NodeSelectorRequirement... expressions) {
    matchExpressions.addAll(List.of(expressions));
    return this;
  }

  /** Appends {@code {key, operator, values}} to {@code matchExpressions}. */
  public NodeSelectorTermBuilder matchExpression(String key, String operator, String... values) {
    return matchExpressions(new NodeSelectorRequirement(key, operator, List.of(values)));
  }

  /** Appends to {@code matchFields} (on node fields; only {@code metadata.name}). */
  public NodeSelectorTermBuilder matchFields(NodeSelectorRequirement... fields) {
    matchFields.addAll(List.of(fields));
    return this;
  }

  /** {@return a new term} */
  public NodeSelectorTerm build() {
    return new NodeSelectorTerm(matchExpressions, matchFields);
  }
}
