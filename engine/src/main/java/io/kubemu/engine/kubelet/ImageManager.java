package io.kubemu.engine.kubelet;

import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.runtime.ContainerBehavior;
import io.kubemu.engine.runtime.ContainerInfo;
import io.kubemu.engine.runtime.ContainerRuntime;
import io.kubemu.engine.runtime.ImageConfig;
import io.kubemu.engine.runtime.ImageStore;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The kubelet's image manager (pkg/kubelet/images/image_manager.go, v1.30) with its puller: pulls
 * per {@code imagePullPolicy} and the node's image store, one pull at a time when pulls are
 * serialized (the kubelet's default), with the image back-off (10 s doubling to 300 s per pod and
 * image). Events, on the container: Pulling, Pulled ("Successfully pulled image ... in 1s (1s
 * including waiting). Image size: N bytes." or "Container image ... already present on machine"),
 * Failed, BackOff, ErrImageNeverPull.
 */
final class ImageManager {

  /** ErrImagePull. */
  static final String ERR_IMAGE_PULL = "ErrImagePull";

  /** ErrImagePullBackOff. */
  static final String IMAGE_PULL_BACK_OFF = "ImagePullBackOff";

  /** ErrImageNeverPull. */
  static final String ERR_IMAGE_NEVER_PULL = "ErrImageNeverPull";

  /**
   * The outcome of ensureImageExists.
   *
   * @param reason null on success, else the waiting reason
   * @param message the waiting message
   * @param retryAt when a pull may be tried again (back-off), or null
   */
  record Outcome(String reason, String message, Instant retryAt) {
    static final Outcome OK = new Outcome(null, null, null);

    boolean ok() {
      return reason == null;
    }
  }

  private record Request(
      Pod pod,
      Container container,
      ContainerInfo info,
      Instant requested,
      Consumer<Outcome> done) {}

  private final ContainerRuntime runtime;
  private final EventRecorder recorder;
  private final String node;
  private final EventLoop loop;
  private final boolean serialize;
  private final Runnable imagesChanged;
  private final Backoff backoff;
  private final Deque<Request> queue = new ArrayDeque<>();
  private boolean pulling;

  ImageManager(
      ContainerRuntime runtime,
      EventRecorder recorder,
      String node,
      EventLoop loop,
      boolean serialize,
      Runnable imagesChanged) {
    this.runtime = runtime;
    this.recorder = recorder;
    this.node = node;
    this.loop = loop;
    this.serialize = serialize;
    this.imagesChanged = imagesChanged;
    this.backoff = new Backoff(Backoff.INITIAL, Backoff.MAX, loop::now);
  }

  // shouldPullImage
  static boolean shouldPull(String policy, boolean present) {
    if (Container.PULL_NEVER.equals(policy)) return false;
    return Container.PULL_ALWAYS.equals(policy)
        || (Container.PULL_IF_NOT_PRESENT.equals(policy) && !present);
  }

  private void event(Pod pod, Container c, String type, String reason, String message) {
    ObjectReference ref = ContainerRefs.ref(pod, c);
    recorder.record(ref, type, reason, message, KubeletEvents.COMPONENT, node);
  }

  /** EnsureImageExists: calls {@code done} with the outcome, at once or when the pull ends. */
  void ensureImageExists(Pod pod, Container c, ContainerInfo info, Consumer<Outcome> done) {
    String image = c.image();
    boolean present = runtime.images().present(image);
    if (!shouldPull(c.imagePullPolicy(), present)) {
      if (present) {
        event(
            pod,
            c,
            Event.TYPE_NORMAL,
            KubeletEvents.PULLED_IMAGE,
            "Container image \"" + image + "\" already present on machine");
        done.accept(Outcome.OK);
      } else {
        String msg = "Container image \"" + image + "\" is not present with pull policy of Never";
        event(pod, c, Event.TYPE_WARNING, KubeletEvents.ERR_IMAGE_NEVER_PULL_POLICY, msg);
        done.accept(new Outcome(ERR_IMAGE_NEVER_PULL, msg, null));
      }
      return;
    }
    String key = pod.metadata().uid() + "_" + image;
    Instant now = loop.now();
    if (backoff.isInBackOffSinceUpdate(key, now)) {
      String msg = "Back-off pulling image \"" + image + "\"";
      event(pod, c, Event.TYPE_NORMAL, KubeletEvents.BACK_OFF_PULL_IMAGE, msg);
      done.accept(
          new Outcome(IMAGE_PULL_BACK_OFF, msg, backoff.until(key, backoff.lastUpdate(key))));
      return;
    }
    event(
        pod, c, Event.TYPE_NORMAL, KubeletEvents.PULLING_IMAGE, "Pulling image \"" + image + "\"");
    queue.add(new Request(pod, c, info, now, done));
    if (!serialize || !pulling) startNext();
  }

  private void startNext() {
    Request r = queue.poll();
    if (r == null) {
      pulling = false;
      return;
    }
    pulling = true;
    Instant start = loop.now();
    ContainerBehavior b = runtime.behaviorFor(r.info());
    ImageConfig config = runtime.catalogue().lookup(r.container().image());
    Duration duration = b.pullDuration(r.info()).orElse(config.pullDuration());
    Optional<String> failure = b.pullFailure(r.info(), start);
    loop.schedule(
        start.plus(duration),
        "pull of image " + r.container().image() + " on " + node,
        () -> {
          finish(r, start, failure, config);
          if (serialize) startNext();
        });
  }

  private void finish(Request r, Instant start, Optional<String> failure, ImageConfig config) {
    Instant now = loop.now();
    String image = r.container().image();
    String key = r.pod().metadata().uid() + "_" + image;
    if (failure.isPresent()) {
      event(
          r.pod(),
          r.container(),
          Event.TYPE_WARNING,
          KubeletEvents.FAILED_TO_PULL_IMAGE,
          "Failed to pull image \"" + image + "\": " + failure.get());
      backoff.next(key, now);
      r.done().accept(new Outcome(ERR_IMAGE_PULL, failure.get(), now.plus(backoff.get(key))));
      return;
    }
    ImageStore.StoredImage stored = runtime.images().add(image, config.sizeBytes());
    Duration pull = Duration.between(start, now).truncatedTo(ChronoUnit.MILLIS);
    Duration total = Duration.between(r.requested(), now).truncatedTo(ChronoUnit.MILLIS);
    event(
        r.pod(),
        r.container(),
        Event.TYPE_NORMAL,
        KubeletEvents.PULLED_IMAGE,
        "Successfully pulled image \""
            + image
            + "\" in "
            + GoDuration.format(pull)
            + " ("
            + GoDuration.format(total)
            + " including waiting). Image size: "
            + stored.sizeBytes()
            + " bytes.");
    backoff.gc();
    imagesChanged.run();
    r.done().accept(Outcome.OK);
  }
}
