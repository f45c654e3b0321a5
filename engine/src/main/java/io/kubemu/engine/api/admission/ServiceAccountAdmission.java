package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.Admission;
import io.kubemu.engine.api.AdmissionRequest;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;

/**
 * The defaulting half of the ServiceAccount admission plugin (plugin/pkg/admission/serviceaccount):
 * a pod created without {@code serviceAccountName} runs as {@value #DEFAULT_SERVICE_ACCOUNT}.
 * Mirror pods are left alone. kubemu models no ServiceAccount objects, so their existence is not
 * checked and no token volume is mounted. Runs on pod create only. Stateless.
 */
public final class ServiceAccountAdmission implements Admission {

  /** The service account of pods that name none. */
  public static final String DEFAULT_SERVICE_ACCOUNT = "default";

  /** The annotation marking a kubelet's mirror of a static pod. */
  public static final String MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";

  @Override
  public KubernetesObject admit(AdmissionRequest request) {
    if (request.operation() != Operation.CREATE
        || !request.subresource().isEmpty()
        || !(request.object() instanceof Pod pod)
        || pod.metadata().annotation(MIRROR_POD_ANNOTATION) != null) {
      return request.object();
    }
    PodSpec spec = pod.spec() == null ? PodSpec.EMPTY : pod.spec();
    if (spec.serviceAccountName() != null && !spec.serviceAccountName().isEmpty()) return pod;
    return pod.withSpec(
        RecordEdit.of(spec).set("serviceAccountName", DEFAULT_SERVICE_ACCOUNT).build());
  }
}
