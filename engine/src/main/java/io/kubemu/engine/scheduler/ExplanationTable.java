package io.kubemu.engine.scheduler;

import java.util.ArrayList;
import java.util.List;

/** Renders an {@link Explanation} as aligned text tables, kubectl style. */
final class ExplanationTable {

  private ExplanationTable() {}

  static String render(Explanation e) {
    StringBuilder b = new StringBuilder();
    b.append("pod ")
        .append(e.pod())
        .append(" attempt ")
        .append(e.attempt())
        .append(" at ")
        .append(e.time())
        .append(": ");
    if (e.scheduled()) {
      b.append("scheduled to ")
          .append(e.selectedNode())
          .append(" (")
          .append(e.feasible().size())
          .append(" of ")
          .append(e.numAllNodes())
          .append(" nodes feasible)");
    } else {
      b.append(e.message() == null ? "unschedulable" : e.message());
    }
    if (e.nominatedNodeName() != null && !e.nominatedNodeName().isEmpty()) {
      b.append("; nominated node ").append(e.nominatedNodeName());
    }
    b.append('\n');
    if (!e.filtered().isEmpty()) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"NODE", "FILTERED BY", "REASON"});
      for (Explanation.NodeFilter f : e.filtered()) {
        rows.add(
            new String[] {
              f.node(), f.plugin() == null ? "" : f.plugin(), String.join(", ", f.reasons())
            });
      }
      appendTable(b, rows);
    }
    if (!e.scores().isEmpty()) {
      b.append('\n');
      List<String[]> rows = new ArrayList<>();
      int n = e.scorePlugins().size();
      String[] header = new String[n + 2];
      header[0] = "NODE";
      for (int p = 0; p < n; p++) {
        Explanation.WeightedPlugin wp = e.scorePlugins().get(p);
        header[p + 1] = wp.plugin() + " x" + wp.weight();
      }
      header[n + 1] = "TOTAL";
      rows.add(header);
      for (Explanation.NodeScore s : e.scores()) {
        String[] row = new String[n + 2];
        row[0] = s.node().equals(e.selectedNode()) ? s.node() + " *" : s.node();
        for (int p = 0; p < n; p++) {
          Explanation.PluginScore ps = s.plugins().get(p);
          row[p + 1] = ps.raw() + " -> " + ps.normalized();
        }
        row[n + 1] = Long.toString(s.total());
        rows.add(row);
      }
      appendTable(b, rows);
      b.append("(raw score -> normalized score; TOTAL sums normalized x weight; * selected)\n");
    } else if (e.scheduled()) {
      b.append("only ").append(e.selectedNode()).append(" passed the filters; no scoring\n");
    }
    return b.toString();
  }

  private static void appendTable(StringBuilder b, List<String[]> rows) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] r : rows) {
      for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], r[c].length());
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        line.append(r[c]);
        if (c < cols - 1) line.append(" ".repeat(width[c] - r[c].length() + 3));
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
