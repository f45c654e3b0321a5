package io.kubemu.engine.kubectl.printers;

import java.util.List;

/**
 * How a table is printed (cli-runtime printers.PrintOptions).
 *
 * @param wide {@code -o wide}: include priority-1 columns; default false
 * @param withNamespace {@code -A}: prepend a NAMESPACE column; default false
 * @param showLabels {@code --show-labels}: append a LABELS column; default false
 * @param columnLabels {@code -L k1,k2}: one column per label key, headed by the key's last path
 *     segment in upper case; default none
 * @param kindPrefix when several kinds are listed, the name column shows {@code <kindPrefix>/name}
 *     (e.g. {@code deployment.apps}); null (the default) for a plain name
 * @param noHeaders leave out the header line; default false
 */
public record PrintOptions(
    boolean wide,
    boolean withNamespace,
    boolean showLabels,
    List<String> columnLabels,
    String kindPrefix,
    boolean noHeaders) {

  /** Default columns, no decoration. */
  public static final PrintOptions DEFAULT =
      new PrintOptions(false, false, false, List.of(), null, false);

  public PrintOptions {
    columnLabels = List.copyOf(columnLabels);
  }

  public PrintOptions withWide(boolean wide) {
    return new PrintOptions(wide, withNamespace, showLabels, columnLabels, kindPrefix, noHeaders);
  }

  public PrintOptions withNamespace(boolean withNamespace) {
    return new PrintOptions(wide, withNamespace, showLabels, columnLabels, kindPrefix, noHeaders);
  }

  public PrintOptions withShowLabels(boolean showLabels) {
    return new PrintOptions(wide, withNamespace, showLabels, columnLabels, kindPrefix, noHeaders);
  }

  public PrintOptions withColumnLabels(List<String> columnLabels) {
    return new PrintOptions(wide, withNamespace, showLabels, columnLabels, kindPrefix, noHeaders);
  }

  public PrintOptions withKindPrefix(String kindPrefix) {
    return new PrintOptions(wide, withNamespace, showLabels, columnLabels, kindPrefix, noHeaders);
  }

  public PrintOptions withNoHeaders(boolean noHeaders) {
    return new PrintOptions(wide, withNamespace, showLabels, columnLabels, kindPrefix, noHeaders);
  }
}
