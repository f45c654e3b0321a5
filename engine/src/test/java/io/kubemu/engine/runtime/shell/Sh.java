package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.fs.FileSystemView;
import io.kubemu.engine.runtime.fs.ImageFiles;
import java.time.Instant;
import java.util.List;

/** Test helper: runs a command line to its end, following its sleeps on virtual time. */
final class Sh {
  static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  /** What a run produced. */
  record Result(Step step, String stdout, String stderr, List<String> notes, Instant end) {
    int exitCode() {
      return ((Step.Exited) step).exitCode();
    }
  }

  private Sh() {}

  /** {@code sh -c script} over a busybox-like root. */
  static Result sh(String script) {
    return run(List.of("sh", "-c", script), ImageFiles.rootFor("busybox"));
  }

  static Result sh(String script, FileSystemView fs) {
    return run(List.of("sh", "-c", script), fs);
  }

  static Result run(List<String> argv, FileSystemView fs) {
    return run(argv, ShellContext.of(fs));
  }

  static Result run(List<String> argv, ShellContext context) {
    ProcessOutput out = new ProcessOutput();
    ShellProcess p = Shell.parse(argv).start(context.withOutput(out));
    Step step = p.run(T0);
    for (int i = 0; i < 10_000 && step instanceof Step.Sleeping s; i++) {
      step = p.run(s.wakeAt());
    }
    return new Result(step, out.stdout(), out.stderr(), p.notes(), p.time());
  }
}
