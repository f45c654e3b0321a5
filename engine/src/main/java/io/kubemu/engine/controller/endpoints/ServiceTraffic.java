package io.kubemu.engine.controller.endpoints;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.core.EndpointAddress;
import io.kubemu.model.core.EndpointSubset;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where requests to a Service go, for strategy tests: kube-proxy spreads connections evenly over
 * the ready addresses of the Service's Endpoints, so a revision's share of the traffic is its share
 * of the ready pods (a canary of 1 new pod beside 5 old ones gets 1/6).
 *
 * <p>A pod's revision is its {@code pod-template-hash} label (Deployment/ReplicaSet pods) or {@code
 * controller-revision-hash} label (StatefulSet/DaemonSet pods); "" when it has neither. Shares over
 * a window replay the {@link Timeline}'s writes of Endpoints and Pods, time-weighted; instants when
 * the Service has no ready address do not count. Session affinity and topology-aware routing are
 * not modelled.
 */
public final class ServiceTraffic {

  /** The label of a Deployment-managed pod's revision. */
  public static final String POD_TEMPLATE_HASH = "pod-template-hash";

  /** The label of a StatefulSet or DaemonSet pod's revision. */
  public static final String CONTROLLER_REVISION_HASH = "controller-revision-hash";

  /**
   * A pod a request may reach.
   *
   * @param pod the pod's name
   * @param ip the endpoint address
   * @param nodeName the node, or null
   * @param revision the pod's revision label value, or ""
   * @param owner the name of the pod's controller (e.g. its ReplicaSet), or ""
   */
  public record Backend(String pod, String ip, String nodeName, String revision, String owner) {}

  private final ApiServer api;
  private final Timeline timeline;

  /**
   * @param timeline the writes to replay for {@link #shares(String, String, Instant, Instant)};
   *     null when only the current view is wanted
   */
  public ServiceTraffic(ApiServer api, Timeline timeline) {
    this.api = Objects.requireNonNull(api);
    this.timeline = timeline;
  }

  /** {@return the pods a request to the service reaches now, in endpoint order} */
  public List<Backend> backends(String namespace, String service) {
    Endpoints ep = api.find(Endpoints.class, namespace, service).orElse(null);
    return backends(ep, name -> api.find(Pod.class, namespace, name).orElse(null));
  }

  /** {@return each revision's share of the traffic now, by revision; empty with no backend} */
  public Map<String, Double> shares(String namespace, String service) {
    return shareOf(backends(namespace, service));
  }

  /**
   * {@return each revision's time-weighted share of the traffic over {@code [from, to)}} replayed
   * from the timeline; empty when the service had no ready address in the window.
   *
   * @throws IllegalStateException without a timeline
   */
  public Map<String, Double> shares(String namespace, String service, Instant from, Instant to) {
    if (timeline == null) throw new IllegalStateException("no timeline to replay");
    if (!to.isAfter(from)) throw new IllegalArgumentException("empty window: " + from + ", " + to);
    String key = namespace + "/" + service;
    String podPrefix = namespace + "/";
    Map<String, Pod> pods = new TreeMap<>(); // last snapshot of each pod, by name
    Endpoints ep = null;
    Map<String, Double> now = Map.of();
    Instant since = from;
    Map<String, Double> weighted = new TreeMap<>();
    double covered = 0;
    for (Timeline.Entry e : timeline.entries()) {
      boolean isEp = e.is(Endpoints.class) && e.key().equals(key);
      boolean isPod = e.is(Pod.class) && e.key().startsWith(podPrefix);
      if (!isEp && !isPod) continue;
      if (!e.time().isBefore(to)) break;
      if (e.time().isAfter(since)) {
        covered += accumulate(weighted, now, Duration.between(since, e.time()));
        since = e.time();
      }
      if (isEp) ep = e.verb() == Verb.DELETED_FINAL ? null : e.as(Endpoints.class);
      if (isPod) pods.put(e.as(Pod.class).metadata().name(), e.as(Pod.class));
      now = shareOf(backends(ep, pods::get));
    }
    covered += accumulate(weighted, now, Duration.between(since, to));
    Map<String, Double> out = new TreeMap<>();
    if (covered == 0) return out;
    for (Map.Entry<String, Double> w : weighted.entrySet())
      out.put(w.getKey(), w.getValue() / covered);
    return out;
  }

  // adds shares * seconds to the weighted sums; returns the seconds if there was any traffic
  private static double accumulate(
      Map<String, Double> into, Map<String, Double> shares, Duration d) {
    if (shares.isEmpty() || d.isZero() || d.isNegative()) return 0;
    double seconds = d.toNanos() / 1e9;
    for (Map.Entry<String, Double> s : shares.entrySet()) {
      into.merge(s.getKey(), s.getValue() * seconds, Double::sum);
    }
    return seconds;
  }

  private static List<Backend> backends(Endpoints ep, Function<String, Pod> pods) {
    List<Backend> out = new ArrayList<>();
    if (ep == null) return out;
    for (EndpointSubset s : ep.subsets()) {
      for (EndpointAddress a : s.addresses()) {
        String podName = a.targetRef() == null ? null : a.targetRef().name();
        Pod pod = podName == null ? null : pods.apply(podName);
        out.add(new Backend(podName, a.ip(), a.nodeName(), revision(pod), owner(pod)));
      }
    }
    return out;
  }

  /** {@return the pod's revision label value, or "" (also for null)} */
  public static String revision(Pod pod) {
    if (pod == null) return "";
    Map<String, String> labels = pod.metadata().labels();
    if (labels.containsKey(POD_TEMPLATE_HASH)) return labels.get(POD_TEMPLATE_HASH);
    return labels.getOrDefault(CONTROLLER_REVISION_HASH, "");
  }

  private static String owner(Pod pod) {
    OwnerReference ref = pod == null ? null : pod.metadata().controllerRef();
    return ref == null ? "" : ref.name();
  }

  private static Map<String, Double> shareOf(List<Backend> backends) {
    Map<String, Double> out = new TreeMap<>();
    if (backends.isEmpty()) return out;
    for (Backend b : backends) out.merge(b.revision(), 1.0, Double::sum);
    out.replaceAll((k, v) -> v / backends.size());
    return out;
  }
}
