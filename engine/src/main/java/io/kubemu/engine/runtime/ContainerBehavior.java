package io.kubemu.engine.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a simulated container behaves, where its image and command do not say it: implement the
 * methods you need (or mock the interface with Mockito) and register the behaviour per image or per
 * container with {@link ContainerBehaviors}.
 *
 * <p>Every method returns {@link Optional#empty()} by default, meaning "as the image and command
 * make it": a Mockito mock therefore behaves like the defaults until stubbed. The defaults are:
 *
 * <ul>
 *   <li>pulls take the image's pull duration ({@link ImageConfig#pullDuration()}, 1 s for the
 *       images kubemu knows) and succeed;
 *   <li>a container starts as soon as it is created;
 *   <li>its process is its command line run by the simulated shell ({@link
 *       io.kubemu.engine.runtime.shell.Shell}): {@code sleep 3600} lives 3600 s, a command the
 *       shell does not simulate (an image's server) runs forever, accepting TCP and answering HTTP
 *       at once on its ports;
 *   <li>probes run against that: exec in the container's files, HTTP and TCP against its server;
 *   <li>it uses no notable memory;
 *   <li>on its stop signal a server exits at once (0 for nginx, whose STOPSIGNAL is SIGQUIT; 143 =
 *       128 + SIGTERM for others), while a shell script or {@code sleep} run as PID 1 ignores it
 *       and is killed when the grace period runs out (137).
 * </ul>
 *
 * <p>Implementations are called on the event loop's thread, possibly many times (probes): keep them
 * cheap and deterministic (no wall clock, no unseeded randomness).
 */
public interface ContainerBehavior {

  /** A behaviour that changes nothing. */
  ContainerBehavior DEFAULT = new ContainerBehavior() {};

  /** {@return how long pulling the container's image takes} */
  default Optional<Duration> pullDuration(ContainerInfo container) {
    return Optional.empty();
  }

  /**
   * {@return the error of a pull attempted at {@code now}, present when it fails (the kubelet then
   * reports ErrImagePull and backs off)}
   */
  default Optional<String> pullFailure(ContainerInfo container, Instant now) {
    return Optional.empty();
  }

  /** {@return the time between the container's creation and its start} */
  default Optional<Duration> startDelay(ContainerInfo container) {
    return Optional.empty();
  }

  /**
   * {@return how long after its start the container's server accepts connections: TCP and HTTP
   * probes are refused before}
   */
  default Optional<Duration> timeToReady(ContainerInfo container) {
    return Optional.empty();
  }

  /**
   * {@return an exit of the main process, whatever its command does; the earlier of this and the
   * command's own end wins}
   */
  default Optional<ContainerExit> exit(ContainerInfo container) {
    return Optional.empty();
  }

  /** {@return the memory the container reaches; above its memory limit it is OOMKilled} */
  default Optional<MemoryUse> memory(ContainerInfo container) {
    return Optional.empty();
  }

  /** {@return the answer to a probe, instead of running it against the container} */
  default Optional<ProbeAnswer> probe(ProbeCall call) {
    return Optional.empty();
  }

  /** {@return what the main process does with its stop signal} */
  default Optional<StopResponse> onStopSignal(ContainerInfo container) {
    return Optional.empty();
  }

  // ------------------------------------------------------------------ combinators and shorthands

  /** {@return a behaviour asking this one first and {@code fallback} where this says nothing} */
  default ContainerBehavior orElse(ContainerBehavior fallback) {
    return Layered.of(List.of(this, fallback));
  }

  /** {@return a behaviour whose process exits with {@code exitCode} {@code after} its start} */
  static ContainerBehavior exitsAfter(Duration after, int exitCode) {
    ContainerExit exit = ContainerExit.after(after, exitCode);
    return new ContainerBehavior() {
      @Override
      public Optional<ContainerExit> exit(ContainerInfo container) {
        return Optional.of(exit);
      }
    };
  }

  /** {@return a behaviour whose server accepts connections {@code after} its start} */
  static ContainerBehavior readyAfter(Duration after) {
    return new ContainerBehavior() {
      @Override
      public Optional<Duration> timeToReady(ContainerInfo container) {
        return Optional.of(after);
      }
    };
  }

  /** {@return a behaviour that reaches {@code quantity} (e.g. "300Mi") {@code after} its start} */
  static ContainerBehavior usesMemory(String quantity, Duration after) {
    MemoryUse use = MemoryUse.of(quantity, after);
    return new ContainerBehavior() {
      @Override
      public Optional<MemoryUse> memory(ContainerInfo container) {
        return Optional.of(use);
      }
    };
  }

  /** {@return a behaviour whose image pulls take {@code duration}} */
  static ContainerBehavior pullTakes(Duration duration) {
    return new ContainerBehavior() {
      @Override
      public Optional<Duration> pullDuration(ContainerInfo container) {
        return Optional.of(duration);
      }
    };
  }

  /** {@return a behaviour whose image pulls fail with {@code error}} */
  static ContainerBehavior pullFails(String error) {
    return new ContainerBehavior() {
      @Override
      public Optional<String> pullFailure(ContainerInfo container, Instant now) {
        return Optional.of(error);
      }
    };
  }

  /** {@return a behaviour answering every probe with {@code answer(call)} (empty: run it)} */
  static ContainerBehavior probes(Function<ProbeCall, Optional<ProbeAnswer>> answer) {
    return new ContainerBehavior() {
      @Override
      public Optional<ProbeAnswer> probe(ProbeCall call) {
        return answer.apply(call);
      }
    };
  }

  /** {@return a behaviour answering the stop signal with {@code response}} */
  static ContainerBehavior onStop(StopResponse response) {
    return new ContainerBehavior() {
      @Override
      public Optional<StopResponse> onStopSignal(ContainerInfo container) {
        return Optional.of(response);
      }
    };
  }

  /** Behaviours asked in order; the first non-empty answer wins. */
  final class Layered implements ContainerBehavior {
    private final List<ContainerBehavior> layers;

    private Layered(List<ContainerBehavior> layers) {
      this.layers = layers;
    }

    /** {@return the layers as one behaviour (the first answer wins)} */
    public static ContainerBehavior of(List<ContainerBehavior> layers) {
      List<ContainerBehavior> flat = new ArrayList<>();
      for (ContainerBehavior b : layers) {
        if (b instanceof Layered l) flat.addAll(l.layers);
        else if (b != null && b != DEFAULT) flat.add(b);
      }
      if (flat.isEmpty()) return DEFAULT;
      if (flat.size() == 1) return flat.get(0);
      return new Layered(List.copyOf(flat));
    }

    private <T> Optional<T> first(Function<ContainerBehavior, Optional<T>> ask) {
      for (ContainerBehavior b : layers) {
        Optional<T> v = ask.apply(b);
        if (v != null && v.isPresent()) return v;
      }
      return Optional.empty();
    }

    @Override
    public Optional<Duration> pullDuration(ContainerInfo c) {
      return first(b -> b.pullDuration(c));
    }

    @Override
    public Optional<String> pullFailure(ContainerInfo c, Instant now) {
      return first(b -> b.pullFailure(c, now));
    }

    @Override
    public Optional<Duration> startDelay(ContainerInfo c) {
      return first(b -> b.startDelay(c));
    }

    @Override
    public Optional<Duration> timeToReady(ContainerInfo c) {
      return first(b -> b.timeToReady(c));
    }

    @Override
    public Optional<ContainerExit> exit(ContainerInfo c) {
      return first(b -> b.exit(c));
    }

    @Override
    public Optional<MemoryUse> memory(ContainerInfo c) {
      return first(b -> b.memory(c));
    }

    @Override
    public Optional<ProbeAnswer> probe(ProbeCall call) {
      return first(b -> b.probe(call));
    }

    @Override
    public Optional<StopResponse> onStopSignal(ContainerInfo c) {
      return first(b -> b.onStopSignal(c));
    }
  }
}
