package io.kubemu.engine.kubectl.describe;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Service;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code kubectl describe} for the kinds kubemu describes: pods, deployments, nodes and services,
 * each with its Events table. Reads through the {@link ApiServer}; stateless.
 */
public final class Describer {
  private Describer() {}

  /** {@return whether the kind of this type can be described} */
  public static boolean supports(Class<?> type) {
    return type == Pod.class
        || type == Deployment.class
        || type == Node.class
        || type == Service.class;
  }

  /**
   * {@return the description of the object, as {@code kubectl describe} prints it at {@code now}}
   *
   * @throws IllegalArgumentException for a kind {@link #supports} rejects
   */
  public static String describe(ApiServer api, KubernetesObject o, Instant now) {
    if (o instanceof Pod pod) {
      // describe.go PodDescriber: the reference without its kind
      return PodDescriber.describe(pod, events(api, o, false, null), now);
    }
    if (o instanceof Deployment d) {
      List<ReplicaSet> rss = api.list(ReplicaSet.class, d.metadata().namespace());
      return DeploymentDescriber.describe(d, rss, events(api, o, true, null), now);
    }
    if (o instanceof Node node) {
      // kubelets record node events with the node's name as its uid: search both
      List<Event> events = new ArrayList<>(events(api, o, true, null));
      events.addAll(events(api, o, true, node.metadata().name()));
      List<Pod> pods = new ArrayList<>();
      for (Pod p : api.list(Pod.class)) {
        String phase = p.status() == null ? null : p.status().phase();
        if (p.spec() != null
            && node.metadata().name().equals(p.spec().nodeName())
            && !Pod.PHASE_SUCCEEDED.equals(phase)
            && !Pod.PHASE_FAILED.equals(phase)) {
          pods.add(p);
        }
      }
      return NodeDescriber.describe(node, pods, events, now);
    }
    if (o instanceof Service svc) {
      Endpoints ep =
          api.find(Endpoints.class, svc.metadata().namespace(), svc.metadata().name()).orElse(null);
      return ServiceDescriber.describe(svc, ep, events(api, o, true, null), now);
    }
    throw new IllegalArgumentException("cannot describe a " + o.kind());
  }

  // describe.go searchEvents (EventInterface.Search's field selector): involvedObject name and
  // namespace, and the kind and uid when the reference has them
  static List<Event> events(ApiServer api, KubernetesObject o, boolean withKind, String uid) {
    String ns = o.metadata().namespace() == null ? "" : o.metadata().namespace();
    String wantedUid = uid != null ? uid : o.metadata().uid();
    List<Event> out = new ArrayList<>();
    List<Event> candidates = ns.isEmpty() ? api.list(Event.class) : api.list(Event.class, ns);
    for (Event e : candidates) {
      ObjectReference ref = e.involvedObject();
      if (ref == null) continue;
      if (!o.metadata().name().equals(ref.name())) continue;
      if (!ns.equals(ref.namespace() == null ? "" : ref.namespace())) continue;
      if (withKind && !o.kind().equals(ref.kind())) continue;
      if (wantedUid != null && !Objects.equals(wantedUid, ref.uid())) continue;
      out.add(e);
    }
    return out;
  }
}
