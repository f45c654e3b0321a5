package io.kubemu.engine.scheduler;

/**
 * Data a plugin stores in the {@link CycleState}. Mirrors framework.StateData (v1.30): state that
 * preemption's dry runs mutate (through {@link PreFilterExtensions}) must copy itself deeply.
 */
public interface StateData {

  /** {@return a copy that later changes to this one do not affect; immutable data returns this} */
  StateData copy();
}
