package io.kubemu.engine.runtime.shell;

import java.time.Instant;

/**
 * One line a container wrote, as the container runtime's log keeps it ({@code kubectl logs} shows
 * {@link #text}; {@code --timestamps} adds {@link #time}).
 *
 * @param time the virtual time the line was completed (its first character was written, for a final
 *     line without newline)
 * @param stream which stream it went to
 * @param text the line without its newline
 */
public record LogLine(Instant time, Stream stream, String text) {

  /** The CRI log streams. */
  public enum Stream {
    STDOUT,
    STDERR
  }
}
