package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * Run a command in the container; exit status 0 is success.
 *
 * @param command not run in a shell unless it calls one
 */
public record ExecAction(List<String> command) {

  public ExecAction {
    command = Copies.list(command);
  }

  /** {@return an action running this command} */
  public static ExecAction of(String... command) {
    return new ExecAction(List.of(command));
  }
}
