package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.KubernetesObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints tables as kubectl does (cli-runtime HumanReadablePrinter: decorateTable then printTable):
 * upper-case headers, wide columns only with {@code -o wide}, the NAMESPACE, label and LABELS
 * columns, {@code kind/name} names, and no output at all for an empty table. Stateless.
 */
public final class TablePrinter {
  private TablePrinter() {}

  /** Writes the table (header unless suppressed, then one line per row) to the writer. */
  public static void print(Table table, PrintOptions options, TabWriter out) {
    if (table.rows().isEmpty()) return; // no headers without rows
    List<Column> columns = table.columns();
    if (!options.noHeaders()) {
      List<String> headers = new ArrayList<>();
      if (options.withNamespace()) headers.add("NAMESPACE");
      for (Column c : columns) {
        if (visible(c, options)) headers.add(c.name().toUpperCase(Locale.ROOT));
      }
      headers.addAll(labelHeaders(options.columnLabels()));
      if (options.showLabels()) headers.add("LABELS");
      out.write(String.join("\t", headers) + "\n");
    }
    for (Table.Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      KubernetesObject o = row.object();
      if (options.withNamespace()) cells.add(Formats.nullToEmpty(o.metadata().namespace()));
      for (int i = 0; i < columns.size() && i < row.cells().size(); i++) {
        Column c = columns.get(i);
        if (!visible(c, options)) continue;
        String cell = row.cells().get(i);
        if (c.isName() && options.kindPrefix() != null) cell = options.kindPrefix() + "/" + cell;
        cells.add(truncateAtNewline(cell));
      }
      for (String key : options.columnLabels()) {
        cells.add(Formats.nullToEmpty(o.metadata().labels().get(key)));
      }
      if (options.showLabels()) cells.add(Formats.labels(o.metadata().labels()));
      out.write(String.join("\t", cells) + "\n");
    }
  }

  /** {@return the table as kubectl prints it alone} */
  public static String render(Table table, PrintOptions options) {
    TabWriter w = TabWriter.forTables();
    print(table, options, w);
    return w.text();
  }

  // tableprinter.go formatLabelHeaders
  static List<String> labelHeaders(List<String> columnLabels) {
    List<String> out = new ArrayList<>();
    for (String l : columnLabels) {
      String[] p = l.split("/", -1);
      out.add(p[p.length - 1].toUpperCase(Locale.ROOT));
    }
    return out;
  }

  private static boolean visible(Column c, PrintOptions options) {
    return options.wide() || c.priority() == 0;
  }

  private static String truncateAtNewline(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl) + "...";
  }
}
