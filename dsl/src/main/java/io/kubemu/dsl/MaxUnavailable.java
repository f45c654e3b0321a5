package io.kubemu.dsl;

import io.kubemu.model.IntOrString;
import java.util.Objects;

/**
 * A {@code maxUnavailable} bound for {@code rollingUpdate(...)}: pods allowed to be unavailable,
 * absolute ({@code 0}) or a percentage ({@code "25%"}, rounded down). Made by {@link
 * Kubemu#maxUnavailable(int)} and {@link Kubemu#maxUnavailable(String)}.
 *
 * @param value never null
 */
public record MaxUnavailable(IntOrString value) {
  public MaxUnavailable {
    Objects.requireNonNull(value, "value");
  }
}
