package io.kubemu.engine.scheduler.helper;

import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeSelectorRequirement;
import io.kubemu.model.core.NodeSelectorTerm;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One parsed node selector term: its matchExpressions as a label selector and its matchFields as a
 * field selector over {@code metadata.name}, ANDed. A term that fails to parse matches no node.
 * Mirrors component-helpers/scheduling/corev1/nodeaffinity nodeSelectorTerm (v1.30). Immutable.
 */
public final class NodeSelectorTermMatcher {

  /** The only node field a matchFields requirement may name. */
  public static final String OBJECT_NAME_FIELD = "metadata.name";

  private final Selector labels;
  private final List<NodeSelectorRequirement> fields;
  private final String parseError;

  private NodeSelectorTermMatcher(
      Selector labels, List<NodeSelectorRequirement> fields, String parseError) {
    this.labels = labels;
    this.fields = fields;
    this.parseError = parseError;
  }

  /** {@return whether the term has neither expressions nor fields (it selects no node)} */
  public static boolean isEmpty(NodeSelectorTerm term) {
    return term == null || (term.matchExpressions().isEmpty() && term.matchFields().isEmpty());
  }

  /** Parses a term (upstream newNodeSelectorTerm). */
  public static NodeSelectorTermMatcher parse(NodeSelectorTerm term) {
    String error = null;
    Selector labels = null;
    if (!term.matchExpressions().isEmpty()) {
      try {
        labels = asSelector(term.matchExpressions());
      } catch (IllegalArgumentException e) {
        error = e.getMessage();
      }
    }
    List<NodeSelectorRequirement> fields = null;
    if (!term.matchFields().isEmpty()) {
      for (NodeSelectorRequirement r : term.matchFields()) {
        boolean supported =
            NodeSelectorRequirement.IN.equals(r.operator())
                || NodeSelectorRequirement.NOT_IN.equals(r.operator());
        if (!supported || r.values().size() != 1) {
          error = "invalid matchFields requirement on " + r.key();
        }
      }
      fields = term.matchFields();
    }
    return new NodeSelectorTermMatcher(labels, fields, error);
  }

  // upstream nodeSelectorRequirementsAsSelector
  static Selector asSelector(List<NodeSelectorRequirement> requirements) {
    List<Selector.Requirement> out = new ArrayList<>(requirements.size());
    for (NodeSelectorRequirement r : requirements) {
      Selector.Operator op =
          switch (r.operator() == null ? "" : r.operator()) {
            case NodeSelectorRequirement.IN -> Selector.Operator.IN;
            case NodeSelectorRequirement.NOT_IN -> Selector.Operator.NOT_IN;
            case NodeSelectorRequirement.EXISTS -> Selector.Operator.EXISTS;
            case NodeSelectorRequirement.DOES_NOT_EXIST -> Selector.Operator.DOES_NOT_EXIST;
            case NodeSelectorRequirement.GT -> Selector.Operator.GREATER_THAN;
            case NodeSelectorRequirement.LT -> Selector.Operator.LESS_THAN;
            default ->
                throw new IllegalArgumentException(
                    "\"" + r.operator() + "\" is not a valid node selector operator");
          };
      out.add(Selector.Requirement.of(r.key() == null ? "" : r.key(), op, r.values()));
    }
    return Selector.everything().add(out.toArray(Selector.Requirement[]::new));
  }

  /** {@return whether this term failed to parse} */
  public boolean hasParseError() {
    return parseError != null;
  }

  /** {@return whether the node matches (upstream nodeSelectorTerm.match)} */
  public boolean matches(Node node) {
    if (parseError != null) {
      return false;
    }
    Map<String, String> nodeLabels = node.metadata().labels();
    if (labels != null && !labels.matches(nodeLabels)) {
      return false;
    }
    if (fields != null) {
      String name = node.metadata().name() == null ? "" : node.metadata().name();
      for (NodeSelectorRequirement r : fields) {
        String value = OBJECT_NAME_FIELD.equals(r.key()) ? name : "";
        boolean equal = value.equals(r.values().get(0));
        if (NodeSelectorRequirement.IN.equals(r.operator()) != equal) {
          return false;
        }
      }
    }
    return true;
  }
}
