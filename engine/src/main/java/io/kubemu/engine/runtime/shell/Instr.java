package io.kubemu.engine.runtime.shell;

import java.util.List;

/**
 * The interpreter's instructions. A script is compiled to a flat list of these with jump targets,
 * so that a process can stop at any {@code sleep} and resume later from its program counter.
 */
sealed interface Instr {

  /**
   * Expands and runs a simple command; {@code substituted}: its command substitutions ran just
   * before.
   */
  record Run(Node.Simple command, boolean substituted) implements Instr {}

  /**
   * Runs {@code code} in a new frame over a copy of the shell's state (a subshell): for {@code (
   * )}, command substitutions (stdout captured into {@code captureSlot} when not -1) and pipeline
   * elements (stdin from / stdout to the frame's pipe register).
   */
  record Call(Code code, int captureSlot, boolean stdinFromPipe, boolean stdoutToPipe)
      implements Instr {}

  /** Starts a pipeline: clears the pipe register and the pipefail status. */
  record PipeStart() implements Instr {}

  /** Ends a pipeline: with {@code pipefail}, the status is the last non-zero element status. */
  record PipeEnd() implements Instr {}

  record Jump(int target) implements Instr {}

  record JumpIfFail(int target) implements Instr {}

  record JumpIfOk(int target) implements Instr {}

  /** {@code !}: status 0 becomes 1, anything else 0. */
  record Negate() implements Instr {}

  record SetStatus(int status) implements Instr {}

  /** With {@code set -e}, a non-zero status here exits the shell. */
  record ErrExit() implements Instr {}

  /**
   * Applies redirections for a compound command; on failure sets status 1 and jumps to {@code
   * skip}.
   */
  record PushRedirects(List<Node.Redirect> redirects, int skip) implements Instr {}

  record PopRedirects() implements Instr {}

  /**
   * Enters a {@code while}/{@code until} loop ({@code busyCheck}) or the body of a {@code for}
   * loop. {@code breakTarget} is its {@link LoopExit}, {@code continueTarget} its {@link LoopBack}.
   */
  record LoopEnter(int breakTarget, int continueTarget, boolean busyCheck) implements Instr {}

  /** Enters a {@code for} loop: expands the words ({@code null}: {@code "$@"}) once. */
  record ForEnter(String name, List<Word> words, int breakTarget, int continueTarget)
      implements Instr {}

  /** Assigns the next {@code for} value, or jumps to {@code exit} when there is none. */
  record ForNext(int exit) implements Instr {}

  /** End of a loop iteration: remembers the body's status, detects busy loops, jumps back. */
  record LoopBack(int target) implements Instr {}

  /** Leaves a loop; the status is the last body status (0 when the body never ran). */
  record LoopExit() implements Instr {}

  /** Jumps to {@code next} unless the subject matches one of the patterns. */
  record CaseTest(Word subject, List<Word> patterns, int next) implements Instr {}

  /** {@code body &}: starts a background job. */
  record Spawn(Code code) implements Instr {}

  /** Defines a function. */
  record Define(String name, Code body) implements Instr {}

  /** Prints {@code message} to stderr and sets {@code status} (a script that does not parse). */
  record Fail(String message, int status) implements Instr {}

  /** The process runs forever from here (e.g. an image's own entrypoint, not simulated). */
  record Forever(String reason) implements Instr {}
}
