package io.kubemu.engine.runtime.shell;

import java.time.Instant;

/**
 * Where a process's stdout and stderr go. Text arrives in the chunks commands write ({@code echo
 * -n} writes a partial line); {@link ProcessOutput} collects it into {@link LogLine}s.
 */
@FunctionalInterface
public interface OutputSink {

  /** Receives {@code text} written to {@code stream} at virtual time {@code time}. */
  void write(LogLine.Stream stream, String text, Instant time);

  /** A sink that drops everything (the default of {@link ShellContext}). */
  static OutputSink discard() {
    return (stream, text, time) -> {};
  }
}
