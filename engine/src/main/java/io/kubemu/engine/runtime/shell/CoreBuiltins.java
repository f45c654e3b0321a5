package io.kubemu.engine.runtime.shell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shell builtins and process-level commands: {@code : true false exit return break continue sleep
 * cd pwd export unset set shift local read eval . source exec command which env printenv hostname
 * whoami id uname wait trap ulimit umask} and the shells themselves ({@code sh bash ash dash}).
 */
final class CoreBuiltins {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SLEEP_ARG =
      Pattern.compile("((?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)([smhd]?)");

  /** Sleeps longer than this (about 31,700 years) never wake up in practice. */
  private static final BigDecimal FOREVER_SECONDS = new BigDecimal("1e12");

  private CoreBuiltins() {}

  static void register(Map<String, Builtin> m) {
    m.put(":", inv -> Outcome.OK);
    m.put("true", inv -> Outcome.OK);
    m.put("false", inv -> Outcome.FAIL);
    m.put("exit", CoreBuiltins::exit);
    m.put("return", CoreBuiltins::returnCommand);
    m.put("break", inv -> loopControl(inv, false));
    m.put("continue", inv -> loopControl(inv, true));
    m.put("sleep", CoreBuiltins::sleep);
    m.put("cd", CoreBuiltins::cd);
    m.put("pwd", inv -> print(inv, inv.state.cwd));
    m.put("export", CoreBuiltins::export);
    m.put("unset", CoreBuiltins::unset);
    m.put("set", CoreBuiltins::set);
    m.put("shift", CoreBuiltins::shift);
    m.put("local", CoreBuiltins::local);
    m.put("read", CoreBuiltins::read);
    m.put("eval", CoreBuiltins::eval);
    m.put(".", CoreBuiltins::source);
    m.put("source", CoreBuiltins::source);
    m.put("exec", CoreBuiltins::exec);
    m.put("command", CoreBuiltins::command);
    m.put("which", CoreBuiltins::which);
    m.put("env", CoreBuiltins::env);
    m.put("printenv", CoreBuiltins::printenv);
    m.put("hostname", inv -> print(inv, hostname(inv)));
    m.put("whoami", inv -> print(inv, "root"));
    m.put("id", inv -> print(inv, "uid=0(root) gid=0(root) groups=0(root)"));
    m.put("uname", CoreBuiltins::uname);
    m.put("wait", inv -> new Outcome.Wait());
    m.put("trap", inv -> Outcome.OK);
    m.put("ulimit", inv -> inv.args().isEmpty() ? print(inv, "unlimited") : Outcome.OK);
    m.put("umask", inv -> inv.args().isEmpty() ? print(inv, "0022") : Outcome.OK);
    for (String shell : List.of("sh", "bash", "ash", "dash", "ksh", "zsh")) {
      m.put(shell, CoreBuiltins::shell);
    }
  }

  static Outcome print(Invocation inv, String line) {
    inv.out(line + "\n");
    return Outcome.OK;
  }

  private static String hostname(Invocation inv) {
    String h = inv.state.get("HOSTNAME");
    return h == null || h.isEmpty() ? "localhost" : h;
  }

  private static Outcome exit(Invocation inv) {
    if (inv.args().isEmpty()) {
      return new Outcome.Exit(inv.state.status);
    }
    String a = inv.args().get(0);
    if (!a.matches("[-+]?[0-9]+")) {
      inv.err(inv.shellName() + ": exit: " + a + ": numeric argument required\n");
      return new Outcome.Exit(2);
    }
    return new Outcome.Exit((int) (Long.parseLong(a) & 0xFF));
  }

  private static Outcome returnCommand(Invocation inv) {
    if (inv.args().isEmpty()) {
      return new Outcome.Return(inv.state.status);
    }
    String a = inv.args().get(0);
    if (!a.matches("[-+]?[0-9]+")) {
      inv.err(inv.shellName() + ": return: " + a + ": numeric argument required\n");
      return new Outcome.Return(2);
    }
    return new Outcome.Return((int) (Long.parseLong(a) & 0xFF));
  }

  private static Outcome loopControl(Invocation inv, boolean again) {
    int levels = 1;
    if (!inv.args().isEmpty()) {
      String a = inv.args().get(0);
      if (!a.matches("[0-9]+") || Integer.parseInt(a) < 1) {
        return inv.fail(
            1, inv.shellName() + ": " + inv.name() + ": " + a + ": loop count out of range");
      }
      levels = Integer.parseInt(a);
    }
    return new Outcome.LoopControl(levels, again);
  }

  /** GNU {@code sleep}: the sum of its arguments, each a number with an optional s/m/h/d suffix. */
  private static Outcome sleep(Invocation inv) {
    if (inv.args().isEmpty()) {
      return inv.fail(1, "sleep: missing operand\nTry 'sleep --help' for more information.");
    }
    BigDecimal total = BigDecimal.ZERO;
    for (String a : inv.args()) {
      if (a.equals("infinity") || a.equals("inf")) {
        return new Outcome.Forever("`sleep " + a + "` never wakes up: treated as running forever");
      }
      Matcher m = SLEEP_ARG.matcher(a);
      if (!m.matches()) {
        return inv.fail(
            1,
            "sleep: invalid time interval '" + a + "'\nTry 'sleep --help' for more information.");
      }
      BigDecimal unit =
          switch (m.group(2)) {
            case "m" -> BigDecimal.valueOf(60);
            case "h" -> BigDecimal.valueOf(3600);
            case "d" -> BigDecimal.valueOf(86400);
            default -> BigDecimal.ONE;
          };
      total = total.add(new BigDecimal(m.group(1)).multiply(unit));
    }
    if (total.compareTo(FOREVER_SECONDS) > 0) {
      return new Outcome.Forever(
          "`" + String.join(" ", inv.argv) + "` never wakes up: treated as running forever");
    }
    BigDecimal nanos = total.movePointRight(9).setScale(0, RoundingMode.CEILING);
    return new Outcome.Sleep(Duration.ofNanos(nanos.longValueExact()));
  }

  private static Outcome cd(Invocation inv) {
    List<String> args =
        inv.args().stream().filter(a -> !a.equals("-L") && !a.equals("-P")).toList();
    String target = args.isEmpty() ? inv.state.get("HOME") : args.get(0);
    boolean print = false;
    if (target == null) {
      return inv.fail(1, inv.shellName() + ": cd: HOME not set");
    }
    if (target.equals("-")) {
      target = inv.state.get("OLDPWD");
      if (target == null) {
        return inv.fail(1, inv.shellName() + ": cd: OLDPWD not set");
      }
      print = true;
    }
    String path = inv.resolve(target);
    if (!inv.fs().exists(path)) {
      return inv.fail(1, inv.shellName() + ": cd: " + target + ": No such file or directory");
    }
    if (!inv.fs().isDirectory(path)) {
      return inv.fail(1, inv.shellName() + ": cd: " + target + ": Not a directory");
    }
    inv.state.set("OLDPWD", inv.state.cwd);
    inv.state.cwd = path;
    inv.state.set("PWD", path);
    return print ? print(inv, path) : Outcome.OK;
  }

  private static Outcome export(Invocation inv) {
    List<String> args = inv.args().stream().filter(a -> !a.startsWith("-")).toList();
    if (args.isEmpty()) {
      Map<String, String> sorted = new TreeMap<>(inv.state.environment());
      sorted.forEach((k, v) -> inv.out("declare -x " + k + "=\"" + v + "\"\n"));
      return Outcome.OK;
    }
    int status = 0;
    for (String a : args) {
      int eq = a.indexOf('=');
      String name = eq < 0 ? a : a.substring(0, eq);
      if (!NAME.matcher(name).matches()) {
        inv.err(inv.shellName() + ": export: `" + a + "': not a valid identifier\n");
        status = 1;
        continue;
      }
      if (eq >= 0) {
        inv.state.set(name, a.substring(eq + 1));
      }
      inv.state.export(name);
    }
    return Outcome.status(status);
  }

  private static Outcome unset(Invocation inv) {
    boolean functions = false;
    for (String a : inv.args()) {
      if (a.equals("-f")) {
        functions = true;
      } else if (!a.startsWith("-")) {
        if (functions) {
          inv.state.functions.remove(a);
        } else {
          inv.state.unset(a);
        }
      }
    }
    return Outcome.OK;
  }

  private static Outcome set(Invocation inv) {
    List<String> args = inv.args();
    if (args.isEmpty()) {
      new TreeMap<>(inv.state.vars).forEach((k, v) -> inv.out(k + "=" + v + "\n"));
      return Outcome.OK;
    }
    ShellState st = inv.state;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        inv.frame.positional = List.copyOf(args.subList(i + 1, args.size()));
        return Outcome.OK;
      }
      if (a.length() < 2 || (a.charAt(0) != '-' && a.charAt(0) != '+')) {
        inv.frame.positional = List.copyOf(args.subList(i, args.size()));
        return Outcome.OK;
      }
      boolean on = a.charAt(0) == '-';
      for (int k = 1; k < a.length(); k++) {
        switch (a.charAt(k)) {
          case 'e' -> st.errexit = on;
          case 'x' -> st.xtrace = on;
          case 'u' -> st.nounset = on;
          case 'o' -> {
            String option = i + 1 < args.size() ? args.get(++i) : "";
            switch (option) {
              case "errexit" -> st.errexit = on;
              case "xtrace" -> st.xtrace = on;
              case "nounset" -> st.nounset = on;
              case "pipefail" -> st.pipefail = on;
              default -> {}
            }
          }
          default -> {}
        }
      }
    }
    return Outcome.OK;
  }

  private static Outcome shift(Invocation inv) {
    int n = 1;
    if (!inv.args().isEmpty()) {
      if (!inv.args().get(0).matches("[0-9]+")) {
        return inv.fail(
            1, inv.shellName() + ": shift: " + inv.args().get(0) + ": numeric argument required");
      }
      n = Integer.parseInt(inv.args().get(0));
    }
    List<String> p = inv.frame.positional;
    if (n > p.size()) {
      return Outcome.FAIL;
    }
    inv.frame.positional = List.copyOf(p.subList(n, p.size()));
    return Outcome.OK;
  }

  private static Outcome local(Invocation inv) {
    for (String a : inv.args()) {
      int eq = a.indexOf('=');
      if (eq >= 0) {
        inv.state.set(a.substring(0, eq), a.substring(eq + 1));
      } else if (!a.startsWith("-") && inv.state.get(a) == null) {
        inv.state.set(a, "");
      }
    }
    return Outcome.OK;
  }

  /** {@code read [-r] [-p prompt] [name...]}: one line of stdin split on IFS into the names. */
  private static Outcome read(Invocation inv) {
    boolean raw = false;
    List<String> names = new ArrayList<>();
    List<String> args = inv.args();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-r")) {
        raw = true;
      } else if (a.equals("-p") || a.equals("-t") || a.equals("-u") || a.equals("-d")) {
        i++;
      } else if (!a.startsWith("-")) {
        names.add(a);
      }
    }
    if (names.isEmpty()) {
      names.add("REPLY");
    }
    inv.shell.progress++;
    String line = inv.io.readLine();
    if (line == null) {
      names.forEach(n -> inv.state.set(n, ""));
      return Outcome.FAIL;
    }
    if (!raw) {
      line = line.replaceAll("\\\\(.)", "$1");
    }
    if (names.size() == 1 && names.get(0).equals("REPLY")) {
      inv.state.set("REPLY", line);
      return Outcome.OK;
    }
    String rest = line.strip();
    for (int i = 0; i < names.size(); i++) {
      if (i == names.size() - 1) {
        inv.state.set(names.get(i), rest);
        break;
      }
      String[] split = rest.split("[ \t]+", 2);
      inv.state.set(names.get(i), split[0]);
      rest = split.length > 1 ? split[1] : "";
    }
    return Outcome.OK;
  }

  private static Outcome eval(Invocation inv) {
    Code code;
    try {
      code = Compiler.compile(Parser.parse(String.join(" ", inv.args())));
    } catch (SyntaxError e) {
      return inv.fail(2, inv.shellName() + ": eval: " + e.getMessage());
    }
    return new Outcome.RunCode(
        code, inv.state, Frame.Kind.EVAL, inv.frame.positional, inv.frame.arg0);
  }

  private static Outcome source(Invocation inv) {
    if (inv.args().isEmpty()) {
      return inv.fail(2, inv.shellName() + ": " + inv.name() + ": filename argument required");
    }
    String file = inv.args().get(0);
    String path = inv.resolve(file);
    if (!inv.fs().isFile(path)) {
      return inv.fail(1, inv.shellName() + ": " + file + ": No such file or directory");
    }
    Code code;
    try {
      code = Compiler.compile(Parser.parse(inv.fs().readString(path)));
    } catch (SyntaxError e) {
      return inv.fail(2, inv.shellName() + ": " + file + ": " + e.getMessage());
    }
    List<String> positional =
        inv.args().size() > 1
            ? List.copyOf(inv.args().subList(1, inv.args().size()))
            : inv.frame.positional;
    return new Outcome.RunCode(code, inv.state, Frame.Kind.SOURCE, positional, inv.frame.arg0);
  }

  /** {@code exec cmd...} replaces the shell; {@code exec >file} redirects the shell itself. */
  private static Outcome exec(Invocation inv) {
    if (inv.args().isEmpty()) {
      inv.frame.redirects.pop();
      inv.frame.redirects.push(inv.io.fds);
      return Outcome.OK;
    }
    return new Outcome.Delegate(List.copyOf(inv.args()), true);
  }

  private static Outcome command(Invocation inv) {
    List<String> args = inv.args();
    if (!args.isEmpty() && (args.get(0).equals("-v") || args.get(0).equals("-V"))) {
      int status = 0;
      for (String name : args.subList(1, args.size())) {
        if (inv.state.functions.containsKey(name) || Builtins.lookup(name) != null) {
          inv.out(name + "\n");
        } else {
          status = 1;
        }
      }
      return Outcome.status(status);
    }
    return new Outcome.Delegate(List.copyOf(args), false);
  }

  private static Outcome which(Invocation inv) {
    int status = 0;
    for (String name : inv.args()) {
      if (name.startsWith("-")) {
        continue;
      }
      if (Builtins.lookup(name) != null) {
        inv.out((name.contains("/") ? name : "/usr/bin/" + name) + "\n");
      } else {
        status = 1;
      }
    }
    return Outcome.status(status);
  }

  /** {@code env [-i] [NAME=value...] [cmd...]}; variables given to a command are not passed on. */
  private static Outcome env(Invocation inv) {
    Map<String, String> env = new LinkedHashMap<>(inv.state.environment());
    env.putAll(inv.tempEnv);
    List<String> args = inv.args();
    int i = 0;
    for (; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-i") || a.equals("-")) {
        env.clear();
      } else if (a.equals("-u") && i + 1 < args.size()) {
        env.remove(args.get(++i));
      } else if (a.indexOf('=') > 0) {
        env.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
      } else {
        break;
      }
    }
    if (i < args.size()) {
      return new Outcome.Delegate(List.copyOf(args.subList(i, args.size())), false);
    }
    env.forEach((k, v) -> inv.out(k + "=" + v + "\n"));
    return Outcome.OK;
  }

  private static Outcome printenv(Invocation inv) {
    Map<String, String> env = new LinkedHashMap<>(inv.state.environment());
    env.putAll(inv.tempEnv);
    if (inv.args().isEmpty()) {
      env.forEach((k, v) -> inv.out(k + "=" + v + "\n"));
      return Outcome.OK;
    }
    int status = 0;
    for (String name : inv.args()) {
      String v = env.get(name);
      if (v == null) {
        status = 1;
      } else {
        inv.out(v + "\n");
      }
    }
    return Outcome.status(status);
  }

  private static Outcome uname(Invocation inv) {
    String flags = String.join("", inv.args()).replace("-", "");
    if (flags.isEmpty()) {
      flags = "s";
    }
    if (flags.contains("a")) {
      return print(inv, "Linux " + hostname(inv) + " 5.15.0 #1 SMP x86_64 GNU/Linux");
    }
    List<String> parts = new ArrayList<>();
    for (char c : flags.toCharArray()) {
      switch (c) {
        case 's' -> parts.add("Linux");
        case 'n' -> parts.add(hostname(inv));
        case 'r' -> parts.add("5.15.0");
        case 'm', 'p', 'i' -> parts.add("x86_64");
        case 'o' -> parts.add("GNU/Linux");
        default -> {}
      }
    }
    return print(inv, String.join(" ", parts));
  }

  /** {@code sh -c script}, {@code sh file}, {@code sh} (script from stdin): a nested shell. */
  private static Outcome shell(Invocation inv) {
    ShellInvocation si = ShellInvocation.parse(inv.argv);
    if (si.error() != null) {
      return inv.fail(2, si.error());
    }
    String text;
    if (si.command() != null) {
      text = si.command();
    } else if (si.file() != null) {
      String path = inv.resolve(si.file());
      if (!inv.fs().isFile(path)) {
        return inv.fail(127, si.shellName() + ": " + si.file() + ": No such file or directory");
      }
      text = inv.fs().readString(path);
    } else {
      inv.shell.progress++;
      text = inv.io.readAll();
    }
    Code code;
    try {
      code = Compiler.compile(Parser.parse(text));
    } catch (SyntaxError e) {
      String where = si.file() != null ? si.file() + ": " : "";
      return inv.fail(2, si.shellName() + ": " + where + e.getMessage());
    }
    ShellState child = new ShellState(inv.state.cwd);
    Map<String, String> env = new LinkedHashMap<>(inv.state.environment());
    env.putAll(inv.tempEnv);
    env.forEach(
        (k, v) -> {
          child.set(k, v);
          child.export(k);
        });
    si.applyOptions(child);
    return new Outcome.RunCode(code, child, Frame.Kind.SHELL, si.positional(), si.arg0());
  }
}
