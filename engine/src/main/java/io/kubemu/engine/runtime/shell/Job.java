package io.kubemu.engine.runtime.shell;

import java.time.Instant;
import java.util.ArrayDeque;

/** A thread of execution of a process: the main script, or a command started with {@code &}. */
final class Job {
  enum State {
    RUNNABLE,
    SLEEPING,
    /** In {@code wait}: runnable again when all its children are done. */
    WAITING,
    /** Will never do anything again, but never ends either. */
    LONG_RUNNING,
    DONE
  }

  final int id;
  final Job parent;
  final ArrayDeque<Frame> frames = new ArrayDeque<>(4);
  State state = State.RUNNABLE;
  Instant wakeAt;
  String reason;
  int exitStatus;
  long sleeps;

  Job(int id, Job parent, Frame root) {
    this.id = id;
    this.parent = parent;
    frames.push(root);
  }
}
