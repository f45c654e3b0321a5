package io.kubemu.engine.controller.job;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Job controller's pod writes (controller.RealPodControl and PodControllerRefManager): creates
 * pods from a template with a controller reference and the tracking finalizer, deletes them,
 * removes finalizers, and claims (adopts or releases) pods by selector. Events go to the Job:
 * SuccessfulCreate "Created pod: x", FailedCreate, SuccessfulDelete "Deleted pod: x", FailedDelete.
 */
final class JobPodControl {

  private final ApiServer api;
  private final EventRecorder.ComponentRecorder recorder;

  JobPodControl(ApiServer api, EventRecorder.ComponentRecorder recorder) {
    this.api = api;
    this.recorder = recorder;
  }

  /** metav1.NewControllerRef. */
  static OwnerReference controllerRef(Job job) {
    return new OwnerReference(
        Job.API_VERSION, Job.KIND, job.metadata().name(), job.metadata().uid(), true, true);
  }

  /**
   * CreatePodsWithGenerateName: a pod from the template, named {@code generateName} plus five
   * random characters ({@code <job>-} when empty).
   */
  Pod createPod(Job job, PodTemplateSpec template, String generateName) {
    ObjectMeta tm = template.metadata();
    if (tm.labels().isEmpty()) {
      throw new ApiException(500, "InternalError", "unable to create pods, no labels", null, null);
    }
    String prefix = generateName.isEmpty() ? job.metadata().name() + "-" : generateName;
    ObjectMeta meta =
        ObjectMeta.EMPTY
            .withNamespace(job.metadata().namespace())
            .withGenerateName(prefix)
            .withLabels(tm.labels())
            .withAnnotations(tm.annotations())
            .withFinalizers(tm.finalizers())
            .withOwnerReferences(List.of(controllerRef(job)));
    try {
      Pod created = api.create(Pod.of(meta, template.spec()));
      recorder.eventf(
          job, Event.TYPE_NORMAL, "SuccessfulCreate", "Created pod: %s", created.metadata().name());
      return created;
    } catch (ApiException e) {
      recorder.eventf(
          job, Event.TYPE_WARNING, "FailedCreate", "Error creating: %s", e.getMessage());
      throw e;
    }
  }

  /** DeletePod: a graceful delete; {@return false when the pod was already gone} */
  boolean deletePod(Job job, Pod pod) {
    try {
      api.delete(Pod.class, pod.metadata().namespace(), pod.metadata().name());
    } catch (ApiException.NotFound e) {
      return false;
    } catch (ApiException e) {
      recorder.eventf(
          job, Event.TYPE_WARNING, "FailedDelete", "Error deleting: %s", e.getMessage());
      throw e;
    }
    recorder.eventf(
        job, Event.TYPE_NORMAL, "SuccessfulDelete", "Deleted pod: %s", pod.metadata().name());
    return true;
  }

  /** removeTrackingFinalizerPatch, applied: {@return false when the pod is gone} */
  boolean removeTrackingFinalizer(Pod pod) {
    Pod cur = api.find(Pod.class, pod.metadata().namespace(), pod.metadata().name()).orElse(null);
    if (cur == null || !Objects.equals(cur.metadata().uid(), pod.metadata().uid())) return false;
    if (!JobPods.hasJobTrackingFinalizer(cur)) return true;
    List<String> fins = new ArrayList<>(cur.metadata().finalizers());
    fins.remove(Job.JOB_TRACKING_FINALIZER);
    api.update(cur.withMetadata(cur.metadata().withFinalizers(fins)));
    return true;
  }

  // deleteJobPods: the finalizer goes first, so deleted pods are not counted as failed;
  // {@return [ready pods removed, pods removed]}
  int[] deleteJobPods(Job job, List<Pod> toDelete) {
    int[] removed = new int[2];
    for (Pod p : toDelete) {
      removeTrackingFinalizer(p);
      deletePod(job, p);
      removed[1]++;
      if (JobPods.isPodReady(p)) removed[0]++;
    }
    return removed;
  }

  // deleteActivePods: finalizers kept; {@return [ready pods deleted, pods deleted]}
  int[] deleteActivePods(Job job, List<Pod> toDelete) {
    int[] deleted = new int[2];
    for (Pod p : toDelete) {
      deletePod(job, p);
      deleted[1]++;
      if (JobPods.isPodReady(p)) deleted[0]++;
    }
    return deleted;
  }

  /**
   * ClaimPods (BaseControllerRefManager.ClaimObject): pods this Job controls and its selector
   * matches; orphans it matches are adopted (controller reference and tracking finalizer added)
   * unless the Job is being deleted; controlled pods it no longer matches are released.
   */
  List<Pod> claimPods(Job job, Selector selector, List<Pod> pods) {
    List<Pod> claimed = new ArrayList<>();
    String uid = job.metadata().uid();
    boolean deleting = job.metadata().deletionTimestamp() != null;
    for (Pod pod : pods) {
      OwnerReference ref = pod.metadata().controllerRef();
      boolean match = selector.matches(pod.metadata().labels());
      if (ref != null) {
        if (!Objects.equals(ref.uid(), uid)) continue; // owned by someone else
        if (match) {
          claimed.add(pod);
        } else if (!deleting) {
          List<OwnerReference> refs = new ArrayList<>(pod.metadata().ownerReferences());
          refs.removeIf(r -> Objects.equals(r.uid(), uid));
          updateIgnoringNotFound(pod.withMetadata(pod.metadata().withOwnerReferences(refs)));
        }
        continue;
      }
      if (deleting || !match || pod.metadata().deletionTimestamp() != null) continue;
      // adopt, with the finalizer the Job controller tracks its pods by
      List<OwnerReference> refs = new ArrayList<>(pod.metadata().ownerReferences());
      refs.add(controllerRef(job));
      List<String> fins = new ArrayList<>(pod.metadata().finalizers());
      if (!fins.contains(Job.JOB_TRACKING_FINALIZER)) fins.add(Job.JOB_TRACKING_FINALIZER);
      Pod adopted =
          updateIgnoringNotFound(
              pod.withMetadata(pod.metadata().withOwnerReferences(refs).withFinalizers(fins)));
      if (adopted != null) claimed.add(adopted);
    }
    return claimed;
  }

  private Pod updateIgnoringNotFound(Pod pod) {
    try {
      return api.update(pod);
    } catch (ApiException.NotFound e) {
      return null;
    }
  }
}
