package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.fs.FileSystemView;
import io.kubemu.engine.runtime.fs.FsPaths;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One run of a builtin: its arguments, streams and the shell it runs in. */
final class Invocation {
  final List<String> argv;
  final Io io;
  final ShellState state;
  final Frame frame;
  final Interpreter shell;

  /** Assignments written before the command ({@code X=1 env}). */
  final Map<String, String> tempEnv;

  /** For {@code [[}: each word as a glob pattern (quoted parts escaped); null otherwise. */
  final List<String> patterns;

  Invocation(
      List<String> argv,
      Io io,
      ShellState state,
      Frame frame,
      Interpreter shell,
      Map<String, String> tempEnv,
      List<String> patterns) {
    this.argv = argv;
    this.io = io;
    this.state = state;
    this.frame = frame;
    this.shell = shell;
    this.tempEnv = tempEnv;
    this.patterns = patterns;
  }

  /** The command name as written ({@code argv[0]}), without directories. */
  String name() {
    return FsPaths.name(argv.get(0));
  }

  /** The arguments after the command name. */
  List<String> args() {
    return argv.subList(1, argv.size());
  }

  FileSystemView fs() {
    return shell.fs;
  }

  Instant now() {
    return shell.time;
  }

  /** {@code sh} or {@code bash}: the prefix of the shell's own error messages. */
  String shellName() {
    return shell.shellName;
  }

  /** The absolute path of {@code path} relative to the working directory. */
  String resolve(String path) {
    return FsPaths.resolve(state.cwd, path);
  }

  void out(String text) {
    io.out(text);
  }

  void err(String text) {
    io.err(text);
  }

  /** Prints {@code message} and a newline to stderr and returns {@code status}. */
  Outcome fail(int status, String message) {
    io.err(message + "\n");
    return Outcome.status(status);
  }
}
