package io.kubemu.engine.runtime;

/**
 * What a simulated HTTP GET or TCP connect got.
 *
 * @param connected whether something accepted the connection (false: connection refused)
 * @param status the HTTP status (0 when not connected or for TCP)
 */
public record HttpAnswer(boolean connected, int status) {

  /** Nothing listens on the port. */
  public static final HttpAnswer REFUSED = new HttpAnswer(false, 0);

  /** {@return a response with this status} */
  public static HttpAnswer status(int status) {
    return new HttpAnswer(true, status);
  }
}
