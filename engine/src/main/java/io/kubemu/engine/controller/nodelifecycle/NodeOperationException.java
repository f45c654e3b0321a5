package io.kubemu.engine.controller.nodelifecycle;

import java.util.List;

/**
 * A node operation kubectl refuses; the message is kubectl's, without its "error: " prefix. {@link
 * #output()} holds what kubectl printed before giving up (a failed drain's cordon, eviction and
 * retry lines), empty when it printed nothing.
 */
public final class NodeOperationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> output;

  public NodeOperationException(String message) {
    this(message, List.of());
  }

  public NodeOperationException(String message, List<String> output) {
    super(message);
    this.output = List.copyOf(output);
  }

  /** {@return the lines printed before the final error line} */
  public List<String> output() {
    return output;
  }
}
