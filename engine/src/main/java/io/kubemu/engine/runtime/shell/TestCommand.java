package io.kubemu.engine.runtime.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code test}, {@code [ ... ]} and bash's {@code [[ ... ]]}.
 *
 * <p>Unary: {@code -e -f -d -s -r -w -x -L -h -p -S -b -c -t -z -n -v}; binary: {@code = == != < >
 * -eq -ne -lt -le -gt -ge -ef -nt -ot}, and in {@code [[} pattern matching for {@code == != =} and
 * regex matching for {@code =~}; logic: {@code ! ( ) -a -o} ({@code && ||} in {@code [[}). With up
 * to four arguments, {@code test} follows POSIX's argument-count rules. Files are always readable,
 * writable and executable (the container runs as root); there are no symlinks, pipes or devices
 * except {@code /dev/null}. Exit status 0 (true), 1 (false) or 2 (error, with bash's message).
 */
final class TestCommand {
  private static final Set<String> UNARY =
      Set.of(
          "-e", "-a", "-f", "-d", "-s", "-r", "-w", "-x", "-L", "-h", "-p", "-S", "-b", "-c", "-t",
          "-z", "-n", "-v", "-g", "-u", "-k", "-O", "-G", "-N");
  private static final Set<String> BINARY =
      Set.of(
          "=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-ef", "-nt", "-ot",
          "=~");

  /** An expression that cannot be evaluated (status 2). */
  private static final class TestError extends Exception {
    private static final long serialVersionUID = 1L;

    TestError(String message) {
      super(message);
    }
  }

  private final Invocation inv;
  private final List<String> args;
  private final List<String> patterns;
  private final boolean extended;
  private int pos;

  private TestCommand(Invocation inv, List<String> args, List<String> patterns, boolean extended) {
    this.inv = inv;
    this.args = args;
    this.patterns = patterns;
    this.extended = extended;
  }

  static Outcome run(Invocation inv) {
    String name = inv.name();
    List<String> args = new ArrayList<>(inv.args());
    List<String> patterns = null;
    boolean extended = name.equals("[[");
    if (name.equals("[")) {
      if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
        return inv.fail(2, inv.shellName() + ": [: missing `]'");
      }
      args.remove(args.size() - 1);
    } else if (extended) {
      args.remove(args.size() - 1);
      patterns = inv.patterns.subList(1, inv.patterns.size() - 1);
    }
    TestCommand t = new TestCommand(inv, args, patterns, extended);
    try {
      return t.evaluate() ? Outcome.OK : Outcome.FAIL;
    } catch (TestError e) {
      String prefix = extended ? inv.shellName() + ": " : inv.shellName() + ": " + name + ": ";
      return inv.fail(2, prefix + e.getMessage());
    }
  }

  private boolean evaluate() throws TestError {
    int n = args.size();
    if (!extended && n <= 4) {
      return posix(0, n);
    }
    if (n == 0) {
      return false;
    }
    boolean v = or();
    if (pos < n) {
      throw new TestError(
          extended ? "syntax error in conditional expression" : "too many arguments");
    }
    return v;
  }

  /** POSIX's rules for {@code test} with {@code n} (0 to 4) arguments from {@code from}. */
  private boolean posix(int from, int n) throws TestError {
    String a = n > 0 ? args.get(from) : null;
    switch (n) {
      case 0:
        return false;
      case 1:
        return !a.isEmpty();
      case 2:
        if (a.equals("!")) {
          return args.get(from + 1).isEmpty();
        }
        if (UNARY.contains(a)) {
          return unary(a, args.get(from + 1));
        }
        throw new TestError(a + ": unary operator expected");
      case 3:
        String op = args.get(from + 1);
        if (BINARY.contains(op) && !op.equals("=~")) {
          return binary(a, op, args.get(from + 2), from + 2);
        }
        if (op.equals("-a")) {
          return !a.isEmpty() && !args.get(from + 2).isEmpty();
        }
        if (op.equals("-o")) {
          return !a.isEmpty() || !args.get(from + 2).isEmpty();
        }
        if (a.equals("!")) {
          return !posix(from + 1, 2);
        }
        if (a.equals("(") && args.get(from + 2).equals(")")) {
          return !op.isEmpty();
        }
        throw new TestError(op + ": binary operator expected");
      default:
        if (a.equals("!")) {
          return !posix(from + 1, 3);
        }
        if (a.equals("(") && args.get(from + 3).equals(")")) {
          return posix(from + 1, 2);
        }
        pos = from;
        boolean v = or();
        if (pos < from + n) {
          throw new TestError("too many arguments");
        }
        return v;
    }
  }

  private String peek() {
    return pos < args.size() ? args.get(pos) : null;
  }

  private boolean or() throws TestError {
    boolean v = and();
    while (extended ? "||".equals(peek()) : "-o".equals(peek())) {
      pos++;
      boolean r = and();
      v = v || r;
    }
    return v;
  }

  private boolean and() throws TestError {
    boolean v = not();
    while (extended ? "&&".equals(peek()) : "-a".equals(peek())) {
      pos++;
      boolean r = not();
      v = v && r;
    }
    return v;
  }

  private boolean not() throws TestError {
    if ("!".equals(peek())) {
      pos++;
      return !not();
    }
    return primary();
  }

  private boolean primary() throws TestError {
    String a = peek();
    if (a == null) {
      throw new TestError(
          extended ? "syntax error in conditional expression" : "argument expected");
    }
    if (a.equals("(")) {
      pos++;
      boolean v = or();
      if (!")".equals(peek())) {
        throw new TestError(extended ? "syntax error in conditional expression" : "`)' expected");
      }
      pos++;
      return v;
    }
    if (pos + 2 < args.size() && BINARY.contains(args.get(pos + 1))) {
      String op = args.get(pos + 1);
      String b = args.get(pos + 2);
      int rhs = pos + 2;
      pos += 3;
      return binary(a, op, b, rhs);
    }
    if (UNARY.contains(a) && pos + 1 < args.size()) {
      pos += 2;
      return unary(a, args.get(pos - 1));
    }
    pos++;
    return !a.isEmpty();
  }

  private boolean unary(String op, String arg) {
    var fs = inv.fs();
    boolean devNull = arg.equals("/dev/null");
    String path = inv.resolve(arg);
    return switch (op) {
      case "-z" -> arg.isEmpty();
      case "-n" -> !arg.isEmpty();
      case "-v" -> inv.state.get(arg) != null;
      case "-e", "-a", "-r", "-w" -> devNull || fs.exists(path);
      case "-x" -> fs.exists(path);
      case "-f" -> fs.isFile(path);
      case "-d" -> fs.isDirectory(path);
      case "-s" -> fs.exists(path) && fs.size(path) > 0;
      case "-c" -> devNull;
      default -> false;
    };
  }

  private boolean binary(String a, String op, String b, int rhsIndex) throws TestError {
    switch (op) {
      case "=", "==", "!=" -> {
        boolean equal =
            extended && patterns != null ? Glob.matches(patterns.get(rhsIndex), a) : a.equals(b);
        return op.equals("!=") != equal;
      }
      case "<" -> {
        return a.compareTo(b) < 0;
      }
      case ">" -> {
        return a.compareTo(b) > 0;
      }
      case "=~" -> {
        try {
          return Pattern.compile(b).matcher(a).find();
        } catch (PatternSyntaxException e) {
          return false;
        }
      }
      case "-ef" -> {
        return inv.fs().exists(inv.resolve(a)) && inv.resolve(a).equals(inv.resolve(b));
      }
      case "-nt", "-ot" -> {
        return false;
      }
      default -> {
        long x = integer(a);
        long y = integer(b);
        return switch (op) {
          case "-eq" -> x == y;
          case "-ne" -> x != y;
          case "-lt" -> x < y;
          case "-le" -> x <= y;
          case "-gt" -> x > y;
          default -> x >= y;
        };
      }
    }
  }

  private long integer(String s) throws TestError {
    String t = s.strip();
    if (t.matches("[-+]?[0-9]+")) {
      try {
        return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
      } catch (NumberFormatException e) {
        throw new TestError(s + ": integer expression expected");
      }
    }
    if (extended) {
      try {
        return Arithmetic.evaluate(s, inv.state::get, inv.state::set);
      } catch (Arithmetic.Error e) {
        throw new TestError(e.getMessage());
      }
    }
    throw new TestError(s + ": integer expression expected");
  }
}
