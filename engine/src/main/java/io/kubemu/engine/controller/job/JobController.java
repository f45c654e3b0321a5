package io.kubemu.engine.controller.job;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.WorkQueue;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobSpec;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Job controller (upstream pkg/controller/job/job_controller.go, v1.30): runs pods until enough
 * succeed (NonIndexed or Indexed), replaces failed ones after an exponential back-off (10 s
 * doubling, at most 10 min), fails the Job on backoffLimit, activeDeadlineSeconds or a
 * podFailurePolicy FailJob rule, deletes the pods of a suspended Job, and tracks finished pods with
 * the {@code batch.kubernetes.io/job-tracking} finalizer.
 *
 * <p>Syncs triggered by pod events and status updates are batched one second later
 * (syncJobBatchPeriod), as upstream does; Job creation and spec changes sync at once.
 *
 * <p>Events (component {@value #COMPONENT}): SuccessfulCreate "Created pod: x", SuccessfulDelete,
 * FailedCreate, FailedDelete, Completed "Job completed", BackoffLimitExceeded, DeadlineExceeded,
 * PodFailurePolicy, Suspended, Resumed, TooManySucceededPods, UnknownCompletionMode. Not
 * thread-safe: runs on the event loop.
 */
public final class JobController implements Controller {

  /** The controller's name in kube-controller-manager. */
  public static final String NAME = "job";

  /** The event source component. */
  public static final String COMPONENT = "job-controller";

  /** syncJobBatchPeriod. */
  static final Duration SYNC_JOB_BATCH_PERIOD = Duration.ofSeconds(1);

  private final ApiServer api;
  private final EventLoop loop;
  private final EventRecorder.ComponentRecorder recorder;
  private final WorkQueue queue;
  private final WorkQueue orphanQueue;
  private final JobPodControl podControl;
  private final Backoff backoff = new Backoff();
  private final Map<String, Job> jobs = new HashMap<>(); // informer cache; lookups only
  private final Map<String, Pod> pods = new HashMap<>(); // informer cache; lookups only
  private ApiException deferred;

  public JobController(ControllerContext ctx) {
    this.api = ctx.api();
    this.loop = ctx.loop();
    this.recorder = ctx.events(COMPONENT);
    this.queue = ctx.queue(NAME, this::syncJob);
    this.orphanQueue = ctx.queue("job_orphan_pod", this::syncOrphanPod);
    this.podControl = new JobPodControl(api, recorder);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start() {
    api.watch(Job.class, null, this::onJob);
    api.watch(Pod.class, null, this::onPod);
  }

  // ---------------------------------------------------------------- event handlers

  private void onJob(WatchEvent<Job> e) {
    Job cur = e.object();
    String key = cur.key();
    switch (e.type()) {
      case ADDED -> {
        jobs.put(key, cur);
        queue.add(key); // addJob: at once
      }
      case MODIFIED -> updateJob(jobs.put(key, cur), cur);
      case DELETED -> {
        jobs.remove(key);
        queue.add(key);
        cleanupPodFinalizers(cur);
      }
    }
  }

  // updateJob: spec changes sync at once, status changes batched; a new activeDeadlineSeconds
  // requeues for the remaining time
  private void updateJob(Job old, Job cur) {
    String key = cur.key();
    if (old != null && Objects.equals(old.metadata().generation(), cur.metadata().generation())) {
      queue.addAfter(key, SYNC_JOB_BATCH_PERIOD);
    } else {
      queue.add(key);
    }
    if (JobStatusDraft.isJobFinished(cur)) cleanupPodFinalizers(cur);
    if (cur.status() == null || cur.status().startTime() == null || cur.spec() == null) return;
    Long curAds = cur.spec().activeDeadlineSeconds();
    if (curAds == null) return;
    Long oldAds = old == null || old.spec() == null ? null : old.spec().activeDeadlineSeconds();
    if (!curAds.equals(oldAds)) {
      Duration passed = Duration.between(cur.status().startTime(), loop.now());
      queue.addAfter(key, Duration.ofSeconds(curAds).minus(passed));
    }
  }

  // addPod/updatePod/deletePod: wake the controlling Job (batched), or clean an orphan's finalizer
  private void onPod(WatchEvent<Pod> e) {
    Pod pod = e.object();
    String key = pod.key();
    Pod old = e.type() == WatchEvent.Type.DELETED ? pods.remove(key) : pods.put(key, pod);
    OwnerReference ref = pod.metadata().controllerRef();
    if (old != null) {
      OwnerReference oldRef = old.metadata().controllerRef();
      if (!Objects.equals(oldRef, ref) && oldRef != null) enqueueFor(pod, oldRef);
    }
    if (ref == null) {
      if (JobPods.hasJobTrackingFinalizer(pod)) orphanQueue.add(key);
      boolean labelsChanged =
          old == null || !old.metadata().labels().equals(pod.metadata().labels());
      if (e.type() != WatchEvent.Type.DELETED && labelsChanged) {
        for (Job j : getPodJobs(pod)) queue.addAfter(j.key(), SYNC_JOB_BATCH_PERIOD);
      }
      return;
    }
    Job job = resolveControllerRef(pod.metadata().namespace(), ref);
    boolean deleting =
        e.type() == WatchEvent.Type.DELETED || pod.metadata().deletionTimestamp() != null;
    if (job == null || (deleting && JobStatusDraft.isJobFinished(job))) {
      if (JobPods.hasJobTrackingFinalizer(pod)) orphanQueue.add(key); // syncJob will not
      return;
    }
    queue.addAfter(job.key(), SYNC_JOB_BATCH_PERIOD);
  }

  private void enqueueFor(Pod pod, OwnerReference ref) {
    Job job = resolveControllerRef(pod.metadata().namespace(), ref);
    if (job != null) queue.addAfter(job.key(), SYNC_JOB_BATCH_PERIOD);
  }

  // resolveControllerRef: a Job of that name and uid
  private Job resolveControllerRef(String namespace, OwnerReference ref) {
    if (!Job.KIND.equals(ref.kind())) return null;
    return api.find(Job.class, namespace, ref.name())
        .filter(j -> Objects.equals(j.metadata().uid(), ref.uid()))
        .orElse(null);
  }

  // getPodJobs: the Jobs whose selector matches an orphan pod
  private List<Job> getPodJobs(Pod pod) {
    return api.list(Job.class, pod.metadata().namespace()).stream()
        .filter(j -> j.spec() != null && j.spec().selector() != null)
        .filter(j -> Selector.from(j.spec().selector()).matches(pod.metadata().labels()))
        .toList();
  }

  // cleanupPodFinalizers: the controlled pods of a deleted or finished Job lose their finalizer
  private void cleanupPodFinalizers(Job job) {
    for (Pod p : api.list(Pod.class, job.metadata().namespace())) {
      OwnerReference ref = p.metadata().controllerRef();
      if (ref != null
          && Objects.equals(ref.uid(), job.metadata().uid())
          && JobPods.hasJobTrackingFinalizer(p)) {
        orphanQueue.add(p.key());
      }
    }
  }

  /** enqueueSyncJobWithDelay: never sooner than the batch period. */
  void enqueueSyncJobWithDelay(String key, Duration delay) {
    queue.addAfter(key, delay.compareTo(SYNC_JOB_BATCH_PERIOD) < 0 ? SYNC_JOB_BATCH_PERIOD : delay);
  }

  // ---------------------------------------------------------------- syncs

  // syncOrphanPod: removes the finalizer unless a live, unfinished Job controls the pod
  private void syncOrphanPod(String key) {
    int slash = key.indexOf('/');
    Pod pod = api.find(Pod.class, key.substring(0, slash), key.substring(slash + 1)).orElse(null);
    if (pod == null) return;
    OwnerReference ref = pod.metadata().controllerRef();
    if (ref != null) {
      if (!Job.KIND.equals(ref.kind()) || !Job.API_VERSION.equals(ref.apiVersion())) return;
      Job job = resolveControllerRef(pod.metadata().namespace(), ref);
      if (job != null && !JobStatusDraft.isJobFinished(job)) return; // adopted
    }
    podControl.removeTrackingFinalizer(pod);
  }

  // syncJob
  private void syncJob(String key) {
    int slash = key.indexOf('/');
    Job job = api.find(Job.class, key.substring(0, slash), key.substring(slash + 1)).orElse(null);
    if (job == null || JobStatusDraft.isJobFinished(job)) {
      backoff.remove(key);
      return;
    }
    JobSpec spec = job.spec();
    if (spec == null || spec.selector() == null || spec.template() == null) {
      return; // not a valid Job: the API server gives every Job a selector and a template
    }
    String mode = spec.completionMode();
    if (mode != null && !mode.equals(JobSpec.NON_INDEXED) && !mode.equals(JobSpec.INDEXED)) {
      recorder.event(
          job,
          Event.TYPE_WARNING,
          "UnknownCompletionMode",
          "Skipped Job sync because completion mode is unknown");
      return;
    }
    // getPodsForJob: all pods of the namespace, claimed by selector and controller reference
    List<Pod> claimed =
        podControl.claimPods(
            job, Selector.from(spec.selector()), api.list(Pod.class, job.metadata().namespace()));
    deferred = null;
    new JobSync(this, key, job).syncJob(claimed);
    if (deferred != null) throw deferred; // manageJob's error, after the status was written
  }

  void deferError(ApiException e) {
    deferred = e;
  }

  ApiServer api() {
    return api;
  }

  EventLoop loop() {
    return loop;
  }

  EventRecorder.ComponentRecorder recorder() {
    return recorder;
  }

  WorkQueue queue() {
    return queue;
  }

  JobPodControl podControl() {
    return podControl;
  }

  Backoff backoff() {
    return backoff;
  }
}
