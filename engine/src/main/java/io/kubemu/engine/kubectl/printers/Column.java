package io.kubemu.engine.kubectl.printers;

/**
 * A column of a kubectl table (metav1.TableColumnDefinition).
 *
 * @param name upstream's name, e.g. {@code Nominated Node}; the header is its upper case
 * @param priority 0 for default columns, 1 for {@code -o wide} only
 * @param isName whether this is the name column ({@code Format: "name"}), prefixed with the kind
 *     when several kinds are listed
 */
public record Column(String name, int priority, boolean isName) {

  /** {@return a default (priority 0) column} */
  public static Column of(String name) {
    return new Column(name, 0, false);
  }

  /** {@return a {@code -o wide} column} */
  public static Column wide(String name) {
    return new Column(name, 1, false);
  }

  /** {@return the {@code Name} column} */
  public static Column nameColumn() {
    return new Column("Name", 0, true);
  }
}
