package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.fs.FsException;
import io.kubemu.engine.runtime.fs.FsPaths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Commands that read files or stdin: {@code wc head tail grep tee seq sort basename dirname}, with
 * GNU coreutils' options and messages. {@code tail -f} never ends (the usual way to keep a
 * container alive).
 */
final class FilterBuiltins {
  /** The most numbers {@code seq} prints, so that a runaway script cannot exhaust memory. */
  static final long SEQ_LIMIT = 1_000_000;

  private FilterBuiltins() {}

  static void register(Map<String, Builtin> m) {
    m.put("wc", FilterBuiltins::wc);
    m.put("head", inv -> headTail(inv, true));
    m.put("tail", inv -> headTail(inv, false));
    m.put("grep", FilterBuiltins::grep);
    m.put("tee", FilterBuiltins::tee);
    m.put("seq", FilterBuiltins::seq);
    m.put("sort", FilterBuiltins::sort);
    m.put("basename", FilterBuiltins::basename);
    m.put("dirname", FilterBuiltins::dirname);
  }

  // ---------------------------------------------------------------- reading input

  /**
   * The operands' contents (stdin for none or {@code -}); errors printed, status in {@code failed}.
   */
  private static String input(Invocation inv, List<String> files, boolean[] failed, boolean quiet) {
    if (files.isEmpty()) {
      inv.shell.progress++;
      return inv.io.readAll();
    }
    StringBuilder sb = new StringBuilder();
    for (String f : files) {
      if (f.equals("-")) {
        inv.shell.progress++;
        sb.append(inv.io.readAll());
        continue;
      }
      String path = inv.resolve(f);
      if (inv.fs().isDirectory(path)) {
        if (!quiet) {
          inv.err(inv.name() + ": " + f + ": Is a directory\n");
        }
        failed[0] = true;
      } else if (!inv.fs().isFile(path)) {
        if (!quiet) {
          inv.err(inv.name() + ": " + f + ": No such file or directory\n");
        }
        failed[0] = true;
      } else {
        sb.append(inv.fs().readString(path));
      }
    }
    return sb.toString();
  }

  /** Splits text into lines, without their newlines (a last line without newline counts). */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        lines.add(text.substring(start));
        break;
      }
      lines.add(text.substring(start, nl));
      start = nl + 1;
    }
    return lines;
  }

  private static String joinLines(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l).append('\n');
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- wc, head, tail

  private static Outcome wc(Invocation inv) {
    String flags = "";
    List<String> files = new ArrayList<>();
    for (String a : inv.args()) {
      if (a.startsWith("-") && a.length() > 1) {
        flags += a.substring(1);
      } else {
        files.add(a);
      }
    }
    if (flags.isEmpty()) {
      flags = "lwc";
    }
    boolean[] failed = {false};
    List<String> rows = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    List<String> targets = files.isEmpty() ? List.of("") : files;
    for (String f : targets) {
      boolean[] one = {false};
      String text = input(inv, f.isEmpty() ? List.of() : List.of(f), one, false);
      failed[0] |= one[0];
      if (one[0]) {
        continue;
      }
      long lines = text.chars().filter(ch -> ch == '\n').count();
      String stripped = text.strip();
      long words = stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
      long bytes = text.getBytes(StandardCharsets.UTF_8).length;
      counts.add(new long[] {lines, words, bytes});
      rows.add(f);
    }
    boolean single = flags.replace("m", "c").chars().distinct().count() == 1;
    for (int r = 0; r < rows.size(); r++) {
      long[] c = counts.get(r);
      List<String> cols = new ArrayList<>();
      if (flags.contains("l")) {
        cols.add(Long.toString(c[0]));
      }
      if (flags.contains("w")) {
        cols.add(Long.toString(c[1]));
      }
      if (flags.contains("c") || flags.contains("m")) {
        cols.add(Long.toString(c[2]));
      }
      StringBuilder line = new StringBuilder();
      for (String col : cols) {
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(single && rows.size() == 1 ? col : String.format("%7s", col));
      }
      if (!rows.get(r).isEmpty()) {
        line.append(' ').append(rows.get(r));
      }
      inv.out(line.toString().stripLeading().isEmpty() ? "\n" : line + "\n");
    }
    return failed[0] ? Outcome.FAIL : Outcome.OK;
  }

  private static Outcome headTail(Invocation inv, boolean head) {
    long count = 10;
    boolean bytes = false;
    boolean fromStart = false;
    boolean follow = false;
    List<String> files = new ArrayList<>();
    List<String> args = inv.args();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-n") || a.equals("-c") || a.equals("--lines") || a.equals("--bytes")) {
        bytes = a.equals("-c") || a.equals("--bytes");
        String v = i + 1 < args.size() ? args.get(++i) : "";
        fromStart = v.startsWith("+");
        try {
          count = Long.parseLong(v.replace("+", "").replace("-", ""));
        } catch (NumberFormatException e) {
          return inv.fail(1, inv.name() + ": invalid number of lines: '" + v + "'");
        }
      } else if (a.matches("-[0-9]+")) {
        count = Long.parseLong(a.substring(1));
      } else if (a.equals("-f") || a.equals("-F") || a.equals("--follow")) {
        follow = true;
      } else if (a.startsWith("-") && a.length() > 1) {
        follow |= a.contains("f") || a.contains("F");
      } else {
        files.add(a);
      }
    }
    boolean[] failed = {false};
    String text = input(inv, files, failed, false);
    String out;
    if (bytes) {
      int n = (int) Math.min(count, text.length());
      out =
          head
              ? text.substring(0, n)
              : fromStart
                  ? text.substring((int) Math.min(Math.max(count - 1, 0), text.length()))
                  : text.substring(text.length() - n);
    } else {
      List<String> lines = lines(text);
      int n = (int) Math.min(count, lines.size());
      List<String> picked =
          head
              ? lines.subList(0, n)
              : fromStart
                  ? lines.subList(
                      (int) Math.min(Math.max(count - 1, 0), lines.size()), lines.size())
                  : lines.subList(lines.size() - n, lines.size());
      out = joinLines(picked);
    }
    inv.out(out);
    if (!head && follow) {
      return new Outcome.Forever(
          "`"
              + String.join(" ", inv.argv)
              + "` follows its input forever: treated as running forever");
    }
    return failed[0] ? Outcome.FAIL : Outcome.OK;
  }

  // ---------------------------------------------------------------- grep

  /**
   * {@code grep [-qvicnxwFEHhs] [-e pattern] pattern [file...]}: basic regular expressions
   * translated to Java's, {@code -E} extended, {@code -F} fixed strings.
   */
  private static Outcome grep(Invocation inv) {
    String flags = "";
    List<String> patterns = new ArrayList<>();
    List<String> files = new ArrayList<>();
    List<String> args = inv.args();
    boolean options = true;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (options && a.equals("--")) {
        options = false;
      } else if (options && a.equals("-e")) {
        patterns.add(i + 1 < args.size() ? args.get(++i) : "");
      } else if (options && a.startsWith("-") && a.length() > 1) {
        flags += a.substring(1);
      } else if (patterns.isEmpty()) {
        patterns.add(a);
      } else {
        files.add(a);
      }
    }
    if (patterns.isEmpty()) {
      return inv.fail(
          2, "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.");
    }
    List<Pattern> compiled = new ArrayList<>();
    try {
      for (String p : patterns) {
        String regex =
            flags.contains("F") ? Pattern.quote(p) : flags.contains("E") ? p : basicToJava(p);
        if (flags.contains("x")) {
          regex = "^(?:" + regex + ")$";
        } else if (flags.contains("w")) {
          regex = "(?<![\\w])(?:" + regex + ")(?![\\w])";
        }
        compiled.add(Pattern.compile(regex, flags.contains("i") ? Pattern.CASE_INSENSITIVE : 0));
      }
    } catch (PatternSyntaxException e) {
      return inv.fail(2, "grep: Invalid regular expression");
    }
    boolean invert = flags.contains("v");
    boolean quiet = flags.contains("q");
    boolean count = flags.contains("c");
    boolean numbers = flags.contains("n");
    boolean quietErrors = flags.contains("s");
    boolean names = (files.size() > 1 || flags.contains("H")) && !flags.contains("h");
    boolean matched = false;
    boolean failed = false;
    List<String> sources = files.isEmpty() ? List.of("-") : files;
    StringBuilder out = new StringBuilder();
    for (String f : sources) {
      boolean[] one = {false};
      String text = input(inv, List.of(f), one, quietErrors);
      failed |= one[0];
      long hits = 0;
      List<String> lines = lines(text);
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n);
        boolean hit = false;
        for (Pattern p : compiled) {
          hit |= p.matcher(line).find();
        }
        if (hit == invert) {
          continue;
        }
        hits++;
        matched = true;
        if (quiet) {
          return Outcome.OK;
        }
        if (!count) {
          out.append(names ? (f.equals("-") ? "(standard input)" : f) + ":" : "")
              .append(numbers ? (n + 1) + ":" : "")
              .append(line)
              .append('\n');
        }
      }
      if (count) {
        out.append(names ? f + ":" : "").append(hits).append('\n');
      }
    }
    inv.out(out.toString());
    if (failed) {
      return Outcome.status(2);
    }
    return matched ? Outcome.OK : Outcome.FAIL;
  }

  /** Translates a POSIX basic regular expression to Java's syntax. */
  static String basicToJava(String bre) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bre.length(); i++) {
      char c = bre.charAt(i);
      if (c == '\\' && i + 1 < bre.length()) {
        char n = bre.charAt(++i);
        if ("(){}|+?".indexOf(n) >= 0) {
          sb.append(n);
        } else {
          sb.append('\\').append(n);
        }
      } else if ("(){}|+?".indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- tee, seq, sort, names

  private static Outcome tee(Invocation inv) {
    boolean append = false;
    List<String> files = new ArrayList<>();
    for (String a : inv.args()) {
      if (a.equals("-a") || a.equals("--append")) {
        append = true;
      } else if (!a.startsWith("-")) {
        files.add(a);
      }
    }
    inv.shell.progress++;
    String text = inv.io.readAll();
    int status = 0;
    for (String f : files) {
      try {
        if (append) {
          inv.fs().append(inv.resolve(f), text);
        } else {
          inv.fs().write(inv.resolve(f), text);
        }
      } catch (FsException e) {
        inv.err("tee: " + f + ": " + e.errno().text() + "\n");
        status = 1;
      }
    }
    inv.out(text);
    return Outcome.status(status);
  }

  private static Outcome seq(Invocation inv) {
    String separator = "\n";
    List<String> nums = new ArrayList<>();
    List<String> args = inv.args();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("-s") && i + 1 < args.size()) {
        separator = args.get(++i);
      } else {
        nums.add(args.get(i));
      }
    }
    if (nums.isEmpty() || nums.size() > 3) {
      return inv.fail(1, "seq: missing operand\nTry 'seq --help' for more information.");
    }
    long first = 1;
    long step = 1;
    long last;
    try {
      last = Long.parseLong(nums.get(nums.size() - 1));
      if (nums.size() >= 2) {
        first = Long.parseLong(nums.get(0));
      }
      if (nums.size() == 3) {
        step = Long.parseLong(nums.get(1));
      }
    } catch (NumberFormatException e) {
      return inv.fail(
          1, "seq: invalid floating point argument\nTry 'seq --help' for more information.");
    }
    if (step == 0) {
      return inv.fail(
          1, "seq: invalid Zero increment value: '0'\nTry 'seq --help' for more information.");
    }
    long count = (last - first) / step + 1;
    if (count > SEQ_LIMIT) {
      return inv.fail(1, "seq: more than " + SEQ_LIMIT + " numbers are not simulated");
    }
    StringBuilder sb = new StringBuilder();
    for (long v = first; step > 0 ? v <= last : v >= last; v += step) {
      if (sb.length() > 0) {
        sb.append(separator);
      }
      sb.append(v);
    }
    if (sb.length() > 0) {
      sb.append('\n');
    }
    inv.out(sb.toString());
    return Outcome.OK;
  }

  private static Outcome sort(Invocation inv) {
    String flags = "";
    List<String> files = new ArrayList<>();
    for (String a : inv.args()) {
      if (a.startsWith("-") && a.length() > 1) {
        flags += a.substring(1);
      } else {
        files.add(a);
      }
    }
    boolean[] failed = {false};
    List<String> lines = new ArrayList<>(lines(input(inv, files, failed, false)));
    Comparator<String> order =
        flags.contains("n")
            ? Comparator.comparingDouble(FilterBuiltins::leadingNumber)
            : Comparator.naturalOrder();
    if (flags.contains("n")) {
      order = order.thenComparing(Comparator.naturalOrder());
    }
    if (flags.contains("r")) {
      order = order.reversed();
    }
    lines.sort(order);
    if (flags.contains("u")) {
      List<String> unique = new ArrayList<>();
      for (String l : lines) {
        if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(l)) {
          unique.add(l);
        }
      }
      lines = unique;
    }
    inv.out(joinLines(lines));
    return failed[0] ? Outcome.status(2) : Outcome.OK;
  }

  private static double leadingNumber(String line) {
    var m = Pattern.compile("^\\s*(-?[0-9]+(?:\\.[0-9]+)?)").matcher(line);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static Outcome basename(Invocation inv) {
    List<String> args = inv.args();
    if (args.isEmpty()) {
      return inv.fail(1, "basename: missing operand\nTry 'basename --help' for more information.");
    }
    String path = args.get(0);
    String trimmed = path.replaceAll("/+$", "");
    String name = trimmed.isEmpty() ? (path.isEmpty() ? "" : "/") : FsPaths.name(trimmed);
    if (args.size() > 1 && name.endsWith(args.get(1)) && !name.equals(args.get(1))) {
      name = name.substring(0, name.length() - args.get(1).length());
    }
    return CoreBuiltins.print(inv, name);
  }

  private static Outcome dirname(Invocation inv) {
    if (inv.args().isEmpty()) {
      return inv.fail(1, "dirname: missing operand\nTry 'dirname --help' for more information.");
    }
    String path = inv.args().get(0).replaceAll("/+$", "");
    int slash = path.lastIndexOf('/');
    String dir =
        slash < 0 ? "." : slash == 0 ? "/" : path.substring(0, slash).replaceAll("/+$", "");
    return CoreBuiltins.print(inv, dir.isEmpty() ? "/" : dir);
  }
}
