package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.KubernetesObject;
import java.util.List;

/**
 * A table of objects as the API server answers {@code kubectl get} (metav1.Table).
 *
 * @param columns the columns, wide ones included
 * @param rows one row per object
 */
public record Table(List<Column> columns, List<Row> rows) {

  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * One row.
   *
   * @param object the object the row shows (for the namespace and label columns)
   * @param cells one cell per column
   */
  public record Row(KubernetesObject object, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }
}
