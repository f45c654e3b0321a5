package io.kubemu.engine.runtime.shell;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;

/** One activation of compiled code: a shell or subshell, a function call, an eval or a source. */
final class Frame {
  enum Kind {
    /** A shell or subshell: {@code exit} ends it. */
    SHELL,
    /** A function call: {@code return} ends it; shares its caller's state. */
    FUNCTION,
    /** {@code . file}: {@code return} ends it; shares its caller's state and parameters. */
    SOURCE,
    /** {@code eval}: shares its caller's state and parameters. */
    EVAL
  }

  /**
   * A loop being run: where {@code break}/{@code continue} go and what the last body status was.
   */
  static final class Loop {
    final int breakTarget;
    final int continueTarget;
    final boolean busyCheck;
    final int redirectDepth;
    List<String> values;
    String name;
    int index;
    int lastStatus;
    Snapshot snapshot;

    Loop(int breakTarget, int continueTarget, boolean busyCheck, int redirectDepth) {
      this.breakTarget = breakTarget;
      this.continueTarget = continueTarget;
      this.busyCheck = busyCheck;
      this.redirectDepth = redirectDepth;
    }
  }

  /**
   * What a loop iteration could depend on. Two equal snapshots at the start of consecutive
   * iterations, with no sleep, mean the loop repeats itself forever.
   */
  record Snapshot(
      Map<String, String> vars,
      String cwd,
      int status,
      List<String> positional,
      long fileChanges,
      long sleeps,
      long progress) {}

  final Code code;
  final Kind kind;
  final ShellState state;
  final String[] slots;
  final ArrayDeque<Fds> redirects = new ArrayDeque<>(4);
  final ArrayDeque<Loop> loops = new ArrayDeque<>(2);
  int pc;
  List<String> positional;
  final String arg0;

  /** Captured stdout (command substitution or pipe), or null. */
  final StringBuilder capture;

  /** The caller's slot for a command substitution, or -1. */
  final int captureSlot;

  /** Whether the captured stdout feeds the caller's pipe register. */
  final boolean toPipe;

  /** Whether this is an element of a pipeline (its status counts for pipefail). */
  final boolean pipeElement;

  /** The pipe register: output of the previous pipeline element. */
  String pipe = "";

  int pipeFailStatus;

  /** Set by {@code exec}: the frame ends as soon as the command it ran is done. */
  boolean exitAfter;

  Frame(
      Code code,
      Kind kind,
      ShellState state,
      List<String> positional,
      String arg0,
      Fds fds,
      StringBuilder capture,
      int captureSlot,
      boolean toPipe,
      boolean pipeElement) {
    this.code = code;
    this.kind = kind;
    this.state = state;
    this.positional = positional;
    this.arg0 = arg0;
    this.slots = new String[code.slotCount()];
    this.capture = capture;
    this.captureSlot = captureSlot;
    this.toPipe = toPipe;
    this.pipeElement = pipeElement;
    redirects.push(fds);
  }

  Fds fds() {
    return redirects.peek();
  }
}
