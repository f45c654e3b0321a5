package io.kubemu.engine.controller.nodelifecycle;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.controller.disruption.Evictions;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.NodeSpec;
import io.kubemu.model.core.NodeStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The node commands of kubectl for the Cluster facade: label, taint, cordon/uncordon, drain, and
 * node failure ({@link #stopKubelet}) and recovery ({@link #startKubelet}). Each returns the line
 * kubectl prints ({@code node/x labeled}) and throws {@link NodeOperationException} with kubectl's
 * error text.
 */
public final class NodeOperations {

  /** How long {@link #drain} runs the loop at most when the options set no timeout: 1 h. */
  public static final Duration DRAIN_LIMIT = Duration.ofHours(1);

  private final ApiServer api;
  private final EventLoop loop;
  private final Evictions evictions;
  private final NodeHealth health;

  public NodeOperations(ApiServer api, Evictions evictions, NodeHealth health) {
    this.api = Objects.requireNonNull(api);
    this.loop = api.loop();
    this.evictions = Objects.requireNonNull(evictions);
    this.health = Objects.requireNonNull(health);
  }

  /**
   * {@code kubectl label node NAME k=v ... k- ...}: sets or (with a trailing '-') removes labels.
   *
   * @param overwrite --overwrite: without it an existing key fails with "'k' already has a value
   *     (v), and --overwrite is false"
   * @return "node/NAME labeled", "unlabeled" or "not labeled"
   */
  public String label(String node, List<String> args, boolean overwrite) {
    Node n = get(node);
    Map<String, String> labels = new LinkedHashMap<>(n.metadata().labels());
    List<String> errors = new ArrayList<>();
    Map<String, String> set = new LinkedHashMap<>();
    List<String> remove = new ArrayList<>();
    for (String a : args) {
      if (a.endsWith("-")) {
        remove.add(a.substring(0, a.length() - 1));
      } else {
        int eq = a.indexOf('=');
        if (eq < 0) throw new NodeOperationException("at least one label update is required");
        set.put(a.substring(0, eq), a.substring(eq + 1));
      }
    }
    if (!overwrite) { // validateNoOverwrites
      for (String k : set.keySet()) {
        if (labels.containsKey(k)) {
          errors.add(
              "'" + k + "' already has a value (" + labels.get(k) + "), and --overwrite is false");
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new NodeOperationException(
          errors.size() == 1 ? errors.get(0) : "[" + String.join(", ", errors) + "]");
    }
    for (String k : remove) labels.remove(k);
    labels.putAll(set);
    if (labels.equals(n.metadata().labels())) return "node/" + node + " not labeled";
    api.update(n.withMetadata(n.metadata().withLabels(labels)));
    boolean shrunk = labels.size() < n.metadata().labels().size();
    return "node/" + node + (!overwrite && shrunk ? " unlabeled" : " labeled");
  }

  /**
   * {@code kubectl taint nodes NAME spec...} with kubectl's syntax ({@code key=value:Effect},
   * {@code key:Effect}, {@code key:Effect-}, {@code key-}).
   *
   * @return "node/NAME tainted", "untainted" or "modified"
   */
  public String taint(String node, List<String> specs, boolean overwrite) {
    Node n = get(node);
    try {
      KubectlTaints.Parsed p = KubectlTaints.parse(specs);
      KubectlTaints.Merged m =
          KubectlTaints.merge(node, NodeTaints.taints(n), p, overwrite, loop.now());
      api.update(n.withSpec(spec(n).withTaints(m.taints())));
      return "node/" + node + " " + m.operation();
    } catch (IllegalArgumentException e) {
      throw new NodeOperationException(e.getMessage());
    }
  }

  /**
   * {@code kubectl cordon}: sets spec.unschedulable; {@return "node/NAME cordoned"} or "already
   * cordoned"
   */
  public String cordon(String node) {
    return setUnschedulable(node, true);
  }

  /** {@code kubectl uncordon}; {@return "node/NAME uncordoned"} or "already uncordoned" */
  public String uncordon(String node) {
    return setUnschedulable(node, false);
  }

  private String setUnschedulable(String node, boolean value) {
    Node n = get(node);
    String verb = value ? "cordoned" : "uncordoned";
    if (Boolean.TRUE.equals(spec(n).unschedulable()) == value) {
      return "node/" + node + " already " + verb;
    }
    api.update(n.withSpec(spec(n).withUnschedulable(value ? Boolean.TRUE : null)));
    return "node/" + node + " " + verb;
  }

  /** Starts {@code kubectl drain NODE}; the returned run progresses as the loop runs. */
  public Drain startDrain(String node, DrainOptions options) {
    String cordoned = cordon(node);
    Drain d = new Drain(api, loop, evictions, node, options);
    d.start(cordoned);
    return d;
  }

  /**
   * Runs {@code kubectl drain NODE} to its end on the virtual clock.
   *
   * @return the lines kubectl prints
   * @throws NodeOperationException with kubectl's final error and the lines printed before it if
   *     the drain fails
   */
  public List<String> drain(String node, DrainOptions options) {
    Drain d = startDrain(node, options);
    Duration limit = options.timeout().isZero() ? DRAIN_LIMIT : options.timeout().plusSeconds(1);
    loop.runUntil("kubectl drain " + node, d::done, limit);
    if (d.error() != null) {
      List<String> printed = d.output();
      // the last line is the final "error: ..." that the exception's message carries
      throw new NodeOperationException(d.error(), printed.subList(0, printed.size() - 1));
    }
    return d.output();
  }

  /** Node failure: the node's kubelet stops posting its status and heartbeats. */
  public void stopKubelet(String node) {
    get(node);
    health.stopKubelet(node);
  }

  /**
   * Recovery: the kubelet reports again and posts Ready=True (KubeletReady) and the pressure
   * conditions False, as kubelet's setNodeStatus does on its next update.
   */
  public void startKubelet(String node) {
    get(node);
    health.startKubelet(node); // a booting kubelet may write the node's status itself
    Node n = get(node);
    Instant now = loop.now();
    NodeStatus s = n.status() == null ? NodeStatus.EMPTY : n.status();
    List<NodeCondition> conds = new ArrayList<>();
    for (NodeCondition c : s.conditions()) {
      NodeCondition r = KubeletConditions.healthy(c.type(), now, c);
      conds.add(r == null ? c : r);
    }
    if (s.condition(NodeCondition.READY) == null) {
      conds.add(KubeletConditions.healthy(NodeCondition.READY, now, null));
    }
    api.updateStatus(n.withStatus(s.withConditions(conds)));
  }

  private Node get(String node) {
    return api.get(Node.class, null, node);
  }

  private static NodeSpec spec(Node n) {
    return n.spec() == null ? NodeSpec.EMPTY : n.spec();
  }
}
