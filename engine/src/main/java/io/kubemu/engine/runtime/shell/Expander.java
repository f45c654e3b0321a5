package io.kubemu.engine.runtime.shell;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Word expansion in POSIX order: tilde, parameters, command substitution (already run, read from
 * the frame's slots), arithmetic; then field splitting of unquoted results on {@code IFS}
 * (whitespace by default) and pathname expansion; quote removal throughout.
 */
final class Expander {
  private static final String DEFAULT_IFS = " \t\n";

  private final Interpreter shell;
  private final Frame frame;

  Expander(Interpreter shell, Frame frame) {
    this.shell = shell;
    this.frame = frame;
  }

  /** Expands words into fields (splitting and globbing). */
  List<String> fields(List<Word> words) throws ExpansionError {
    List<String> out = new ArrayList<>();
    for (Word w : words) {
      Fields f = new Fields(out);
      for (Word.Part part : w.parts()) {
        part(part, f);
      }
      f.finish();
    }
    return out;
  }

  /** Expands a word to one string, without splitting or globbing (assignments, redirections). */
  String string(Word word) throws ExpansionError {
    StringBuilder sb = new StringBuilder();
    for (Word.Part part : word.parts()) {
      if (part instanceof Word.Text t) {
        sb.append(t.text());
      } else {
        sb.append(value(part));
      }
    }
    return sb.toString();
  }

  /** Expands a word to a {@link Glob} pattern: quoted parts match literally. */
  String pattern(Word word) throws ExpansionError {
    StringBuilder sb = new StringBuilder();
    for (Word.Part part : word.parts()) {
      String v = part instanceof Word.Text t ? t.text() : value(part);
      sb.append(quoted(part) ? Glob.escape(v) : v);
    }
    return sb.toString();
  }

  private static boolean quoted(Word.Part part) {
    if (part instanceof Word.Text t) {
      return t.quoted();
    }
    if (part instanceof Word.Param p) {
      return p.quoted();
    }
    if (part instanceof Word.CommandSub c) {
      return c.quoted();
    }
    return ((Word.Arith) part).quoted();
  }

  private void part(Word.Part part, Fields f) throws ExpansionError {
    if (part instanceof Word.Text t) {
      if (t.quoted()) {
        f.quoted(t.text());
      } else {
        f.literal(t.text());
      }
      return;
    }
    if (part instanceof Word.Param p && p.quoted() && p.name().equals("@") && p.op().isEmpty()) {
      List<String> params = frame.positional;
      for (int i = 0; i < params.size(); i++) {
        if (i > 0) {
          f.finish();
        }
        f.quoted(params.get(i));
      }
      return;
    }
    String v = value(part);
    if (quoted(part)) {
      f.quoted(v);
    } else {
      f.split(v, ifs());
    }
  }

  private String ifs() {
    String ifs = frame.state.get("IFS");
    return ifs == null ? DEFAULT_IFS : ifs;
  }

  /** The value of an expansion part. */
  private String value(Word.Part part) throws ExpansionError {
    if (part instanceof Word.Param p) {
      return param(p);
    }
    if (part instanceof Word.CommandSub c) {
      String v = frame.slots[frame.code.slotOf(c)];
      return v == null ? "" : v;
    }
    if (part instanceof Word.Arith a) {
      String expr = string(a.expression());
      try {
        return Long.toString(
            Arithmetic.evaluate(expr, frame.state::get, (n, v) -> frame.state.set(n, v)));
      } catch (Arithmetic.Error e) {
        throw new ExpansionError(e.getMessage(), false);
      }
    }
    return ((Word.Text) part).text();
  }

  /** The value of a parameter, or null when unset. */
  String lookup(String name) {
    ShellState st = frame.state;
    switch (name) {
      case "?":
        return Integer.toString(st.status);
      case "#":
        return Integer.toString(frame.positional.size());
      case "@":
      case "*":
        return String.join(name.equals("*") ? firstIfsChar() : " ", frame.positional);
      case "$":
        return "1";
      case "!":
        return st.lastBackground;
      case "-":
        return st.flags();
      case "0":
        return frame.arg0;
      default:
        break;
    }
    if (Character.isDigit(name.charAt(0))) {
      int n = Integer.parseInt(name);
      return n >= 1 && n <= frame.positional.size() ? frame.positional.get(n - 1) : null;
    }
    return st.get(name);
  }

  private String firstIfsChar() {
    String ifs = ifs();
    return ifs.isEmpty() ? "" : ifs.substring(0, 1);
  }

  private String param(Word.Param p) throws ExpansionError {
    String name = p.name();
    if (p.op().equals("bad")) {
      throw new ExpansionError("${" + name + "}: bad substitution", false);
    }
    String v = lookup(name);
    boolean unset = v == null;
    boolean nullish = unset || v.isEmpty();
    return switch (p.op()) {
      case "" -> {
        if (unset && frame.state.nounset && !"@*".contains(name)) {
          throw new ExpansionError(name + ": unbound variable", true);
        }
        yield unset ? "" : v;
      }
      case "len" -> Integer.toString(unset ? 0 : v.length());
      case ":-" -> nullish ? string(p.arg()) : v;
      case "-" -> unset ? string(p.arg()) : v;
      case ":=", "=" -> {
        if (p.op().equals(":=") ? nullish : unset) {
          String w = string(p.arg());
          frame.state.set(name, w);
          yield w;
        }
        yield v;
      }
      case ":+" -> nullish ? "" : string(p.arg());
      case "+" -> unset ? "" : string(p.arg());
      case ":?", "?" -> {
        if (p.op().equals(":?") ? nullish : unset) {
          String message = string(p.arg());
          throw new ExpansionError(
              name + ": " + (message.isEmpty() ? "parameter null or not set" : message), true);
        }
        yield v;
      }
      case "#", "##" -> Glob.removePrefix(unset ? "" : v, pattern(p.arg()), p.op().length() == 2);
      case "%", "%%" -> Glob.removeSuffix(unset ? "" : v, pattern(p.arg()), p.op().length() == 2);
      default -> throw new ExpansionError("${" + name + p.op() + "}: bad substitution", false);
    };
  }

  /** Builds the fields of one word. */
  private final class Fields {
    private final List<String> out;
    private final StringBuilder text = new StringBuilder();

    /** Positions in {@code text} of characters that must match literally; null while none. */
    private BitSet literal;

    private boolean started;
    private boolean glob;

    Fields(List<String> out) {
      this.out = out;
    }

    void quoted(String s) {
      markLiteral(s);
      text.append(s);
      started = true;
    }

    void literal(String s) {
      if (s.isEmpty()) {
        return;
      }
      if (s.indexOf('\\') >= 0) {
        markLiteral(s);
      }
      glob |= Glob.hasMeta(s);
      text.append(s);
      started = true;
    }

    /** Records the pattern characters of {@code s}, about to be appended, as literal. */
    private void markLiteral(String s) {
      for (int i = 0; i < s.length(); i++) {
        if ("*?[]\\".indexOf(s.charAt(i)) >= 0) {
          if (literal == null) {
            literal = new BitSet();
          }
          literal.set(text.length() + i);
        }
      }
    }

    /** An unquoted expansion's value: split on IFS characters. */
    void split(String s, String ifs) {
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (ifs.indexOf(c) >= 0) {
          finish();
          i++;
          continue;
        }
        int j = i;
        while (j < s.length() && ifs.indexOf(s.charAt(j)) < 0) {
          j++;
        }
        literal(s.substring(i, j));
        i = j;
      }
    }

    void finish() {
      if (!started) {
        return;
      }
      List<String> matches = glob ? Glob.expand(shell.fs, frame.state.cwd, pattern()) : List.of();
      if (matches.isEmpty()) {
        out.add(text.toString());
      } else {
        out.addAll(matches);
      }
      text.setLength(0);
      literal = null;
      started = false;
      glob = false;
    }

    private String pattern() {
      if (literal == null) {
        return text.toString();
      }
      StringBuilder p = new StringBuilder(text.length() + 8);
      for (int i = 0; i < text.length(); i++) {
        if (literal.get(i)) {
          p.append('\\');
        }
        p.append(text.charAt(i));
      }
      return p.toString();
    }
  }
}
