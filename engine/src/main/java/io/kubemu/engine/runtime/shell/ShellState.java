package io.kubemu.engine.runtime.shell;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A shell's variables, working directory, options, functions and last status. A subshell gets a
 * copy; a function shares its caller's.
 */
final class ShellState {
  final LinkedHashMap<String, String> vars = new LinkedHashMap<>();
  final Set<String> exported = new LinkedHashSet<>();
  final Map<String, Code> functions = new TreeMap<>();
  String cwd;
  int status;
  boolean errexit;
  boolean xtrace;
  boolean nounset;
  boolean pipefail;

  /** {@code $!}: the job id of the last background command, or null. */
  String lastBackground;

  ShellState(String cwd) {
    this.cwd = cwd;
  }

  ShellState copy() {
    ShellState c = new ShellState(cwd);
    c.vars.putAll(vars);
    c.exported.addAll(exported);
    c.functions.putAll(functions);
    c.status = status;
    c.errexit = errexit;
    c.xtrace = xtrace;
    c.nounset = nounset;
    c.pipefail = pipefail;
    c.lastBackground = lastBackground;
    return c;
  }

  String get(String name) {
    return vars.get(name);
  }

  void set(String name, String value) {
    vars.put(name, value);
  }

  void export(String name) {
    exported.add(name);
  }

  void unset(String name) {
    vars.remove(name);
    exported.remove(name);
  }

  /** The exported variables with values, in definition order: what a child process sees. */
  Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : vars.entrySet()) {
      if (exported.contains(e.getKey())) {
        env.put(e.getKey(), e.getValue());
      }
    }
    return env;
  }

  /** {@code $-}: the single-letter options that are on. */
  String flags() {
    return (errexit ? "e" : "") + (nounset ? "u" : "") + (xtrace ? "x" : "");
  }
}
