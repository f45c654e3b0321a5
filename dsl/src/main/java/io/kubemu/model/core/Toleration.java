package io.kubemu.model.core;

/**
 * Lets a pod tolerate taints that match the triple (key, value, effect) under operator (core/v1
 * Toleration).
 *
 * @param key empty with operator Exists matches every taint
 * @param operator Exists or Equal; defaults to Equal
 * @param value empty for Exists
 * @param effect empty matches every effect
 * @param tolerationSeconds for NoExecute, how long the pod stays bound after the taint appears;
 *     null means forever
 */
public record Toleration(
    String key, String operator, String value, String effect, Long tolerationSeconds) {

  /** operator Equal, the default. */
  public static final String OPERATOR_EQUAL = "Equal";

  /** operator Exists. */
  public static final String OPERATOR_EXISTS = "Exists";
}
