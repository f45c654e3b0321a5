package io.kubemu.engine.runtime.shell;

import java.util.Arrays;

/** A command's file descriptors 0 to 9: where each reads from or writes to. Immutable. */
final class Fds {
  static final int SIZE = 10;

  /** Where a descriptor points. */
  sealed interface Target permits Std, Discard, FileOut, Buffer, Input, Closed {}

  /** The process's own stdout and stderr (the container log). */
  enum Std implements Target {
    STDOUT,
    STDERR
  }

  /** {@code /dev/null} for writing. */
  enum Discard implements Target {
    INSTANCE
  }

  /** A closed descriptor ({@code >&-}). */
  enum Closed implements Target {
    INSTANCE
  }

  /** A file opened for writing (truncated or created when the redirection was applied). */
  record FileOut(String path) implements Target {}

  /** Captured output: a command substitution or the write end of a pipe. */
  record Buffer(StringBuilder text) implements Target {}

  /** Input text (a file read when opened, a pipe, a here-document) with a read position. */
  static final class Input implements Target {
    private final String text;
    private int pos;

    Input(String text) {
      this.text = text;
    }

    /** The rest of the input (and nothing after it). */
    String readAll() {
      String rest = text.substring(pos);
      pos = text.length();
      return rest;
    }

    /** The next line without its newline, or null at end of input. */
    String readLine() {
      if (pos >= text.length()) {
        return null;
      }
      int nl = text.indexOf('\n', pos);
      String line = nl < 0 ? text.substring(pos) : text.substring(pos, nl);
      pos = nl < 0 ? text.length() : nl + 1;
      return line;
    }
  }

  private final Target[] targets;

  private Fds(Target[] targets) {
    this.targets = targets;
  }

  /** stdin from {@code stdin}, stdout and stderr to the process's streams, the rest closed. */
  static Fds standard(Input stdin) {
    Target[] t = new Target[SIZE];
    Arrays.fill(t, Closed.INSTANCE);
    t[0] = stdin;
    t[1] = Std.STDOUT;
    t[2] = Std.STDERR;
    return new Fds(t);
  }

  Target get(int fd) {
    return fd >= 0 && fd < SIZE ? targets[fd] : Closed.INSTANCE;
  }

  Fds with(int fd, Target target) {
    if (fd < 0 || fd >= SIZE) {
      return this;
    }
    Target[] t = targets.clone();
    t[fd] = target;
    return new Fds(t);
  }
}
