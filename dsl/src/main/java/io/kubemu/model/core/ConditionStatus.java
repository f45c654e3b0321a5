package io.kubemu.model.core;

/** The values of a condition's {@code status} (core/v1 ConditionStatus). */
public final class ConditionStatus {
  private ConditionStatus() {}

  /** The condition holds. */
  public static final String TRUE = "True";

  /** The condition does not hold. */
  public static final String FALSE = "False";

  /** Whether the condition holds is not known. */
  public static final String UNKNOWN = "Unknown";
}
