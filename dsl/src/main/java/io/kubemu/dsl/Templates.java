package io.kubemu.dsl;

import io.kubemu.model.core.PodTemplateSpec;

/** Pod template derivations shared by the workload builders. */
final class Templates {
  private Templates() {}

  /**
   * {@return the template with container {@code container} running {@code image}}
   *
   * @throws IllegalArgumentException if there is no such container (kubectl's message)
   */
  static PodTemplateSpec withImage(PodTemplateSpec template, String container, String image) {
    if (template == null || template.spec() == null) {
      throw new IllegalArgumentException("unable to find container named \"" + container + "\"");
    }
    return template.withSpec(template.spec().withImage(container, image));
  }
}
