package io.kubemu.engine.scheduler;

/**
 * What a PostFilter plugin answers. Mirrors upstream's {@code (*PostFilterResult, *Status)} with
 * its NominatingInfo (v1.30).
 *
 * @param status never null
 * @param nominatedNodeName the node to nominate ("" clears the nomination), or null to leave it
 *     (upstream ModeNoop)
 */
public record PostFilterResult(Status status, String nominatedNodeName) {

  public PostFilterResult {
    status = status == null ? Status.SUCCESS : status;
  }

  /** {@return whether the nomination is to be changed (upstream ModeOverride)} */
  public boolean overridesNomination() {
    return nominatedNodeName != null;
  }
}
