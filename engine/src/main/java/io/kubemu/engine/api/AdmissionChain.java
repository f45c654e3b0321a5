package io.kubemu.engine.api;

import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ordered admission plugins of an {@link ApiServer}: per kind, or for every kind, in
 * registration order. Empty by default. Not thread-safe.
 */
public final class AdmissionChain {

  private record Entry(Kind kind, Admission plugin) {}

  private final List<Entry> entries = new ArrayList<>();

  AdmissionChain() {}

  /** Registers {@code plugin} for objects of {@code kind}. */
  public AdmissionChain register(Kind kind, Admission plugin) {
    entries.add(new Entry(Objects.requireNonNull(kind), Objects.requireNonNull(plugin)));
    return this;
  }

  /** Registers {@code plugin} for objects of {@code type}. */
  public AdmissionChain register(Class<? extends KubernetesObject> type, Admission plugin) {
    return register(Kinds.of(type), plugin);
  }

  /** Registers {@code plugin} for objects of every kind. */
  public AdmissionChain registerForAll(Admission plugin) {
    entries.add(new Entry(null, Objects.requireNonNull(plugin)));
    return this;
  }

  /** {@return whether no plugin is registered} */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Runs the mutating phase; {@return the mutated object}. */
  KubernetesObject admit(AdmissionRequest request) {
    AdmissionRequest r = request;
    for (Entry e : entries) {
      if (e.kind != null && !e.kind.equals(request.kind())) continue;
      KubernetesObject out = e.plugin.admit(r);
      if (out == null || out.getClass() != request.object().getClass()) {
        throw new IllegalStateException(
            "admission plugin "
                + e.plugin.getClass().getName()
                + " returned "
                + (out == null ? "null" : out.getClass().getName())
                + " for a "
                + request.kind().kind());
      }
      r = r.withObject(out);
    }
    return r.object();
  }

  /** Runs the validating phase. */
  void validate(AdmissionRequest request) {
    for (Entry e : entries) {
      if (e.kind != null && !e.kind.equals(request.kind())) continue;
      e.plugin.validate(request);
    }
  }
}
