package io.kubemu.engine.kubelet;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.events.Timeline;
import io.kubemu.engine.runtime.ContainerBehaviors;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A cluster of API server, event loop, timeline and kubelets for the kubelet tests. */
final class Harness {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final String NODE = "hdss7-21.host.com";

  final EventLoop loop;
  final ApiServer api;
  final Timeline timeline = new Timeline();
  final EventRecorder recorder;
  final ContainerBehaviors behaviors = new ContainerBehaviors();
  final Kubelets kubelets;

  Harness(long seed) {
    loop = new EventLoop(T0, seed);
    api = new ApiServer(loop, ApiServer.Options.DEFAULT.withExpireGracePeriods(false), timeline);
    recorder = new EventRecorder(api);
    kubelets = new Kubelets(api, recorder, behaviors);
    for (KubernetesObject o : Manifests.readResource("seed/manifests/nodes-hdss7.yaml")) {
      api.create((Node) o);
    }
    loop.runDue();
  }

  static Harness start() {
    return new Harness(1);
  }

  /** Creates the pod bound to {@link #NODE} (unless it names a node) and settles. */
  Pod create(Pod pod) {
    Pod p = pod.spec().nodeName() == null ? pod.withNodeName(NODE) : pod;
    Pod created = api.create(p);
    loop.runDue();
    return created;
  }

  static Pod seedPod(String file) {
    return Manifests.readOneResource("seed/manifests/" + file, Pod.class);
  }

  Pod pod(String ns, String name) {
    return api.get(Pod.class, ns, name);
  }

  boolean exists(String ns, String name) {
    return api.find(Pod.class, ns, name).isPresent();
  }

  ContainerStatus container(String ns, String name, String container) {
    Pod p = pod(ns, name);
    for (ContainerStatus s : p.status().containerStatuses())
      if (s.name().equals(container)) return s;
    for (ContainerStatus s : p.status().initContainerStatuses())
      if (s.name().equals(container)) return s;
    throw new AssertionError("no status of container " + container + " in " + p.status());
  }

  void advance(long seconds) {
    loop.advance(Duration.ofSeconds(seconds));
  }

  void advanceTo(long secondsSinceStart) {
    loop.advanceTo(T0.plusSeconds(secondsSinceStart));
  }

  long now() {
    return Duration.between(T0, loop.now()).toMillis() / 1000;
  }

  void delete(String ns, String name) {
    api.delete(Pod.class, ns, name, DeleteOptions.DEFAULT);
    loop.runDue();
  }

  /**
   * The events about a pod as recorded, in order, one line per record (a repeat shows its count):
   * {@code +<seconds> <type> <reason> <message>}.
   */
  List<String> events(String ns, String name) {
    List<String> out = new ArrayList<>();
    for (Timeline.Entry e : timeline.entries()) {
      if (!e.is(Event.class)) continue;
      Event ev = e.as(Event.class);
      if (!name.equals(ev.involvedObject().name()) || !ns.equals(ev.metadata().namespace()))
        continue;
      long t = Duration.between(T0, e.time()).toMillis();
      String secs = t % 1000 == 0 ? Long.toString(t / 1000) : Double.toString(t / 1000.0);
      String count = ev.count() != null && ev.count() > 1 ? " (x" + ev.count() + ")" : "";
      out.add("+" + secs + " " + ev.type() + " " + ev.reason() + " " + ev.message() + count);
    }
    return out;
  }

  /** The pod's statuses as written, one line each: {@code +<s> <phase> <container summaries>}. */
  List<String> statuses(String ns, String name) {
    List<String> out = new ArrayList<>();
    for (Timeline.Entry e : timeline.entries()) {
      if (!e.is(Pod.class) || !e.key().equals(ns + "/" + name)) continue;
      Pod p = e.as(Pod.class);
      if (p.status() == null) continue;
      long t = Duration.between(T0, e.time()).getSeconds();
      out.add("+" + t + " " + e.verb() + " " + summary(p));
    }
    return out;
  }

  /** The distinct waiting states of a container as written: {@code +<s> <reason>: <message>}. */
  List<String> waitingMessages(String ns, String name, String container) {
    List<String> out = new ArrayList<>();
    String last = null;
    for (Timeline.Entry e : timeline.entries()) {
      if (!e.is(Pod.class) || !e.key().equals(ns + "/" + name)) continue;
      Pod p = e.as(Pod.class);
      if (p.status() == null) continue;
      List<ContainerStatus> all = new ArrayList<>(p.status().initContainerStatuses());
      all.addAll(p.status().containerStatuses());
      for (ContainerStatus s : all) {
        if (!s.name().equals(container) || s.state().waiting() == null) continue;
        String w = s.state().waiting().reason() + ": " + s.state().waiting().message();
        if (s.state().waiting().message() == null || w.equals(last)) continue;
        last = w;
        out.add("+" + Duration.between(T0, e.time()).getSeconds() + " " + w);
      }
    }
    return out;
  }

  static String summary(Pod p) {
    StringBuilder sb = new StringBuilder(String.valueOf(p.status().phase()));
    for (ContainerStatus s : p.status().initContainerStatuses()) sb.append(' ').append(cs(s));
    for (ContainerStatus s : p.status().containerStatuses()) sb.append(' ').append(cs(s));
    return sb.toString();
  }

  static String cs(ContainerStatus s) {
    String state;
    if (s.state().running() != null) state = "running";
    else if (s.state().terminated() != null) {
      state =
          "terminated:" + s.state().terminated().reason() + "/" + s.state().terminated().exitCode();
    } else state = "waiting:" + s.state().waiting().reason();
    return s.name()
        + "="
        + state
        + (Boolean.TRUE.equals(s.ready()) ? ",ready" : "")
        + ",restarts="
        + s.restartCount();
  }
}
