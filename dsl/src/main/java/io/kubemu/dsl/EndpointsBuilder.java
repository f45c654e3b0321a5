package io.kubemu.dsl;

import io.kubemu.model.core.EndpointSubset;
import io.kubemu.model.core.Endpoints;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link Endpoints} (normally written by the endpoints controller): {@code
 * endpoints("web").subset(new EndpointSubset(...))}. Mutable, not thread-safe.
 */
public final class EndpointsBuilder extends AbstractObjectBuilder<Endpoints, EndpointsBuilder> {

  private final List<EndpointSubset> subsets = new ArrayList<>();

  EndpointsBuilder() {}

  /** {@return a builder holding every field of {@code endpoints}} */
  public static EndpointsBuilder from(Endpoints endpoints) {
    EndpointsBuilder b = new EndpointsBuilder().metadata(endpoints.metadata());
    b.subsets.addAll(endpoints.subsets());
    return b;
  }

  /** Appends to {@code subsets}. */
  public EndpointsBuilder subset(EndpointSubset subset) {
    subsets.add(subset);
    return this;
  }

  @Override
  public Endpoints build() {
    return new Endpoints(meta(), subsets);
  }
}
