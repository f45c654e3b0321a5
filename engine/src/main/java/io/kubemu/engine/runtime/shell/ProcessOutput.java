package io.kubemu.engine.runtime.shell;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a process's output as log lines, in the order written. A line is complete at its
 * newline; a trailing partial line is reported by {@link #lines()} too. Not thread-safe.
 */
public final class ProcessOutput implements OutputSink {
  private final List<LogLine> lines = new ArrayList<>();
  private final StringBuilder stdout = new StringBuilder();
  private final StringBuilder stderr = new StringBuilder();
  private final StringBuilder[] partial = {new StringBuilder(), new StringBuilder()};
  private final Instant[] partialSince = new Instant[2];

  @Override
  public void write(LogLine.Stream stream, String text, Instant time) {
    (stream == LogLine.Stream.STDOUT ? stdout : stderr).append(text);
    int s = stream.ordinal();
    int start = 0;
    int nl;
    while ((nl = text.indexOf('\n', start)) >= 0) {
      partial[s].append(text, start, nl);
      lines.add(new LogLine(time, stream, partial[s].toString()));
      partial[s].setLength(0);
      partialSince[s] = null;
      start = nl + 1;
    }
    if (start < text.length()) {
      if (partialSince[s] == null) {
        partialSince[s] = time;
      }
      partial[s].append(text, start, text.length());
    }
  }

  /** Every line so far (both streams, in order), then any unfinished stdout and stderr line. */
  public List<LogLine> lines() {
    List<LogLine> all = new ArrayList<>(lines);
    for (LogLine.Stream stream : LogLine.Stream.values()) {
      int s = stream.ordinal();
      if (partial[s].length() > 0) {
        all.add(new LogLine(partialSince[s], stream, partial[s].toString()));
      }
    }
    return all;
  }

  /** The texts of {@link #lines()}. */
  public List<String> texts() {
    return lines().stream().map(LogLine::text).toList();
  }

  /** Everything written to stdout, verbatim. */
  public String stdout() {
    return stdout.toString();
  }

  /** Everything written to stderr, verbatim. */
  public String stderr() {
    return stderr.toString();
  }
}
