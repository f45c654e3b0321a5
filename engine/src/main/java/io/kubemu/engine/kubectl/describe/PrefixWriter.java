package io.kubemu.engine.kubectl.describe;

import io.kubemu.engine.kubectl.printers.TabWriter;

/**
 * describe.go's prefixWriter over the describe tab writer: each level indents by two spaces. Not
 * thread-safe.
 */
final class PrefixWriter {
  static final int LEVEL_0 = 0;
  static final int LEVEL_1 = 1;
  static final int LEVEL_2 = 2;
  static final int LEVEL_3 = 3;
  static final int LEVEL_4 = 4;

  private final TabWriter out = TabWriter.forDescribe();

  /** Writes text after {@code level} indents. */
  PrefixWriter write(int level, String text) {
    out.write("  ".repeat(level) + text);
    return this;
  }

  /** Writes a line without indent. */
  PrefixWriter writeLine(String text) {
    out.write(text + "\n");
    return this;
  }

  /** Formats what is buffered, so that the next lines align on their own. */
  void flush() {
    out.flush();
  }

  /** {@return everything written} */
  String text() {
    return out.text();
  }
}
