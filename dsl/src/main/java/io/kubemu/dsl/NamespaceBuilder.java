package io.kubemu.dsl;

import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.NamespaceSpec;
import io.kubemu.model.core.NamespaceStatus;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Namespace}: {@code namespace("app").label("team", "web")}. Adds no defaults (the
 * API server sets {@code spec.finalizers: [kubernetes]} and phase Active). Mutable, not
 * thread-safe.
 */
public final class NamespaceBuilder extends AbstractObjectBuilder<Namespace, NamespaceBuilder> {

  private NamespaceSpec spec;
  private NamespaceStatus status;

  NamespaceBuilder() {}

  /** {@return a builder holding every field of {@code namespace}, status included} */
  public static NamespaceBuilder from(Namespace namespace) {
    NamespaceBuilder b = new NamespaceBuilder().metadata(namespace.metadata());
    b.spec = namespace.spec();
    b.status = namespace.status();
    return b;
  }

  /** {@code status} (the namespace controller writes the phase). */
  public NamespaceBuilder status(NamespaceStatus status) {
    this.status = status;
    return this;
  }

  /** Escape hatch: edits {@code spec} as a record (unset is passed as an empty spec). */
  public NamespaceBuilder spec(UnaryOperator<NamespaceSpec> edit) {
    spec = edit.apply(spec == null ? new NamespaceSpec(null) : spec);
    return this;
  }

  @Override
  public Namespace build() {
    return new Namespace(meta(), spec, status);
  }
}
