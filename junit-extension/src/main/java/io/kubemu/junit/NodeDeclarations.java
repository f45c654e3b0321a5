package io.kubemu.junit;

import io.kubemu.dsl.Kubemu;
import io.kubemu.dsl.NodeBuilder;
import io.kubemu.dsl.Resource;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Taint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Turns {@link WithNode @WithNode} declarations into {@link Node}s, rejecting malformed ones. */
final class NodeDeclarations {
  private NodeDeclarations() {}

  private static final List<String> EFFECTS =
      List.of(Taint.EFFECT_NO_SCHEDULE, Taint.EFFECT_PREFER_NO_SCHEDULE, Taint.EFFECT_NO_EXECUTE);

  /** {@return the plain nodes {@code node-1} … {@code node-count}} */
  static List<Node> plain(int count) {
    List<Node> nodes = new ArrayList<>();
    for (int i = 1; i <= count; i++) nodes.add(Kubemu.node("node-" + i).build());
    return nodes;
  }

  /**
   * {@return the node a {@code @WithNode} declares}
   *
   * @param origin where it was declared, for messages
   * @throws ExtensionConfigurationException if an attribute is malformed
   */
  static Node toNode(WithNode n, String origin) {
    String where = "@WithNode(name = \"" + n.name() + "\") on " + origin;
    if (n.name().isBlank()) {
      throw new ExtensionConfigurationException(
          "@WithNode on " + origin + " needs a name, e.g. @WithNode(name = \"node-1\")");
    }
    NodeBuilder b = Kubemu.node(n.name());
    for (String label : n.labels()) {
      int eq = label.indexOf('=');
      if (eq <= 0) {
        throw new ExtensionConfigurationException(
            "label \"" + label + "\" of " + where + " must be key=value, e.g. \"disktype=ssd\"");
      }
      b.label(label.substring(0, eq), label.substring(eq + 1));
    }
    for (String taint : n.taints()) b.taint(taint(taint, where));
    List<Resource> capacity = new ArrayList<>();
    if (!n.cpu().isEmpty()) capacity.add(quantity("cpu", n.cpu(), "\"4\" or \"3500m\"", where));
    if (!n.memory().isEmpty()) {
      capacity.add(quantity("memory", n.memory(), "\"8Gi\" or \"512Mi\"", where));
    }
    if (n.pods() >= 0) capacity.add(Kubemu.pods(n.pods()));
    if (!capacity.isEmpty()) b.capacity(capacity.toArray(Resource[]::new));
    if (n.unschedulable()) b.unschedulable(true);
    return b.build();
  }

  /** Parses kubectl's taint syntax: {@code key=value:Effect} or {@code key:Effect}. */
  static Taint taint(String text, String where) {
    int colon = text.lastIndexOf(':');
    String effect = colon < 0 ? "" : text.substring(colon + 1);
    if (colon <= 0 || !EFFECTS.contains(effect)) {
      throw new ExtensionConfigurationException(
          "taint \""
              + text
              + "\" of "
              + where
              + " must be key=value:Effect or key:Effect with Effect one of "
              + String.join(", ", EFFECTS)
              + ", e.g. \"dedicated=gpu:NoSchedule\"");
    }
    String keyValue = text.substring(0, colon);
    int eq = keyValue.indexOf('=');
    return eq < 0
        ? Kubemu.taint(keyValue, effect)
        : Kubemu.taint(keyValue.substring(0, eq), keyValue.substring(eq + 1), effect);
  }

  private static Resource quantity(String resource, String value, String example, String where) {
    try {
      return Kubemu.resource(resource, value);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          resource + " \"" + value + "\" of " + where + " is not a quantity; write e.g. " + example,
          e);
    }
  }
}
