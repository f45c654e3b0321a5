package io.kubemu.engine.controller.endpoints;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.WorkQueue;
import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.engine.controller.util.Informer;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.model.core.EndpointSubset;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.core.Service;
import io.kubemu.model.core.ServiceSpec;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.Selector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * kube-controller-manager's endpoints controller (upstream pkg/controller/endpoint/
 * endpoints_controller.go, v1.30): for every Service with a selector, an Endpoints object of the
 * same name listing the matching pods (see {@link Subsets#compute}); the Endpoints go with the
 * Service. Services without a selector are left alone, so hand-written Endpoints survive.
 *
 * <p>Not modelled: EndpointSlices (the endpointslice controller), the {@code
 * endpoints.kubernetes.io/last-change-trigger-time} and over-capacity annotations, and dual-stack
 * addresses (a pod's primary IP is used).
 */
public final class EndpointsController implements Controller {

  /** The label marking the Endpoints of a headless service (v1.IsHeadlessService). */
  public static final String HEADLESS_LABEL = "service.kubernetes.io/headless";

  private final ApiServer api;
  private final WorkQueue queue;
  private final Informer<Service> services;
  private final Informer<Pod> pods;
  private final Informer<Endpoints> endpoints;

  public EndpointsController(ControllerContext ctx) {
    this.api = ctx.api();
    this.queue = ctx.queue("endpoint", this::syncService);
    this.services = new Informer<>(api, Service.class);
    this.pods = new Informer<>(api, Pod.class);
    this.endpoints = new Informer<>(api, Endpoints.class);
  }

  @Override
  public String name() {
    return "endpoint";
  }

  @Override
  public void start() {
    services.addHandler(
        new Informer.Handler<>() {
          @Override
          public void onAdd(Service s) {
            queue.add(ControllerUtils.key(s));
          }

          @Override
          public void onUpdate(Service o, Service s) {
            queue.add(ControllerUtils.key(s));
          }

          @Override
          public void onDelete(Service s) {
            queue.add(ControllerUtils.key(s));
          }
        });
    pods.addHandler(
        new Informer.Handler<>() {
          @Override
          public void onAdd(Pod p) {
            enqueueServicesOf(p);
          }

          @Override
          public void onUpdate(Pod o, Pod p) {
            if (Objects.equals(o.metadata().resourceVersion(), p.metadata().resourceVersion())) {
              return;
            }
            boolean labelsChanged = !o.metadata().labels().equals(p.metadata().labels());
            // GetServicesToUpdateOnPodChange: a change no Endpoints can show wakes no service
            if (!labelsChanged && !podEndpointsChanged(o, p)) return;
            enqueueServicesOf(p);
            if (labelsChanged) enqueueServicesOf(o);
          }

          @Override
          public void onDelete(Pod p) {
            enqueueServicesOf(p);
          }
        });
    endpoints.addHandler(
        new Informer.Handler<>() {
          @Override
          public void onDelete(Endpoints ep) {
            queue.add(ControllerUtils.key(ep)); // onEndpointsDelete: recreate if still wanted
          }
        });
    services.start();
    pods.start();
    endpoints.start();
  }

  /**
   * {@return whether a pod update can change an Endpoints object} (endpointsliceutil
   * podEndpointsChanged, plus hostname/subdomain, and every other field {@link Subsets#compute}
   * reads: phase, restart policy, node name, containers)
   */
  static boolean podEndpointsChanged(Pod oldPod, Pod newPod) {
    if (!Objects.equals(
        oldPod.metadata().deletionTimestamp(), newPod.metadata().deletionTimestamp())) {
      return true;
    }
    if (PodUtils.isPodReady(oldPod) != PodUtils.isPodReady(newPod)) return true;
    PodStatus os = oldPod.status();
    PodStatus ns = newPod.status();
    if ((os == null) != (ns == null)) return true;
    if (os != null
        && (!Objects.equals(os.podIP(), ns.podIP())
            || !Objects.equals(os.podIPs(), ns.podIPs())
            || !Objects.equals(os.phase(), ns.phase()))) {
      return true;
    }
    PodSpec o = oldPod.spec();
    PodSpec n = newPod.spec();
    if (o == n) return false;
    if (o == null || n == null) return true;
    return !Objects.equals(o.hostname(), n.hostname())
        || !Objects.equals(o.subdomain(), n.subdomain())
        || !Objects.equals(o.restartPolicy(), n.restartPolicy())
        || !Objects.equals(o.nodeName(), n.nodeName())
        || !Objects.equals(o.containers(), n.containers());
  }

  // GetPodServiceMemberships
  private void enqueueServicesOf(Pod pod) {
    for (Service s : services.list(pod.metadata().namespace())) {
      Map<String, String> sel = s.spec() == null ? Map.of() : s.spec().selector();
      if (!sel.isEmpty() && Selector.fromSet(sel).matches(pod.metadata().labels())) {
        queue.add(ControllerUtils.key(s));
      }
    }
  }

  // syncService
  private void syncService(String key) {
    int slash = key.indexOf('/');
    String ns = key.substring(0, slash);
    String name = key.substring(slash + 1);
    Service service = services.get(ns, name).orElse(null);
    if (service == null) {
      // The service was deleted: delete its endpoints.
      if (api.find(Endpoints.class, ns, name).isPresent()) {
        try {
          api.delete(Endpoints.class, ns, name, DeleteOptions.DEFAULT);
        } catch (ApiException.NotFound gone) {
          // already gone
        }
      }
      return;
    }
    ServiceSpec spec = service.spec() == null ? ServiceSpec.EMPTY : service.spec();
    if (spec.selector().isEmpty()) return; // not managed: no selector
    if (ServiceSpec.TYPE_EXTERNAL_NAME.equals(spec.type())) return;
    List<Pod> matching = pods.list(ns, Selector.fromSet(spec.selector()));
    List<EndpointSubset> subsets = Subsets.compute(service, matching);
    Map<String, String> labels = endpointsLabels(service);

    Endpoints current = api.find(Endpoints.class, ns, name).orElse(null);
    if (current != null
        && current.subsets().equals(subsets)
        && current.metadata().labels().equals(labels)) {
      return; // endpoints are already up to date
    }
    if (current == null) {
      ObjectMeta meta = ObjectMeta.named(ns, name).withLabels(labels);
      api.create(new Endpoints(meta, subsets));
    } else {
      ObjectMeta meta = current.metadata().withLabels(labels);
      api.update(new Endpoints(meta, subsets));
    }
  }

  // the service's labels, plus service.kubernetes.io/headless for a headless service
  static Map<String, String> endpointsLabels(Service service) {
    Map<String, String> labels = new LinkedHashMap<>(service.metadata().labels());
    labels.remove(HEADLESS_LABEL);
    String clusterIP = service.spec() == null ? null : service.spec().clusterIP();
    if (ServiceSpec.CLUSTER_IP_NONE.equals(clusterIP)) labels.put(HEADLESS_LABEL, "");
    return labels;
  }
}
