package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.Admission;
import io.kubemu.engine.api.AdmissionRequest;
import io.kubemu.engine.api.ApiException;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Priority admission plugin (plugin/pkg/admission/priority), with the two built-in
 * PriorityClasses and no global default class: on create a pod without {@code priorityClassName}
 * gets priority 0; one naming a class gets the class's value; both get preemptionPolicy {@value
 * #PREEMPT_LOWER_PRIORITY}. An unknown class, or a priority that differs from the class's, is
 * Forbidden. On update the stored priority and preemptionPolicy are kept. Immutable.
 */
public final class PriorityAdmission implements Admission {

  /** preemptionPolicy PreemptLowerPriority, the PriorityClass default. */
  public static final String PREEMPT_LOWER_PRIORITY = "PreemptLowerPriority";

  /** The built-in classes: system-cluster-critical and system-node-critical. */
  public static final Map<String, Integer> SYSTEM_PRIORITY_CLASSES =
      Map.of("system-cluster-critical", 2_000_000_000, "system-node-critical", 2_000_001_000);

  private final Map<String, Integer> classes;

  /** The plugin with the built-in classes only. */
  public PriorityAdmission() {
    this(Map.of());
  }

  /** The plugin with the built-in classes and {@code classes} (name to value). */
  public PriorityAdmission(Map<String, Integer> classes) {
    Map<String, Integer> all = new LinkedHashMap<>(SYSTEM_PRIORITY_CLASSES);
    all.putAll(classes);
    this.classes = Map.copyOf(all);
  }

  @Override
  public KubernetesObject admit(AdmissionRequest request) {
    if (!(request.object() instanceof Pod pod) || !request.subresource().isEmpty()) {
      return request.object();
    }
    PodSpec spec = pod.spec() == null ? PodSpec.EMPTY : pod.spec();
    if (request.operation() == Operation.UPDATE) {
      // This admission plugin set pod.Spec.Priority on create; ignore all updates to it.
      PodSpec old = ((Pod) request.oldObject()).spec();
      if (old == null) return pod;
      return pod.withSpec(
          RecordEdit.of(spec)
              .set("priority", old.priority())
              .set("preemptionPolicy", old.preemptionPolicy())
              .build());
    }
    int priority = 0; // DefaultPriorityWhenNoDefaultClassExists
    String className = spec.priorityClassName();
    if (className != null && !className.isEmpty()) {
      Integer value = classes.get(className);
      if (value == null) {
        throw forbidden(request, pod, "no PriorityClass with name " + className + " was found");
      }
      priority = value;
    }
    if (spec.priority() != null && spec.priority() != priority) {
      throw forbidden(
          request,
          pod,
          "the integer value of priority ("
              + spec.priority()
              + ") must not be provided in pod spec; priority admission controller computed "
              + priority
              + " from the given PriorityClass name");
    }
    if (spec.preemptionPolicy() != null
        && !spec.preemptionPolicy().equals(PREEMPT_LOWER_PRIORITY)) {
      throw forbidden(
          request,
          pod,
          "the string value of PreemptionPolicy ("
              + spec.preemptionPolicy()
              + ") must not be provided in pod spec; priority admission controller computed "
              + PREEMPT_LOWER_PRIORITY
              + " from the given PriorityClass name");
    }
    return pod.withSpec(
        RecordEdit.of(spec)
            .set("priority", priority)
            .set("preemptionPolicy", PREEMPT_LOWER_PRIORITY)
            .build());
  }

  private static ApiException forbidden(AdmissionRequest request, Pod pod, String cause) {
    return new ApiException.Forbidden(request.kind(), pod.metadata().name(), cause);
  }
}
