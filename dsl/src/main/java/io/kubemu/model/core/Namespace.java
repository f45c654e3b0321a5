package io.kubemu.model.core;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A Namespace (core/v1): a scope for names. Cluster-scoped.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 */
public record Namespace(ObjectMeta metadata, NamespaceSpec spec, NamespaceStatus status)
    implements HasStatus<NamespaceStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "v1";

  /** The kind {@value}. */
  public static final String KIND = "Namespace";

  /** Phase Active, the default. */
  public static final String PHASE_ACTIVE = "Active";

  /** Phase Terminating: being deleted; no new objects may be created in it. */
  public static final String PHASE_TERMINATING = "Terminating";

  /** The finalizer the namespace controller removes once the namespace is empty. */
  public static final String FINALIZER_KUBERNETES = "kubernetes";

  public Namespace {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
  }

  @Override
  public String apiVersion() {
    return API_VERSION;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Namespace withMetadata(ObjectMeta metadata) {
    return new Namespace(metadata, spec, status);
  }

  public Namespace withSpec(NamespaceSpec spec) {
    return new Namespace(metadata, spec, status);
  }

  @Override
  public Namespace withStatus(NamespaceStatus status) {
    return new Namespace(metadata, spec, status);
  }
}
