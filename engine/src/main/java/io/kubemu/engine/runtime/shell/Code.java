package io.kubemu.engine.runtime.shell;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled program: instructions, and the slot each command substitution's output is captured
 * into (keyed by the parsed part's identity; only looked up, never iterated). Immutable once built.
 */
final class Code {
  final Instr[] instructions;
  private final Map<Word.CommandSub, Integer> slots;

  Code(List<Instr> instructions, IdentityHashMap<Word.CommandSub, Integer> slots) {
    this.instructions = instructions.toArray(new Instr[0]);
    this.slots = slots;
  }

  int slotCount() {
    return slots.size();
  }

  /** The slot of a command substitution compiled into this code. */
  int slotOf(Word.CommandSub sub) {
    Integer slot = slots.get(sub);
    if (slot == null) {
      throw new IllegalStateException("command substitution not compiled here: " + sub);
    }
    return slot;
  }
}
