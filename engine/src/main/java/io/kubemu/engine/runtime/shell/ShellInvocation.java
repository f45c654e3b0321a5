package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.fs.FsPaths;
import java.util.List;
import java.util.Set;

/**
 * A shell's command line parsed: {@code sh [-eux] [-o option] -c 'script' [arg0 [args...]]}, {@code
 * sh [options] file [args...]}, or {@code sh} alone (script from stdin). Long options ({@code
 * --login}, ...) and {@code -l -i -s -v} are accepted and ignored.
 *
 * @param shellName {@code bash} for bash, otherwise {@code sh}: the prefix of the shell's messages
 * @param command the {@code -c} script, or null
 * @param file the script file, or null
 * @param arg0 {@code $0}
 * @param positional {@code $1}...
 * @param error a usage error ({@code sh: -c: option requires an argument}), or null
 */
record ShellInvocation(
    String shellName,
    String command,
    String file,
    String arg0,
    List<String> positional,
    boolean errexit,
    boolean xtrace,
    boolean nounset,
    boolean pipefail,
    String error) {

  private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "ksh", "zsh");

  /** Whether a program name (no directories) is a shell this interpreter stands in for. */
  static boolean isShell(String program) {
    return SHELLS.contains(program);
  }

  /** The invocation of a plain command line (no shell): options off, no parameters. */
  static ShellInvocation plain(List<String> argv) {
    return new ShellInvocation(
        "sh",
        null,
        null,
        argv.isEmpty() ? "sh" : argv.get(0),
        List.of(),
        false,
        false,
        false,
        false,
        null);
  }

  static ShellInvocation parse(List<String> argv) {
    String name = FsPaths.name(argv.get(0)).equals("bash") ? "bash" : "sh";
    boolean command = false;
    boolean errexit = false;
    boolean xtrace = false;
    boolean nounset = false;
    boolean pipefail = false;
    int i = 1;
    while (i < argv.size()) {
      String a = argv.get(i);
      if (a.equals("--") || a.equals("-")) {
        i++;
        break;
      }
      if (a.startsWith("--")) {
        i++;
        continue;
      }
      if (a.length() < 2 || (a.charAt(0) != '-' && a.charAt(0) != '+')) {
        break;
      }
      boolean on = a.charAt(0) == '-';
      i++;
      for (int k = 1; k < a.length(); k++) {
        char c = a.charAt(k);
        switch (c) {
          case 'c' -> command = true;
          case 'e' -> errexit = on;
          case 'x' -> xtrace = on;
          case 'u' -> nounset = on;
          case 'l', 'i', 's', 'v', 'h', 'm', 'B', 'H', 'P' -> {}
          case 'o' -> {
            String option = i < argv.size() ? argv.get(i++) : "";
            switch (option) {
              case "errexit" -> errexit = on;
              case "xtrace" -> xtrace = on;
              case "nounset" -> nounset = on;
              case "pipefail" -> pipefail = on;
              default -> {}
            }
          }
          default -> {
            return failed(name, name + ": " + a.charAt(0) + c + ": invalid option");
          }
        }
      }
    }
    List<String> rest = argv.subList(i, argv.size());
    if (command) {
      if (rest.isEmpty()) {
        return failed(name, name + ": -c: option requires an argument");
      }
      String arg0 = rest.size() > 1 ? rest.get(1) : argv.get(0);
      List<String> positional =
          rest.size() > 2 ? List.copyOf(rest.subList(2, rest.size())) : List.of();
      return new ShellInvocation(
          name, rest.get(0), null, arg0, positional, errexit, xtrace, nounset, pipefail, null);
    }
    if (!rest.isEmpty()) {
      return new ShellInvocation(
          name,
          null,
          rest.get(0),
          rest.get(0),
          List.copyOf(rest.subList(1, rest.size())),
          errexit,
          xtrace,
          nounset,
          pipefail,
          null);
    }
    return new ShellInvocation(
        name, null, null, argv.get(0), List.of(), errexit, xtrace, nounset, pipefail, null);
  }

  private static ShellInvocation failed(String name, String error) {
    return new ShellInvocation(
        name, null, null, name, List.of(), false, false, false, false, error);
  }

  void applyOptions(ShellState state) {
    state.errexit = errexit;
    state.xtrace = xtrace;
    state.nounset = nounset;
    state.pipefail = pipefail;
  }
}
