package io.kubemu.engine.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What kubemu knows of an image: its OCI config (ENTRYPOINT, CMD, the ports its server listens on,
 * STOPSIGNAL) and what pulling it costs.
 *
 * @param entrypoint the image's ENTRYPOINT; empty for none
 * @param cmd the image's CMD; empty for none. Both empty: the image's own (not simulated) program,
 *     a long-running server
 * @param ports the ports its server listens on (nginx: 80); servers of an unknown image listen on
 *     the container's declared ports and the ports its own probes name
 * @param files extra files its root holds (absolute path to content), besides {@link
 *     io.kubemu.engine.runtime.fs.ImageFiles}
 * @param stopExitCode the exit code of its server on its stop signal: 0 when the STOPSIGNAL is a
 *     graceful one (nginx's SIGQUIT), 143 (= 128 + SIGTERM) otherwise
 * @param sizeBytes its size, reported in the Pulled event and the node's {@code status.images}
 * @param pullDuration how long a pull takes
 */
public record ImageConfig(
    List<String> entrypoint,
    List<String> cmd,
    List<Integer> ports,
    Map<String, String> files,
    int stopExitCode,
    long sizeBytes,
    Duration pullDuration) {

  /** The pull duration of the images kubemu knows: {@value #DEFAULT_PULL_SECONDS} s. */
  public static final long DEFAULT_PULL_SECONDS = 1;

  /** The size of an image kubemu does not know: 100 MB. */
  public static final long DEFAULT_SIZE_BYTES = 100_000_000L;

  /** An unknown image: its own program, a server stopped by SIGTERM (143), 100 MB, 1 s pull. */
  public static final ImageConfig UNKNOWN =
      new ImageConfig(
          List.of(),
          List.of(),
          List.of(),
          Map.of(),
          143,
          DEFAULT_SIZE_BYTES,
          Duration.ofSeconds(DEFAULT_PULL_SECONDS));

  public ImageConfig {
    entrypoint = List.copyOf(entrypoint);
    cmd = List.copyOf(cmd);
    ports = List.copyOf(ports);
    files = Map.copyOf(new TreeMap<>(files));
    Objects.requireNonNull(pullDuration, "pullDuration");
  }

  /** {@return whether the image runs its own program (no ENTRYPOINT and no CMD known)} */
  public boolean ownProgram() {
    return entrypoint.isEmpty() && cmd.isEmpty();
  }

  /** {@return an image with this ENTRYPOINT and CMD, otherwise as an unknown one} */
  public static ImageConfig of(List<String> entrypoint, List<String> cmd) {
    return UNKNOWN.withEntrypoint(entrypoint).withCmd(cmd);
  }

  public ImageConfig withEntrypoint(List<String> entrypoint) {
    return new ImageConfig(entrypoint, cmd, ports, files, stopExitCode, sizeBytes, pullDuration);
  }

  public ImageConfig withCmd(List<String> cmd) {
    return new ImageConfig(entrypoint, cmd, ports, files, stopExitCode, sizeBytes, pullDuration);
  }

  public ImageConfig withPorts(List<Integer> ports) {
    return new ImageConfig(entrypoint, cmd, ports, files, stopExitCode, sizeBytes, pullDuration);
  }

  public ImageConfig withFiles(Map<String, String> files) {
    return new ImageConfig(entrypoint, cmd, ports, files, stopExitCode, sizeBytes, pullDuration);
  }

  public ImageConfig withStopExitCode(int stopExitCode) {
    return new ImageConfig(entrypoint, cmd, ports, files, stopExitCode, sizeBytes, pullDuration);
  }

  public ImageConfig withSizeBytes(long sizeBytes) {
    return new ImageConfig(entrypoint, cmd, ports, files, stopExitCode, sizeBytes, pullDuration);
  }

  public ImageConfig withPullDuration(Duration pullDuration) {
    return new ImageConfig(entrypoint, cmd, ports, files, stopExitCode, sizeBytes, pullDuration);
  }
}
