package io.kubemu.engine.api;

/** An open watch; close it to stop deliveries (pending ones are dropped). */
public interface Watch extends AutoCloseable {

  /** Stops the watch. Idempotent. */
  @Override
  void close();

  /** {@return whether the watch was closed} */
  boolean isClosed();

  /** {@return the resourceVersion of the last event delivered, or the starting one} */
  String resourceVersion();
}
