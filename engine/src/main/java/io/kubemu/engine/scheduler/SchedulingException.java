package io.kubemu.engine.scheduler;

/** A plugin failure that upstream reports as an Error status; the cycle turns it into one. */
public final class SchedulingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SchedulingException(String message) {
    super(message);
  }
}
