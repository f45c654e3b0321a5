package io.kubemu.engine.kubelet;

import io.kubemu.model.core.Container;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.core.Pod;

/** References for container events (kubecontainer.GenerateContainerRef) and pod names. */
final class ContainerRefs {
  private ContainerRefs() {}

  /** {@return a reference to the pod with fieldPath {@code spec.containers{name}}} */
  static ObjectReference ref(Pod pod, Container container) {
    return new ObjectReference(
        Pod.KIND,
        pod.metadata().namespace(),
        pod.metadata().name(),
        pod.metadata().uid(),
        Pod.API_VERSION,
        pod.metadata().resourceVersion(),
        fieldPath(pod, container.name()));
  }

  static String fieldPath(Pod pod, String name) {
    for (Container c : pod.spec().containers()) {
      if (c.name().equals(name)) return "spec.containers{" + name + "}";
    }
    for (Container c : pod.spec().initContainers()) {
      if (c.name().equals(name)) return "spec.initContainers{" + name + "}";
    }
    return "spec.containers{" + name + "}";
  }

  /** {@return {@code name_namespace(uid)}, as format.Pod prints a pod} */
  static String format(Pod pod) {
    return pod.metadata().name()
        + "_"
        + pod.metadata().namespace()
        + "("
        + pod.metadata().uid()
        + ")";
  }
}
