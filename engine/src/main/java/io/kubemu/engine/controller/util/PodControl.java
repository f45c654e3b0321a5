package io.kubemu.engine.controller.util;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.OwnerReference;
import java.util.Objects;

/**
 * Creates and deletes a controller's pods and records the events kube-controller-manager records
 * (upstream {@code RealPodControl}): {@code SuccessfulCreate "Created pod: x"}, {@code FailedCreate
 * "Error creating: ..."}, {@code SuccessfulDelete "Deleted pod: x"}, {@code FailedDelete "Error
 * deleting: ..."}, all about the controller.
 */
public final class PodControl {

  public static final String SUCCESSFUL_CREATE = "SuccessfulCreate";
  public static final String FAILED_CREATE = "FailedCreate";
  public static final String SUCCESSFUL_DELETE = "SuccessfulDelete";
  public static final String FAILED_DELETE = "FailedDelete";

  private final ApiServer api;
  private final EventRecorder.ComponentRecorder recorder;

  public PodControl(ApiServer api, EventRecorder.ComponentRecorder recorder) {
    this.api = Objects.requireNonNull(api);
    this.recorder = Objects.requireNonNull(recorder);
  }

  /**
   * Creates one pod from the template, named {@code <parent>-<5 random chars>} by the API server
   * (CreatePods).
   *
   * @return the created pod
   * @throws ApiException if the API server rejects it (a FailedCreate event is recorded)
   */
  public Pod createPod(PodTemplateSpec template, KubernetesObject parent, OwnerReference ref) {
    Pod pod = ControllerUtils.podFromTemplate(template, parent, ref);
    if (pod.metadata().labels().isEmpty()) {
      throw ControllerUtils.syncError("unable to create pods, no labels");
    }
    Pod created;
    try {
      created = api.create(pod);
    } catch (ApiException e) {
      recorder.eventf(
          parent, Event.TYPE_WARNING, FAILED_CREATE, "Error creating: %s", e.getMessage());
      throw e;
    }
    recorder.eventf(
        parent, Event.TYPE_NORMAL, SUCCESSFUL_CREATE, "Created pod: %s", created.metadata().name());
    return created;
  }

  /**
   * Deletes a pod (DeletePod) with the server's default grace period.
   *
   * @throws ApiException.NotFound if it is gone already (no event)
   * @throws ApiException for another failure (a FailedDelete event is recorded)
   */
  public void deletePod(String namespace, String name, KubernetesObject parent) {
    try {
      api.delete(Pod.class, namespace, name);
    } catch (ApiException.NotFound e) {
      throw e;
    } catch (ApiException e) {
      recorder.eventf(
          parent, Event.TYPE_WARNING, FAILED_DELETE, "Error deleting: %s", e.getMessage());
      throw e;
    }
    recorder.eventf(parent, Event.TYPE_NORMAL, SUCCESSFUL_DELETE, "Deleted pod: %s", name);
  }
}
