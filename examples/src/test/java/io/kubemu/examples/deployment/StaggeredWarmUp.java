package io.kubemu.examples.deployment;

import io.kubemu.engine.runtime.ContainerBehavior;
import io.kubemu.engine.runtime.ProbeAnswer;
import io.kubemu.engine.runtime.ProbeCall;
import io.kubemu.engine.runtime.ProbeType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A container behaviour for pods that warm up at different speeds: the readiness probe fails (HTTP
 * 503) until the container has run its warm-up, 5 s for the first pod probed, 10 s more for each
 * next one (5, 15, 25 ... s). Liveness and startup probes are left to the image. Deterministic: the
 * order is the order of the pods' first readiness probes.
 */
final class StaggeredWarmUp implements ContainerBehavior {
  private static final Duration FIRST = Duration.ofSeconds(5);
  private static final Duration STEP = Duration.ofSeconds(10);

  private final Map<String, Duration> warmUps = new LinkedHashMap<>();

  @Override
  public Optional<ProbeAnswer> probe(ProbeCall call) {
    if (call.type() != ProbeType.READINESS) return Optional.empty();
    String pod = call.container().podUid();
    Duration warmUp = warmUps.get(pod);
    if (warmUp == null) {
      warmUp = FIRST.plus(STEP.multipliedBy(warmUps.size()));
      warmUps.put(pod, warmUp);
    }
    if (call.sinceStart().compareTo(warmUp) >= 0) return Optional.empty();
    return Optional.of(ProbeAnswer.failure("HTTP probe failed with statuscode: 503"));
  }
}
