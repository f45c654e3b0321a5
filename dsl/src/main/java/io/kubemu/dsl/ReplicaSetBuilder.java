package io.kubemu.dsl;

import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.ReplicaSetSpec;
import io.kubemu.model.apps.ReplicaSetStatus;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link ReplicaSet}. Adds no defaults (the API server defaults replicas to 1). Mutable,
 * not thread-safe.
 */
public final class ReplicaSetBuilder
    extends AbstractWorkloadBuilder<ReplicaSet, ReplicaSetBuilder> {

  private static final ReplicaSetSpec UNSET = new ReplicaSetSpec(null, null, null, null);

  private Integer replicas;
  private Integer minReadySeconds;
  private ReplicaSetStatus status;

  ReplicaSetBuilder() {}

  /** {@return a builder holding every field of {@code replicaSet}, status included} */
  public static ReplicaSetBuilder from(ReplicaSet replicaSet) {
    ReplicaSetBuilder b = new ReplicaSetBuilder().metadata(replicaSet.metadata());
    b.load(replicaSet.spec());
    b.status = replicaSet.status();
    return b;
  }

  /** {@code spec.replicas}. */
  public ReplicaSetBuilder replicas(int replicas) {
    this.replicas = replicas;
    return this;
  }

  /** {@code spec.minReadySeconds} (unset means 0). */
  public ReplicaSetBuilder minReadySeconds(int seconds) {
    this.minReadySeconds = seconds;
    return this;
  }

  /** {@code status} (normally written by the controller). */
  public ReplicaSetBuilder status(ReplicaSetStatus status) {
    this.status = status;
    return this;
  }

  /** Escape hatch: edits {@code spec} as a record (unset is passed with every field null). */
  public ReplicaSetBuilder spec(UnaryOperator<ReplicaSetSpec> edit) {
    load(edit.apply(spec()));
    return this;
  }

  @Override
  public ReplicaSet build() {
    return new ReplicaSet(meta(), present(spec(), UNSET), status);
  }

  private ReplicaSetSpec spec() {
    return new ReplicaSetSpec(replicas, minReadySeconds, selector, template);
  }

  private void load(ReplicaSetSpec s) {
    specGiven(s != null);
    if (s == null) s = UNSET;
    replicas = s.replicas();
    minReadySeconds = s.minReadySeconds();
    selector = s.selector();
    template = s.template();
  }
}
