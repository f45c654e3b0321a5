package io.kubemu.model.core;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.internal.Copies;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;

/**
 * Endpoints (core/v1): the addresses behind a service, kept by the endpoints controller. No status.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 */
public record Endpoints(ObjectMeta metadata, List<EndpointSubset> subsets)
    implements KubernetesObject {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "v1";

  /** The kind {@value}. */
  public static final String KIND = "Endpoints";

  public Endpoints {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    subsets = Copies.list(subsets);
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
  public Endpoints withMetadata(ObjectMeta metadata) {
    return new Endpoints(metadata, subsets);
  }

  public Endpoints withSubsets(List<EndpointSubset> subsets) {
    return new Endpoints(metadata, subsets);
  }
}
