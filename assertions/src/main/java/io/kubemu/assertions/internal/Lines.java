package io.kubemu.assertions.internal;

import java.util.List;

/** Joins and indents the multi-line blocks of failure messages. */
public final class Lines {
  private Lines() {}

  /** The line separator messages use, as AssertJ's {@code %n}. */
  public static final String NL = System.lineSeparator();

  /** {@return the lines joined, each indented by two spaces} */
  public static String indented(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      if (sb.length() > 0) sb.append(NL);
      sb.append("  ").append(line.replace("\n", NL + "  "));
    }
    return sb.toString();
  }

  /** {@return the text with every line indented by {@code spaces} spaces} */
  public static String indent(String text, int spaces) {
    String pad = " ".repeat(spaces);
    return pad + text.strip().replace(NL, "\n").replace("\n", NL + pad);
  }
}
