package io.kubemu.engine.controller.nodelifecycle;

import io.kubemu.model.core.Taint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * kubectl taint's argument syntax and merge (staging/src/k8s.io/kubectl/pkg/cmd/taint, v1.30):
 * {@code key=value:Effect} and {@code key:Effect} add, {@code key:Effect-} and {@code key-} remove.
 */
final class KubectlTaints {
  private KubectlTaints() {}

  /** Parsed arguments: taints to add and to remove (a remove with a null effect matches all). */
  record Parsed(List<Taint> add, List<Taint> remove) {}

  /** The merge result: the node's new taints and kubectl's verb (tainted, untainted, modified). */
  record Merged(List<Taint> taints, String operation) {}

  // ParseTaints
  static Parsed parse(List<String> specs) {
    List<Taint> add = new ArrayList<>();
    List<Taint> remove = new ArrayList<>();
    Set<String> unique = new LinkedHashSet<>();
    for (String spec : specs) {
      if (spec.endsWith("-")) {
        String key = spec.substring(0, spec.length() - 1);
        String effect = null;
        if (key.contains(":")) {
          String[] parts = key.split(":", -1);
          key = parts[0];
          effect = parts[1];
        }
        if (effect != null && !effect.isEmpty()) validateEffect(effect);
        remove.add(new Taint(key, null, effect == null || effect.isEmpty() ? null : effect, null));
      } else {
        Taint t = parseTaint(spec);
        if (t.effect() == null || t.effect().isEmpty()) {
          throw new IllegalArgumentException("unknown taint spec: " + spec);
        }
        if (!unique.add(t.key() + ":" + t.effect())) {
          throw new IllegalArgumentException(
              "duplicated taints with the same key and effect: " + t);
        }
        add.add(t);
      }
    }
    for (Taint r : remove) {
      for (Taint a : add) {
        if (a.key().equals(r.key()) && (r.effect() == null || r.effect().equals(a.effect()))) {
          throw new IllegalArgumentException(
              "can not both modify and remove the following taint(s) in the same command: "
                  + toString(a));
        }
      }
    }
    return new Parsed(add, remove);
  }

  // parseTaint
  static Taint parseTaint(String st) {
    String[] parts = st.split(":", -1);
    String key;
    String value = null;
    String effect = null;
    if (parts.length == 1) {
      key = parts[0];
    } else if (parts.length == 2) {
      effect = parts[1];
      validateEffect(effect);
      String[] kv = parts[0].split("=", -1);
      if (kv.length > 2) throw new IllegalArgumentException("invalid taint spec: " + st);
      key = kv[0];
      if (kv.length == 2) value = kv[1];
    } else {
      throw new IllegalArgumentException("invalid taint spec: " + st);
    }
    if (key.isEmpty()) throw new IllegalArgumentException("invalid taint spec: " + st);
    return new Taint(key, value == null || value.isEmpty() ? null : value, effect, null);
  }

  // validateTaintEffect
  static void validateEffect(String effect) {
    if (!Taint.EFFECT_NO_SCHEDULE.equals(effect)
        && !Taint.EFFECT_PREFER_NO_SCHEDULE.equals(effect)
        && !Taint.EFFECT_NO_EXECUTE.equals(effect)) {
      throw new IllegalArgumentException(
          "invalid taint effect: " + effect + ", unsupported taint effect");
    }
  }

  /** {@return "key=value:effect" as Taint.ToString prints it} */
  static String toString(Taint t) {
    String s = t.key();
    if (t.value() != null && !t.value().isEmpty()) s += "=" + t.value();
    if (t.effect() != null && !t.effect().isEmpty()) s += ":" + t.effect();
    return s;
  }

  // reorganizeTaints (with checkIfTaintsAlreadyExists for --overwrite=false)
  static Merged merge(String node, List<Taint> old, Parsed p, boolean overwrite, Instant now) {
    if (!overwrite) {
      List<String> exists = new ArrayList<>();
      for (Taint a : p.add()) {
        for (Taint o : old) {
          if (o.key().equals(a.key()) && o.effect().equals(a.effect())) exists.add(a.key());
        }
      }
      if (!exists.isEmpty()) {
        throw new IllegalArgumentException(
            "node "
                + node
                + " already has "
                + String.join(",", exists)
                + " taint(s) with same effect(s) and --overwrite is false");
      }
    }
    List<Taint> out = new ArrayList<>();
    for (Taint a : p.add()) {
      Instant t = Taint.EFFECT_NO_EXECUTE.equals(a.effect()) ? now : null;
      out.add(new Taint(a.key(), a.value(), a.effect(), t));
    }
    for (Taint o : old) { // addTaints: keep the old taints not being updated
      if (out.stream().noneMatch(n -> n.key().equals(o.key()) && n.effect().equals(o.effect()))) {
        out.add(o);
      }
    }
    boolean added = old.size() != out.size();
    boolean deleted = false;
    List<String> errors = new ArrayList<>();
    for (Taint r : p.remove()) { // deleteTaints
      boolean removed =
          out.removeIf(
              o ->
                  o.key().equals(r.key()) && (r.effect() == null || r.effect().equals(o.effect())));
      if (!removed) errors.add("taint \"" + toString(r) + "\" not found");
      deleted |= removed;
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          errors.size() == 1 ? errors.get(0) : "[" + String.join(", ", errors) + "]");
    }
    String op = (added && deleted) || overwrite ? "modified" : added ? "tainted" : "untainted";
    return new Merged(out, op);
  }
}
