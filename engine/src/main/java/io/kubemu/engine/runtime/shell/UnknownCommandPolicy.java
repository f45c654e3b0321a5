package io.kubemu.engine.runtime.shell;

/**
 * What a command the shell does not simulate does (a server such as {@code nginx}, {@code java -jar
 * app.jar}, {@code /docker-entrypoint.sh}, {@code redis-cli ping}). Each such command is also
 * recorded in {@link ShellProcess#notes()}.
 */
public enum UnknownCommandPolicy {
  /**
   * The command runs forever: the process becomes {@link Step.LongRunning} (its background jobs, if
   * any, go on). The default, right for a container's main command: an image's server never exits.
   */
  LONG_RUNNING,
  /** The command succeeds at once with no output: right for exec probes and hooks. */
  SUCCEED,
  /** The command fails as on a real shell without it: {@code sh: x: not found}, status 127. */
  NOT_FOUND
}
