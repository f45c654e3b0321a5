package io.kubemu.engine.runtime.shell;

/**
 * A word that cannot be expanded ({@code ${x:?}}, an unset variable under {@code set -u}, bad
 * arithmetic). {@code fatal}: a non-interactive shell exits, as POSIX requires for {@code ${x:?}}
 * and {@code set -u}; otherwise the command fails with status 1.
 */
final class ExpansionError extends Exception {
  private static final long serialVersionUID = 1L;
  final boolean fatal;

  ExpansionError(String message, boolean fatal) {
    super(message);
    this.fatal = fatal;
  }
}
