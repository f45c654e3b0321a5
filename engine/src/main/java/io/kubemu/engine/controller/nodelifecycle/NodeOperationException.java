package io.kubemu.engine.controller.nodelifecycle;

/** A node operation kubectl refuses; the message is kubectl's, without its "error: " prefix. */
public final class NodeOperationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NodeOperationException(String message) {
    super(message);
  }
}
