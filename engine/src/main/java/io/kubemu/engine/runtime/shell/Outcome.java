package io.kubemu.engine.runtime.shell;

import java.time.Duration;
import java.util.List;

/** What a builtin asks of the interpreter once it has run. */
sealed interface Outcome {

  /** Done with this exit status. */
  record Status(int code) implements Outcome {}

  /** Sleep this long (status 0 afterwards). */
  record Sleep(Duration duration) implements Outcome {}

  /** Never ends: the job becomes long-running. */
  record Forever(String reason) implements Outcome {}

  /** {@code exit}: end the shell. */
  record Exit(int code) implements Outcome {}

  /** {@code return}: end the function or sourced file. */
  record Return(int code) implements Outcome {}

  /** {@code break n} ({@code again}: false) or {@code continue n} ({@code again}: true). */
  record LoopControl(int levels, boolean again) implements Outcome {}

  /** Run compiled code in a new frame: a nested shell, {@code eval} or {@code .}. */
  record RunCode(Code code, ShellState state, Frame.Kind kind, List<String> positional, String arg0)
      implements Outcome {}

  /** Run another command line ({@code exec}, {@code env cmd}, {@code command cmd}). */
  record Delegate(List<String> argv, boolean exitAfter) implements Outcome {}

  /** {@code wait}: block until the background jobs are done. */
  record Wait() implements Outcome {}

  /** Not a simulated command after all: the unknown-command policy applies. */
  record NotFound() implements Outcome {}

  Outcome OK = new Status(0);
  Outcome FAIL = new Status(1);

  static Outcome status(int code) {
    return code == 0 ? OK : code == 1 ? FAIL : new Status(code);
  }
}
