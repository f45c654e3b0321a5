package io.kubemu.engine.controller.nodelifecycle;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.controller.disruption.Evictions;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One {@code kubectl drain NODE} run on the virtual clock (kubectl's RunDrain and the drain
 * Helper's evictPods, v1.30): cordons, filters the node's pods, evicts them all at once, retrying
 * an eviction a disruption budget blocks (429) every {@link #RETRY} (5 s), and waits for each pod
 * to be gone (polling every 1 s) before printing {@code pod/NAME evicted}; then {@code node/NAME
 * drained}. {@link #output()} holds the lines kubectl prints (stdout and stderr interleaved).
 */
public final class Drain {

  /** kubectl's wait before retrying a blocked eviction. */
  public static final Duration RETRY = Duration.ofSeconds(5);

  static final Duration POLL = Duration.ofSeconds(1);

  private final ApiServer api;
  private final EventLoop loop;
  private final Evictions evictions;
  private final String node;
  private final DrainOptions options;
  private final List<String> output = new ArrayList<>();
  private Instant deadline;
  private int pending;
  private boolean done;
  private String error;

  Drain(ApiServer api, EventLoop loop, Evictions evictions, String node, DrainOptions options) {
    this.api = api;
    this.loop = loop;
    this.evictions = evictions;
    this.node = node;
    this.options = options;
  }

  /** {@return the lines printed so far} */
  public List<String> output() {
    return Collections.unmodifiableList(output);
  }

  /** {@return whether the drain finished, drained or failed} */
  public boolean done() {
    return done;
  }

  /** {@return the final error (kubectl's last "error: ..." line without the prefix), or null} */
  public String error() {
    return error;
  }

  void start(String cordonLine) {
    output.add(cordonLine);
    if (!options.timeout().isZero()) deadline = loop.now().plus(options.timeout());
    List<Pod> onNode = new ArrayList<>();
    for (Pod p : api.list(Pod.class)) {
      if (p.spec() != null && node.equals(p.spec().nodeName())) onNode.add(p);
    }
    PodFilters.Result r = PodFilters.podsForDeletion(api, onNode, options);
    if (!r.errors().isEmpty()) {
      fail(r.errors().size() == 1 ? r.errors().get(0) : "[" + String.join(", ", r.errors()) + "]");
      return;
    }
    if (!r.warnings().isEmpty()) output.add("Warning: " + r.warnings());
    pending = r.pods().size();
    if (pending == 0) {
      finish();
      return;
    }
    for (Pod pod : r.pods()) evict(pod);
  }

  private void evict(Pod pod) {
    if (done) return;
    String ns = pod.metadata().namespace();
    String name = pod.metadata().name();
    if (deadline != null && !loop.now().isBefore(deadline)) {
      fail(
          "error when evicting pods/\""
              + name
              + "\" -n \""
              + ns
              + "\": global timeout reached: "
              + goDuration(options.timeout()));
      return;
    }
    output.add("evicting pod " + ns + "/" + name);
    try {
      DeleteOptions opts =
          options.gracePeriodSeconds() == null
              ? DeleteOptions.DEFAULT
              : DeleteOptions.gracePeriod(options.gracePeriodSeconds());
      evictions.evict(ns, name, opts);
    } catch (ApiException.NotFound gone) {
      podDone(pod);
      return;
    } catch (ApiException.TooManyRequests e) {
      output.add(
          "error when evicting pods/\""
              + name
              + "\" -n \""
              + ns
              + "\" (will retry after 5s): "
              + e.getMessage());
      loop.scheduleAfter(
          RETRY, "kubectl drain " + node + " retry " + ns + "/" + name, () -> evict(pod));
      return;
    } catch (ApiException e) {
      fail("error when evicting pods/\"" + name + "\" -n \"" + ns + "\": " + e.getMessage());
      return;
    }
    waitForDelete(pod);
  }

  // waitForDelete: polls until the pod is gone or replaced (another UID)
  private void waitForDelete(Pod pod) {
    if (done) return;
    Pod now = api.find(Pod.class, pod.metadata().namespace(), pod.metadata().name()).orElse(null);
    if (now == null || !java.util.Objects.equals(now.metadata().uid(), pod.metadata().uid())) {
      output.add("pod/" + pod.metadata().name() + " evicted");
      podDone(pod);
      return;
    }
    if (deadline != null && !loop.now().isBefore(deadline)) {
      fail(
          "error when waiting for pod \""
              + pod.metadata().name()
              + "\" in namespace \""
              + pod.metadata().namespace()
              + "\" to terminate: global timeout reached: "
              + goDuration(options.timeout()));
      return;
    }
    loop.scheduleAfter(
        POLL, "kubectl drain " + node + " wait " + pod.metadata().key(), () -> waitForDelete(pod));
  }

  private void podDone(Pod pod) {
    if (--pending == 0) finish();
  }

  private void finish() {
    output.add("node/" + node + " drained");
    done = true;
  }

  private void fail(String message) {
    output.add(
        "error: unable to drain node \""
            + node
            + "\" due to error: "
            + message
            + ", continuing command...");
    output.add("There are pending nodes to be drained:");
    output.add(" " + node);
    output.add("error: " + message);
    error = message;
    done = true;
  }

  /** {@return a whole-second duration as Go prints it: 30s, 1m0s, 1h0m0s} */
  static String goDuration(Duration d) {
    long s = d.toSeconds();
    if (s < 60) return s + "s";
    if (s < 3600) return (s / 60) + "m" + (s % 60) + "s";
    return (s / 3600) + "h" + (s % 3600 / 60) + "m" + (s % 60) + "s";
  }
}
