package io.kubemu.manifest;

/**
 * A manifest that could not be read. The message names where, then what, in Kubernetes' words:
 *
 * <pre>{@code
 * nginx.yaml: document 1 (Deployment "nginx-deploy"), line 14, column 9: strict decoding error:
 *     unknown field "spec.template.spec.containers[0].imagePullPolcy"
 * }</pre>
 *
 * <p>The parts are also available one by one; those that do not apply are 0 or null.
 */
public final class ManifestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int document;
  private final String object;
  private final int line;
  private final int column;
  private final String fieldPath;
  private final String detail;

  ManifestException(
      String source,
      int document,
      String object,
      Position position,
      String fieldPath,
      String detail,
      Throwable cause) {
    super(where(source, document, object, position) + ": " + detail, cause);
    this.source = source;
    this.document = document;
    this.object = object;
    this.line = position == null ? 0 : position.line();
    this.column = position == null ? 0 : position.column();
    this.fieldPath = fieldPath;
    this.detail = detail;
  }

  /**
   * {@return "nginx.yaml: document 1 (Deployment "web"), line 3, column 5", leaving out what is not
   * known}
   */
  static String where(String source, int document, String object, Position position) {
    StringBuilder b = new StringBuilder(source);
    if (document > 0) b.append(": document ").append(document);
    if (object != null) b.append(document > 0 ? " (" : ": (").append(object).append(')');
    if (position != null) {
      b.append(document > 0 || object != null ? ", " : ": ");
      b.append("line ").append(position.line()).append(", column ").append(position.column());
    }
    return b.toString();
  }

  /** {@return the file name, classpath resource, or {@code <string>}} */
  public String source() {
    return source;
  }

  /** {@return the 1-based index of the document in the stream, or 0 if none applies} */
  public int document() {
    return document;
  }

  /** {@return the object, as {@code Deployment "web"}, or null when not known} */
  public String object() {
    return object;
  }

  /** {@return the 1-based line, or 0 when not known} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column (in code points), or 0 when not known} */
  public int column() {
    return column;
  }

  /** {@return the field path, as {@code spec.template.spec.containers[0].image}, or null} */
  public String fieldPath() {
    return fieldPath;
  }

  /** {@return the problem without the location prefix} */
  public String detail() {
    return detail;
  }
}
