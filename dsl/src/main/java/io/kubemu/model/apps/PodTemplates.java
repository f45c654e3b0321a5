package io.kubemu.model.apps;

import io.kubemu.model.core.PodTemplateSpec;

/** Derivations of pod templates shared by the workload kinds. */
final class PodTemplates {
  private PodTemplates() {}

  /**
   * {@return the template with container (or init container) {@code container} running {@code
   * image}, as {@code kubectl set image} does}
   *
   * @throws IllegalArgumentException if the template has no such container
   */
  static PodTemplateSpec withImage(PodTemplateSpec template, String container, String image) {
    if (template == null || template.spec() == null) {
      throw new IllegalArgumentException("unable to find container named \"" + container + "\"");
    }
    return template.withSpec(template.spec().withImage(container, image));
  }
}
