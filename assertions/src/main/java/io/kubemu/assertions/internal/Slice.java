package io.kubemu.assertions.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A capped excerpt of rows (timeline writes, milestones) around one marked row, as failure messages
 * print it: at most {@value #BEFORE} rows before and {@value #AFTER} after the marked one, a value
 * column aligned, the marked row ending in {@code <-- here}, and {@code ... N earlier} / {@code ...
 * N later} for what is left out (AssertJ caps long lists the same way).
 */
public final class Slice {
  /** Rows shown before the marked one. */
  public static final int BEFORE = 3;

  /** Rows shown after the marked one. */
  public static final int AFTER = 3;

  /** The marker of the offending row. */
  public static final String HERE = "<-- here";

  /**
   * One row.
   *
   * @param text the row, e.g. a timeline line
   * @param value an aligned value column, or empty
   */
  public record Row(String text, String value) {}

  private Slice() {}

  /** {@return the excerpt around {@code marked}, each line indented by two spaces} */
  public static String render(List<Row> rows, int marked) {
    int from = Math.max(0, marked - BEFORE);
    int to = Math.min(rows.size(), marked + AFTER + 1);
    int width = 0;
    for (int i = from; i < to; i++) width = Math.max(width, rows.get(i).text().length());
    List<String> lines = new ArrayList<>();
    if (from > 0) lines.add("... " + from + " earlier");
    for (int i = from; i < to; i++) {
      Row row = rows.get(i);
      StringBuilder line = new StringBuilder(row.text());
      if (!row.value().isEmpty()) {
        line.append(" ".repeat(width - row.text().length())).append("  ").append(row.value());
      }
      if (i == marked) line.append("  ").append(HERE);
      lines.add(line.toString());
    }
    if (to < rows.size()) lines.add("... " + (rows.size() - to) + " later");
    return Lines.indented(lines);
  }
}
