package io.kubemu.engine.api;

/**
 * Told of every committed write, synchronously and in order (the timeline is one). A listener must
 * not write to the {@link ApiServer}; controllers use watches, which are asynchronous.
 */
@FunctionalInterface
public interface WriteListener {
  void onWrite(Write write);
}
