package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * Pod-level security attributes (core/v1 PodSecurityContext); a container's own securityContext
 * wins where both set a field.
 *
 * @param fsGroupChangePolicy OnRootMismatch or Always; Always when unset
 */
public record PodSecurityContext(
    Long runAsUser,
    Boolean runAsNonRoot,
    Long runAsGroup,
    List<Long> supplementalGroups,
    Long fsGroup,
    String fsGroupChangePolicy) {

  /** {@code PodSecurityContext} with every field unset. */
  public static final PodSecurityContext EMPTY =
      new PodSecurityContext(null, null, null, null, null, null);

  public PodSecurityContext {
    supplementalGroups = Copies.list(supplementalGroups);
  }
}
