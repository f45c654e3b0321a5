package io.kubemu.examples.scheduling;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Pod;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers the scheduling examples share: counting pods per node and printing commands. */
final class Placements {

  private Placements() {}

  /** The node name {@link #perNode} uses for pods not bound to any node. */
  static final String PENDING = "<none>";

  /**
   * {@return how many live (not terminating) pods of the {@code default} namespace matching the
   * selector run on each node, sorted by node name; unbound pods count under {@link #PENDING}}
   */
  static Map<String, Integer> perNode(Cluster cluster, String labelSelector) {
    Map<String, Integer> out = new TreeMap<>();
    for (Pod p : cluster.list(Pod.class, "default", labelSelector)) {
      if (p.metadata().deletionTimestamp() != null) continue;
      String node = p.spec().nodeName();
      out.merge(node == null ? PENDING : node, 1, Integer::sum);
    }
    return out;
  }

  /** Runs a kubectl command line, printing it as the seed's terminal sessions show it. */
  static String kubectl(Cluster cluster, String command) {
    String out = cluster.kubectl(command);
    System.out.println("$ kubectl " + command);
    System.out.println(out.endsWith("\n") ? out : out + "\n");
    return out;
  }
}
