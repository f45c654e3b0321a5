package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeAddress;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.NodeSystemInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Nodes (printers.go printNode): NAME STATUS ROLES AGE VERSION, wide INTERNAL-IP EXTERNAL-IP
 * OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME. STATUS is {@code Ready}, {@code NotReady} or {@code
 * Unknown} from the Ready condition, with {@code ,SchedulingDisabled} when cordoned.
 */
public final class NodePrinter implements ObjectPrinter<Node> {

  /** The label prefix of node roles ({@code node-role.kubernetes.io/control-plane}). */
  public static final String ROLE_PREFIX = "node-role.kubernetes.io/";

  /** The legacy role label ({@code kubernetes.io/role=master}). */
  public static final String ROLE_LABEL = "kubernetes.io/role";

  private static final List<Column> COLUMNS =
      List.of(
          Column.nameColumn(),
          Column.of("Status"),
          Column.of("Roles"),
          Column.of("Age"),
          Column.of("Version"),
          Column.wide("Internal-IP"),
          Column.wide("External-IP"),
          Column.wide("OS-Image"),
          Column.wide("Kernel-Version"),
          Column.wide("Container-Runtime"));

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> cells(Node node, Instant now) {
    NodeSystemInfo info = node.status() == null ? null : node.status().nodeInfo();
    String roles = String.join(",", roles(node));
    return List.of(
        node.metadata().name(),
        status(node),
        roles.isEmpty() ? "<none>" : roles,
        HumanDuration.since(node.metadata().creationTimestamp(), now),
        info == null ? "" : Formats.nullToEmpty(info.kubeletVersion()),
        address(node, NodeAddress.INTERNAL_IP),
        address(node, NodeAddress.EXTERNAL_IP),
        unknownIfEmpty(info == null ? null : info.osImage()),
        unknownIfEmpty(info == null ? null : info.kernelVersion()),
        unknownIfEmpty(info == null ? null : info.containerRuntimeVersion()));
  }

  /** {@return the STATUS cell, e.g. {@code Ready,SchedulingDisabled}} */
  public static String status(Node node) {
    List<String> status = new ArrayList<>();
    NodeStatus st = node.status();
    if (st != null) {
      NodeCondition ready = null;
      for (NodeCondition c : st.conditions()) {
        if ("Ready".equals(c.type())) ready = c; // the last one wins, as in upstream's map
      }
      if (ready != null) status.add("True".equals(ready.status()) ? "Ready" : "NotReady");
    }
    if (status.isEmpty()) status.add("Unknown");
    if (node.spec() != null && Boolean.TRUE.equals(node.spec().unschedulable())) {
      status.add("SchedulingDisabled");
    }
    return String.join(",", status);
  }

  // printers.go findNodeRoles
  /** {@return the node's roles, sorted} */
  public static List<String> roles(Node node) {
    TreeSet<String> roles = new TreeSet<>();
    for (Map.Entry<String, String> e : node.metadata().labels().entrySet()) {
      String k = e.getKey();
      if (k.startsWith(ROLE_PREFIX)) {
        String role = k.substring(ROLE_PREFIX.length());
        if (!role.isEmpty()) roles.add(role);
      } else if (k.equals(ROLE_LABEL) && !e.getValue().isEmpty()) {
        roles.add(e.getValue());
      }
    }
    return List.copyOf(roles);
  }

  private static String address(Node node, String type) {
    if (node.status() != null) {
      for (NodeAddress a : node.status().addresses()) {
        if (type.equals(a.type())) return a.address();
      }
    }
    return "<none>";
  }

  private static String unknownIfEmpty(String s) {
    return s == null || s.isEmpty() ? "<unknown>" : s;
  }
}
