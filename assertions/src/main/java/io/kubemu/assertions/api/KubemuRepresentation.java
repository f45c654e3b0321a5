package io.kubemu.assertions.api;

import io.kubemu.assertions.internal.PodStates;
import io.kubemu.assertions.internal.Refs;
import io.kubemu.engine.Cluster;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * Prints Kubernetes objects in failure messages as kubectl names them instead of their (long)
 * record {@code toString()}:
 *
 * <ul>
 *   <li>a pod: {@code pod/web-5d8f7c9b4-x2x7k (Running, node-2)} (phase, node, and {@code
 *       terminating} once it has a deletionTimestamp);
 *   <li>an event: {@code Warning FailedScheduling pod/web-1: 0/3 nodes are available: ...}, with
 *       {@code (x3)} for a repeated one;
 *   <li>any other object: {@code deployment.apps/web}, {@code node/n1};
 *   <li>a timeline entry: its {@link Timeline.Entry#line() line}; a container status: {@code
 *       container web (running since ..., ready)}.
 * </ul>
 *
 * <p>Everything else is printed as {@link StandardRepresentation} does. Registered through {@code
 * META-INF/services/org.assertj.core.presentation.Representation}, so it is used as soon as
 * kubemu-assertions is on the test classpath; also usable with {@code withRepresentation(...)}.
 * Stateless and thread-safe.
 */
public class KubemuRepresentation extends StandardRepresentation {

  /** The shared instance. */
  public static final KubemuRepresentation KUBEMU_REPRESENTATION = new KubemuRepresentation();

  /** A representation; AssertJ's service loader needs this public constructor. */
  public KubemuRepresentation() {}

  @Override
  protected String fallbackToStringOf(Object object) {
    if (object instanceof Pod pod) return Refs.describe(pod);
    if (object instanceof Event event) return event(event);
    if (object instanceof KubernetesObject k) return Refs.of(k);
    if (object instanceof Timeline.Entry entry) return entry.line();
    if (object instanceof ContainerStatus s) return container(s);
    if (object instanceof Timeline t) return "timeline (" + t.size() + " writes)";
    if (object instanceof Cluster c) return "cluster at " + c.now();
    return super.fallbackToStringOf(object);
  }

  private static String event(Event e) {
    String count = e.count() != null && e.count() > 1 ? " (x" + e.count() + ")" : "";
    return e.type()
        + " "
        + e.reason()
        + " "
        + Refs.of(e.involvedObject())
        + ": "
        + e.message()
        + count;
  }

  private static String container(ContainerStatus s) {
    return "container "
        + s.name()
        + " ("
        + PodStates.describe(s.state())
        + (Boolean.TRUE.equals(s.ready()) ? ", ready" : "")
        + ")";
  }
}
