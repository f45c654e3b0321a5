package io.kubemu.engine.kubectl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell does for simple commands: whitespace separates
 * words, single quotes keep everything literally, double quotes keep everything but {@code \"},
 * {@code \\} and {@code \$}, and a backslash outside quotes escapes the next character. A leading
 * {@code kubectl} word is dropped. Stateless.
 */
final class CommandLine {
  private CommandLine() {}

  /**
   * {@return the words of the command line}
   *
   * @throws KubectlException for an unterminated quote
   */
  static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        i++;
      } else if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) throw KubectlException.error("unterminated quote in: " + line);
        word.append(line, i + 1, end);
        inWord = true;
        i = end + 1;
      } else if (c == '"') {
        i++;
        boolean closed = false;
        while (i < line.length()) {
          char d = line.charAt(i);
          if (d == '"') {
            closed = true;
            i++;
            break;
          }
          if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
            word.append(line.charAt(i + 1));
            i += 2;
          } else {
            word.append(d);
            i++;
          }
        }
        if (!closed) throw KubectlException.error("unterminated quote in: " + line);
        inWord = true;
      } else if (c == '\\' && i + 1 < line.length()) {
        word.append(line.charAt(i + 1));
        inWord = true;
        i += 2;
      } else {
        word.append(c);
        inWord = true;
        i++;
      }
    }
    if (inWord) words.add(word.toString());
    if (!words.isEmpty() && words.get(0).equals("kubectl")) words.remove(0);
    return words;
  }
}
