package io.kubemu.engine.time;

import java.time.Duration;
import java.time.Instant;

/**
 * Thrown when virtual time ran out before a condition held: {@link EventLoop#runUntil} and {@link
 * EventLoop#runUntilIdle}. The message says what was awaited, the virtual time, how many tasks ran,
 * what was still pending and a summary of the state.
 */
public final class ConditionTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String awaited;
  private final Instant virtualTime;
  private final Duration waited;
  private final String state;

  public ConditionTimeoutException(
      String awaited, Instant virtualTime, Duration waited, String details, String state) {
    super(message(awaited, virtualTime, waited, details, state));
    this.awaited = awaited;
    this.virtualTime = virtualTime;
    this.waited = waited;
    this.state = state;
  }

  private static String message(
      String awaited, Instant virtualTime, Duration waited, String details, String state) {
    StringBuilder sb =
        new StringBuilder("Timed out after ")
            .append(waited)
            .append(" of virtual time waiting for ")
            .append(awaited)
            .append("\n  virtual time: ")
            .append(virtualTime);
    if (details != null && !details.isEmpty()) sb.append("\n  ").append(details);
    if (state != null && !state.isEmpty()) {
      sb.append("\n  state:\n    ").append(state.strip().replace("\n", "\n    "));
    }
    return sb.toString();
  }

  /** {@return the description of what was awaited} */
  public String awaited() {
    return awaited;
  }

  /** {@return the virtual time when waiting stopped} */
  public Instant virtualTime() {
    return virtualTime;
  }

  /** {@return how much virtual time passed while waiting} */
  public Duration waited() {
    return waited;
  }

  /** {@return the state summary at timeout, possibly empty} */
  public String state() {
    return state;
  }
}
