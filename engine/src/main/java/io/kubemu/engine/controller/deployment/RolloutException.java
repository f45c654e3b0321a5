package io.kubemu.engine.controller.deployment;

/**
 * A {@code kubectl rollout} command failed on the client side, with kubectl's message (without its
 * {@code error: } prefix), e.g. {@code unable to find specified revision 7 in history}.
 */
public final class RolloutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RolloutException(String message) {
    super(message);
  }
}
