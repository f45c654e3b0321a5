package io.kubemu.engine.runtime.shell;

/** A simulated command. */
@FunctionalInterface
interface Builtin {
  Outcome run(Invocation inv);
}
