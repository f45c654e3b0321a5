package io.kubemu.engine.runtime.shell;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Output commands: {@code echo} (bash's: {@code -n -e -E}) and {@code printf} ({@code %s %b %c %d
 * %i %u %o %x %X %f %e %g %%} with flags, width and precision).
 */
final class TextBuiltins {
  private TextBuiltins() {}

  static void register(Map<String, Builtin> m) {
    m.put("echo", TextBuiltins::echo);
    m.put("printf", TextBuiltins::printf);
  }

  // ---------------------------------------------------------------- echo, printf

  private static Outcome echo(Invocation inv) {
    List<String> args = inv.args();
    boolean newline = true;
    boolean escapes = false;
    int i = 0;
    while (i < args.size() && args.get(i).matches("-[neE]+")) {
      for (char c : args.get(i).substring(1).toCharArray()) {
        if (c == 'n') {
          newline = false;
        } else {
          escapes = c == 'e';
        }
      }
      i++;
    }
    String text = String.join(" ", args.subList(i, args.size()));
    if (escapes) {
      int stop = text.indexOf("\\c");
      if (stop >= 0) {
        text = text.substring(0, stop);
        newline = false;
      }
      text = unescape(text);
    }
    inv.out(newline ? text + "\n" : text);
    return Outcome.OK;
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == '\\' && i < s.length()) {
        i = Escapes.decode(s, i, sb);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static Outcome printf(Invocation inv) {
    if (inv.args().isEmpty()) {
      return inv.fail(2, "printf: usage: printf [-v var] format [arguments]");
    }
    String format = inv.args().get(0);
    List<String> args = inv.args().subList(1, inv.args().size());
    StringBuilder out = new StringBuilder();
    int[] next = {0};
    boolean[] failed = {false};
    do {
      int before = next[0];
      if (!format(inv, format, args, next, out, failed)) {
        break;
      }
      if (next[0] == before) {
        break;
      }
    } while (next[0] < args.size());
    inv.out(out.toString());
    return failed[0] ? Outcome.FAIL : Outcome.OK;
  }

  /** One pass of the format; false when {@code \c} stopped output. */
  private static boolean format(
      Invocation inv,
      String f,
      List<String> args,
      int[] next,
      StringBuilder out,
      boolean[] failed) {
    int i = 0;
    while (i < f.length()) {
      char c = f.charAt(i++);
      if (c == '\\' && i < f.length()) {
        if (f.charAt(i) == 'c') {
          return false;
        }
        i = Escapes.decode(f, i, out);
        continue;
      }
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (i < f.length() && f.charAt(i) == '%') {
        out.append('%');
        i++;
        continue;
      }
      int start = i;
      while (i < f.length() && "-+ #0".indexOf(f.charAt(i)) >= 0) {
        i++;
      }
      while (i < f.length() && (Character.isDigit(f.charAt(i)) || f.charAt(i) == '.')) {
        i++;
      }
      if (i >= f.length()) {
        out.append('%').append(f, start, i);
        break;
      }
      String spec = f.substring(start, i);
      char conv = f.charAt(i++);
      String arg = next[0] < args.size() ? args.get(next[0]++) : null;
      switch (conv) {
        case 's' ->
            out.append(String.format(Locale.ROOT, "%" + spec + "s", arg == null ? "" : arg));
        case 'b' ->
            out.append(
                String.format(Locale.ROOT, "%" + spec + "s", arg == null ? "" : unescape(arg)));
        case 'c' -> out.append(arg == null || arg.isEmpty() ? "" : arg.substring(0, 1));
        case 'd', 'i', 'u', 'o', 'x', 'X' -> {
          long v = integer(inv, arg, failed);
          String javaConv =
              switch (conv) {
                case 'o' -> "o";
                case 'x' -> "x";
                case 'X' -> "X";
                default -> "d";
              };
          out.append(String.format(Locale.ROOT, "%" + spec.replace(".", "") + javaConv, v));
        }
        case 'f', 'e', 'E', 'g', 'G' -> {
          double v = 0;
          if (arg != null && !arg.isEmpty()) {
            try {
              v = Double.parseDouble(arg);
            } catch (NumberFormatException e) {
              inv.err(inv.shellName() + ": printf: " + arg + ": invalid number\n");
              failed[0] = true;
            }
          }
          out.append(String.format(Locale.ROOT, "%" + spec + conv, v));
        }
        default -> {
          inv.err(inv.shellName() + ": printf: `" + conv + "': invalid format character\n");
          failed[0] = true;
          return false;
        }
      }
    }
    return true;
  }

  private static long integer(Invocation inv, String arg, boolean[] failed) {
    if (arg == null || arg.isEmpty()) {
      return 0;
    }
    String a = arg.trim();
    try {
      if (a.startsWith("'") || a.startsWith("\"")) {
        return a.length() > 1 ? a.charAt(1) : 0;
      }
      if (a.matches("[-+]?0[xX][0-9a-fA-F]+")) {
        return Long.parseLong(a.replaceFirst("0[xX]", ""), 16);
      }
      return Long.parseLong(a);
    } catch (NumberFormatException e) {
      inv.err(inv.shellName() + ": printf: " + arg + ": invalid number\n");
      failed[0] = true;
      return 0;
    }
  }
}
