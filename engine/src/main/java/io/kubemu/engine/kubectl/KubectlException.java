package io.kubemu.engine.kubectl;

/**
 * A kubectl command failed. The message is the text kubectl prints on stderr, e.g. {@code Error
 * from server (NotFound): deployments.apps "web" not found} or {@code error: unknown command
 * "frobnicate" for "kubectl"}; {@link #output()} holds what the command printed on stdout before
 * failing (e.g. the rows it could print).
 *
 * <p>Immutable.
 */
public final class KubectlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String output;

  /** A failure with kubectl's error text and nothing printed before. */
  public KubectlException(String message) {
    this(message, "");
  }

  /** A failure with kubectl's error text and the stdout printed before it. */
  public KubectlException(String message, String output) {
    super(message);
    this.output = output == null ? "" : output;
  }

  /** {@return the text printed on stdout before the failure, "" if none} */
  public String output() {
    return output;
  }

  /** {@return a failure prefixed {@code error: }, as kubectl's own (client-side) errors are} */
  public static KubectlException error(String message) {
    return new KubectlException("error: " + message);
  }
}
