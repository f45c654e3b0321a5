package io.kubemu.engine.scheduler.helper;

import io.kubemu.model.Quantity;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Pod;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pod's effective resource requests: the sum over app containers and sidecars (init containers
 * with {@code restartPolicy: Always}), at least the largest need of any init container (which runs
 * beside the sidecars started before it), plus {@code spec.overhead}. Mirrors
 * component-helpers/resource PodRequests (v1.30), e.g. init containers of 2 cpu/3G and containers
 * of 2+1 cpu and 1G+1G give 3 cpu and 3G.
 */
public final class PodRequests {

  /** The cpu request the scheduler's scoring assumes for a container without one: 100m. */
  public static final long DEFAULT_MILLI_CPU_REQUEST = 100;

  /** The memory request the scheduler's scoring assumes for a container without one: 200Mi. */
  public static final long DEFAULT_MEMORY_REQUEST = 200L * 1024 * 1024;

  /** Non-missing defaults for scoring (schedutil.DefaultMilliCPURequest/DefaultMemoryRequest). */
  public static final Map<String, Quantity> NON_ZERO_DEFAULTS =
      Map.of(
          "cpu", Quantity.ofMillis(DEFAULT_MILLI_CPU_REQUEST),
          "memory", Quantity.of(DEFAULT_MEMORY_REQUEST, Quantity.Format.DECIMAL_SI));

  private PodRequests() {}

  /** {@return the pod's requests, overhead included} */
  public static Map<String, Quantity> of(Pod pod) {
    return of(pod, Map.of());
  }

  /**
   * {@return the pod's requests} where a container missing a request for a resource in {@code
   * nonMissing} is taken to request that amount (upstream PodResourcesOptions
   * .NonMissingContainerRequests)
   */
  public static Map<String, Quantity> of(Pod pod, Map<String, Quantity> nonMissing) {
    Map<String, Quantity> reqs = new LinkedHashMap<>();
    if (pod.spec() == null) {
      return reqs;
    }
    for (Container c : pod.spec().containers()) {
      add(reqs, requests(c, nonMissing));
    }
    Map<String, Quantity> sidecars = new LinkedHashMap<>();
    Map<String, Quantity> init = new LinkedHashMap<>();
    for (Container c : pod.spec().initContainers()) {
      Map<String, Quantity> containerReqs = requests(c, nonMissing);
      if (Container.RESTART_ALWAYS.equals(c.restartPolicy())) {
        add(reqs, containerReqs);
        add(sidecars, containerReqs);
        containerReqs = sidecars;
      } else {
        Map<String, Quantity> tmp = new LinkedHashMap<>();
        add(tmp, containerReqs);
        add(tmp, sidecars);
        containerReqs = tmp;
      }
      max(init, containerReqs);
    }
    max(reqs, init);
    add(reqs, pod.spec().overhead());
    return reqs;
  }

  private static Map<String, Quantity> requests(Container c, Map<String, Quantity> nonMissing) {
    Map<String, Quantity> r = c.resources() == null ? Map.of() : c.resources().requests();
    if (nonMissing.isEmpty()) {
      return r;
    }
    Map<String, Quantity> copy = new LinkedHashMap<>(r);
    for (Map.Entry<String, Quantity> e : nonMissing.entrySet()) {
      copy.putIfAbsent(e.getKey(), e.getValue());
    }
    return copy;
  }

  private static void add(Map<String, Quantity> into, Map<String, Quantity> more) {
    for (Map.Entry<String, Quantity> e : more.entrySet()) {
      into.merge(e.getKey(), e.getValue(), Quantity::add);
    }
  }

  private static void max(Map<String, Quantity> into, Map<String, Quantity> other) {
    for (Map.Entry<String, Quantity> e : other.entrySet()) {
      Quantity cur = into.get(e.getKey());
      if (cur == null || e.getValue().compareTo(cur) > 0) {
        into.put(e.getKey(), e.getValue());
      }
    }
  }
}
