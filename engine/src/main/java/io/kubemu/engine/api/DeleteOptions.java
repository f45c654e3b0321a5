package io.kubemu.engine.api;

/**
 * Options of a delete (metav1.DeleteOptions).
 *
 * @param gracePeriodSeconds seconds before a pod is removed; null means the pod's {@code
 *     spec.terminationGracePeriodSeconds} (30 when unset); 0 deletes at once; negative counts as 1.
 *     Only pods are deleted gracefully
 * @param preconditions uid/resourceVersion the object must have, or null
 * @param propagationPolicy null means the server default, {@link PropagationPolicy#BACKGROUND}
 */
public record DeleteOptions(
    Long gracePeriodSeconds, Preconditions preconditions, PropagationPolicy propagationPolicy) {

  /** Server defaults for everything. */
  public static final DeleteOptions DEFAULT = new DeleteOptions(null, null, null);

  /** {@return options with a grace period} */
  public static DeleteOptions gracePeriod(long seconds) {
    return DEFAULT.withGracePeriodSeconds(seconds);
  }

  /** {@return options with a propagation policy} */
  public static DeleteOptions propagation(PropagationPolicy policy) {
    return DEFAULT.withPropagationPolicy(policy);
  }

  public DeleteOptions withGracePeriodSeconds(Long seconds) {
    return new DeleteOptions(seconds, preconditions, propagationPolicy);
  }

  public DeleteOptions withPreconditions(Preconditions preconditions) {
    return new DeleteOptions(gracePeriodSeconds, preconditions, propagationPolicy);
  }

  public DeleteOptions withPropagationPolicy(PropagationPolicy policy) {
    return new DeleteOptions(gracePeriodSeconds, preconditions, policy);
  }
}
