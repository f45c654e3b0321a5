package io.kubemu.engine.kubectl.printers;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code text/tabwriter} (elastic tabstops) as kubectl uses it, with the {@code
 * RememberWidths} flag of github.com/liggitt/tabwriter: tab-terminated cells of consecutive lines
 * form a column as wide as its widest cell plus the padding (at least the minimum width); the last
 * cell of a line is not part of a column and is never padded. Padding is done with spaces; lines
 * are separated by {@code '\n'}.
 *
 * <p>{@link #forTables()} is kubectl's {@code printers.GetNewTabWriter} (min width 6, padding 3,
 * remembering widths across flushes, as {@code get -w} relies on); {@link #forDescribe()} is
 * describe's {@code tabbedString} writer (min width 0, padding 2).
 *
 * <p>Not thread-safe.
 */
public final class TabWriter {

  private record Cell(String text, int width) {}

  private final int minWidth;
  private final int padding;
  private final boolean rememberWidths;
  private final StringBuilder out = new StringBuilder();
  private final List<Integer> maxWidths = new ArrayList<>();
  private final List<Integer> widths = new ArrayList<>();
  private List<List<Cell>> lines = new ArrayList<>();
  private StringBuilder cell = new StringBuilder();

  /**
   * @param minWidth minimal cell width including the padding
   * @param padding spaces added to a cell's width to compute its column width
   * @param rememberWidths keep the widest width seen per column across flushes
   */
  public TabWriter(int minWidth, int padding, boolean rememberWidths) {
    this.minWidth = minWidth;
    this.padding = padding;
    this.rememberWidths = rememberWidths;
    reset();
  }

  /** {@return kubectl's table writer: min width 6, padding 3, widths remembered} */
  public static TabWriter forTables() {
    return new TabWriter(6, 3, true);
  }

  /** {@return kubectl describe's writer: min width 0, padding 2} */
  public static TabWriter forDescribe() {
    return new TabWriter(0, 2, false);
  }

  /** Appends text; a line holding a single cell flushes what is buffered (as Go's does). */
  public TabWriter write(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\t' || ch == '\n') {
        int cells = terminateCell();
        if (ch == '\n') {
          lines.add(new ArrayList<>());
          if (cells == 1) flush();
        }
      } else {
        cell.append(ch);
      }
    }
    return this;
  }

  /** Formats everything buffered into the output. */
  public TabWriter flush() {
    if (cell.length() > 0) terminateCell();
    format(0, lines.size());
    reset();
    return this;
  }

  /** {@return everything written so far, after a {@link #flush()}} */
  public String text() {
    flush();
    return out.toString();
  }

  /** {@return the output produced since the last call, after a {@link #flush()}} */
  public String drain() {
    flush();
    String s = out.toString();
    out.setLength(0);
    return s;
  }

  private int terminateCell() {
    String t = cell.toString();
    List<Cell> line = lines.get(lines.size() - 1);
    line.add(new Cell(t, t.codePointCount(0, t.length())));
    cell = new StringBuilder();
    return line.size();
  }

  private void reset() {
    lines = new ArrayList<>();
    lines.add(new ArrayList<>());
    cell = new StringBuilder();
  }

  // tabwriter.Writer.format
  private void format(int line0, int line1) {
    int column = widths.size();
    for (int thisLine = line0; thisLine < line1; thisLine++) {
      if (column >= lines.get(thisLine).size() - 1) continue;
      // a cell exists in this column: print the lines above, then this column block
      writeLines(line0, thisLine);
      line0 = thisLine;
      int width = minWidth;
      for (; thisLine < line1; thisLine++) {
        List<Cell> line = lines.get(thisLine);
        if (column >= line.size() - 1) break;
        width = Math.max(width, line.get(column).width() + padding);
      }
      if (rememberWidths) {
        while (maxWidths.size() < widths.size()) maxWidths.add(widths.get(maxWidths.size()));
        if (maxWidths.size() == widths.size()) {
          maxWidths.add(width);
        } else if (maxWidths.get(column) > width) {
          width = maxWidths.get(column);
        } else {
          maxWidths.set(column, width);
        }
      }
      widths.add(width);
      format(line0, thisLine);
      widths.remove(widths.size() - 1);
      line0 = thisLine;
    }
    writeLines(line0, line1);
  }

  private void writeLines(int line0, int line1) {
    for (int i = line0; i < line1; i++) {
      List<Cell> line = lines.get(i);
      for (int j = 0; j < line.size(); j++) {
        Cell c = line.get(j);
        out.append(c.text());
        if (j < widths.size()) out.append(" ".repeat(widths.get(j) - c.width()));
      }
      if (i + 1 < lines.size()) out.append('\n');
    }
  }
}
