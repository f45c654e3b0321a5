package io.kubemu.model.core;

import io.kubemu.model.meta.ObjectMeta;

/**
 * The pod a workload controller creates (core/v1 PodTemplateSpec).
 *
 * @param metadata labels and annotations copied to each pod; never null (an absent one becomes
 *     {@link ObjectMeta#EMPTY})
 * @param spec the pod's spec
 */
public record PodTemplateSpec(ObjectMeta metadata, PodSpec spec) {

  public PodTemplateSpec {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
  }

  public PodTemplateSpec withMetadata(ObjectMeta metadata) {
    return new PodTemplateSpec(metadata, spec);
  }

  public PodTemplateSpec withSpec(PodSpec spec) {
    return new PodTemplateSpec(metadata, spec);
  }
}
