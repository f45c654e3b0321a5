package io.kubemu.engine.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a {@link ContainerBehavior} is told about one container instance.
 *
 * @param namespace the pod's namespace
 * @param pod the pod's name
 * @param podUid the pod's uid
 * @param node the node the pod runs on
 * @param container the container's name
 * @param image the image reference as the spec writes it
 * @param initContainer whether it is one of {@code spec.initContainers}
 * @param restartCount the restarts before this instance (0 for the first one)
 * @param argv the command line it runs: {@code command}/{@code args} resolved against the image's
 *     ENTRYPOINT and CMD, {@code $(VAR)} expanded
 * @param startedAt when this instance started; null before it started (e.g. while pulling)
 */
public record ContainerInfo(
    String namespace,
    String pod,
    String podUid,
    String node,
    String container,
    String image,
    boolean initContainer,
    int restartCount,
    List<String> argv,
    Instant startedAt) {

  public ContainerInfo {
    argv = argv == null ? List.of() : List.copyOf(argv);
  }

  /** {@return {@code namespace/pod}} */
  public String podKey() {
    return namespace + "/" + pod;
  }

  /** {@return the time since this instance started, zero before it started} */
  public Duration runningFor(Instant now) {
    return startedAt == null || now.isBefore(startedAt)
        ? Duration.ZERO
        : Duration.between(startedAt, now);
  }

  /** {@return the same container once started at {@code startedAt}} */
  public ContainerInfo withStartedAt(Instant startedAt) {
    return new ContainerInfo(
        namespace,
        pod,
        podUid,
        node,
        container,
        image,
        initContainer,
        restartCount,
        argv,
        startedAt);
  }
}
