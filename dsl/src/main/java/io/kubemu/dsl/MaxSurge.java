package io.kubemu.dsl;

import io.kubemu.model.IntOrString;
import java.util.Objects;

/**
 * A {@code maxSurge} bound for {@code rollingUpdate(...)}: pods allowed above the desired count,
 * absolute ({@code 1}) or a percentage ({@code "25%"}, rounded up). Made by {@link
 * Kubemu#maxSurge(int)} and {@link Kubemu#maxSurge(String)}.
 *
 * @param value never null
 */
public record MaxSurge(IntOrString value) {
  public MaxSurge {
    Objects.requireNonNull(value, "value");
  }
}
