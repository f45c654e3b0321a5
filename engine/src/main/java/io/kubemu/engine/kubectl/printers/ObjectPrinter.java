package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.KubernetesObject;
import java.time.Instant;
import java.util.List;

/**
 * The table handler of one kind (a pair of upstream's column definitions and print function): the
 * columns, and the cells of one object for every column, wide ones included (the API server builds
 * tables with {@code Wide: true}; kubectl drops priority-1 columns unless {@code -o wide}).
 *
 * @param <T> the kind's model type
 */
public interface ObjectPrinter<T extends KubernetesObject> {

  /** {@return the columns, in order} */
  List<Column> columns();

  /**
   * {@return one cell per column}
   *
   * @param now the virtual time ages are computed against
   */
  List<String> cells(T object, Instant now);
}
