package io.kubemu.engine.runtime.shell;

/** Backslash escapes shared by {@code $'...'}, {@code echo -e} and {@code printf}. */
final class Escapes {
  private Escapes() {}

  /**
   * Decodes the escape whose character after the backslash is at {@code at}: {@code \n \t \r \a \b
   * \f \v \e \\ \' \" \0NNN \NNN \xHH}; an unknown escape keeps its backslash.
   *
   * @return the index after the escape
   */
  static int decode(String s, int at, StringBuilder out) {
    char c = s.charAt(at);
    switch (c) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'a' -> out.append('\u0007');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'v' -> out.append('\u000b');
      case 'e', 'E' -> out.append('\u001b');
      case '\\' -> out.append('\\');
      case '\'' -> out.append('\'');
      case '"' -> out.append('"');
      case 'x' -> {
        int end = at + 1;
        while (end < s.length() && end < at + 3 && Character.digit(s.charAt(end), 16) >= 0) {
          end++;
        }
        if (end == at + 1) {
          out.append("\\x");
          return at + 1;
        }
        out.append((char) Integer.parseInt(s.substring(at + 1, end), 16));
        return end;
      }
      default -> {
        if (c >= '0' && c <= '7') {
          int start = c == '0' ? at + 1 : at;
          int end = start;
          while (end < s.length()
              && end < start + 3
              && s.charAt(end) >= '0'
              && s.charAt(end) <= '7') {
            end++;
          }
          out.append(end == start ? '\0' : (char) Integer.parseInt(s.substring(start, end), 8));
          return end;
        }
        out.append('\\').append(c);
      }
    }
    return at + 1;
  }
}
