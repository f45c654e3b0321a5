package io.kubemu.dsl;

import io.kubemu.model.core.Toleration;

/**
 * Builds a {@link Toleration}: {@code
 * toleration("monitor").operator("Exists").effect("NoSchedule")}. Mutable, not thread-safe.
 */
public final class TolerationBuilder {
  private final String key;
  private String operator;
  private String value;
  private String effect;
  private Long tolerationSeconds;

  TolerationBuilder(String key) {
    this.key = key;
  }

  /** {@code operator}: Equal (the default) or Exists. */
  public TolerationBuilder operator(String operator) {
    this.operator = operator;
    return this;
  }

  /** {@code value}: the taint value to match (with operator Equal). */
  public TolerationBuilder value(String value) {
    this.value = value;
    return this;
  }

  /** {@code effect}: NoSchedule, PreferNoSchedule or NoExecute; unset matches every effect. */
  public TolerationBuilder effect(String effect) {
    this.effect = effect;
    return this;
  }

  /** {@code tolerationSeconds}: for NoExecute, how long the pod stays after the taint appears. */
  public TolerationBuilder tolerationSeconds(long seconds) {
    this.tolerationSeconds = seconds;
    return this;
  }

  /** {@return a new toleration} */
  public Toleration build() {
    return new Toleration(key, operator, value, effect, tolerationSeconds);
  }
}
