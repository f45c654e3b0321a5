package io.kubemu.engine.controller.nodelifecycle;

import io.kubemu.engine.time.EventLoop;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The kubelets' heartbeats as the node lifecycle controller sees them (upstream's nodeHealthData
 * probeTimestamp, fed by the node status and the kube-node-lease Lease a kubelet renews every
 * {@code nodeStatusUpdateFrequency}, 10 s).
 *
 * <p>A node's kubelet is reporting unless {@link #stopKubelet stopped}. A reporting kubelet counts
 * as having just posted (its probe time is now) unless it calls {@link #heartbeat}; a stopped
 * kubelet's probe time is its last heartbeat, or the instant it stopped if it never posted one. Not
 * thread-safe: used on the loop's thread.
 */
public final class NodeHealth {

  private final EventLoop loop;
  private final Map<String, Instant> lastHeartbeat = new TreeMap<>();
  private final TreeSet<String> stopped = new TreeSet<>();
  private final List<Consumer<String>> onStop = new ArrayList<>();
  private final List<Consumer<String>> onStart = new ArrayList<>();

  public NodeHealth(EventLoop loop) {
    this.loop = Objects.requireNonNull(loop);
  }

  /** Records a heartbeat of a node's kubelet (a Lease renewal); ignored while it is stopped. */
  public void heartbeat(String node) {
    if (!stopped.contains(node)) lastHeartbeat.put(node, loop.now());
  }

  /** Stops a node's kubelet: it posts no more heartbeats. Listeners are told. */
  public void stopKubelet(String node) {
    if (!stopped.add(node)) return;
    lastHeartbeat.putIfAbsent(node, loop.now());
    for (Consumer<String> l : List.copyOf(onStop)) l.accept(node);
  }

  /** Starts a stopped node's kubelet again: it heartbeats from now on. Listeners are told. */
  public void startKubelet(String node) {
    if (!stopped.remove(node)) return;
    lastHeartbeat.put(node, loop.now());
    for (Consumer<String> l : List.copyOf(onStart)) l.accept(node);
  }

  /** {@return whether the node's kubelet is stopped} */
  public boolean stopped(String node) {
    return stopped.contains(node);
  }

  /** {@return the instant the controller last heard from the node's kubelet} */
  public Instant probeTimestamp(String node) {
    if (!stopped.contains(node)) return loop.now();
    return lastHeartbeat.getOrDefault(node, loop.now());
  }

  /**
   * Calls {@code listener} with the node name whenever a kubelet is stopped (the kubelet's hook).
   */
  public void onStop(Consumer<String> listener) {
    onStop.add(Objects.requireNonNull(listener));
  }

  /** Calls {@code listener} with the node name whenever a kubelet is started again. */
  public void onStart(Consumer<String> listener) {
    onStart.add(Objects.requireNonNull(listener));
  }
}
