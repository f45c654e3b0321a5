package io.kubemu.engine.runtime.shell;

import java.util.List;
import java.util.Optional;

/**
 * A parsed container command line, ready to run any number of times: immutable and thread-safe, so
 * a kubelet can parse a probe's command once and {@link #start} it at every period.
 */
public final class Script {
  private final List<String> argv;
  private final Code code;
  private final ShellInvocation invocation;
  private final String syntaxError;

  Script(List<String> argv, Code code, ShellInvocation invocation, String syntaxError) {
    this.argv = List.copyOf(argv);
    this.code = code;
    this.invocation = invocation;
    this.syntaxError = syntaxError;
  }

  /** The command line as given. */
  public List<String> argv() {
    return argv;
  }

  /**
   * The syntax error of a {@code sh -c} script that does not parse, as the shell prints it ({@code
   * sh: syntax error: unexpected end of file}); running it prints that and exits with status 2.
   */
  public Optional<String> syntaxError() {
    return Optional.ofNullable(syntaxError);
  }

  /** A new process of this script; it starts at its first {@link ShellProcess#run}. */
  public ShellProcess start(ShellContext context) {
    return new ShellProcess(new Interpreter(context, code, invocation));
  }

  @Override
  public String toString() {
    return "Script" + argv;
  }
}
