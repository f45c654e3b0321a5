package io.kubemu.model.core;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A Service (core/v1): a stable address for a set of pods.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 */
public record Service(ObjectMeta metadata, ServiceSpec spec, ServiceStatus status)
    implements HasStatus<ServiceStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "v1";

  /** The kind {@value}. */
  public static final String KIND = "Service";

  public Service {
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
  public Service withMetadata(ObjectMeta metadata) {
    return new Service(metadata, spec, status);
  }

  public Service withSpec(ServiceSpec spec) {
    return new Service(metadata, spec, status);
  }

  @Override
  public Service withStatus(ServiceStatus status) {
    return new Service(metadata, spec, status);
  }
}
