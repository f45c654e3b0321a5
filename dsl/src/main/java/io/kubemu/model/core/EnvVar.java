package io.kubemu.model.core;

/**
 * An environment variable of a container: a literal value or one taken from elsewhere.
 *
 * @param name required
 * @param value may refer to earlier variables as {@code $(VAR)}
 * @param valueFrom used when value is unset
 */
public record EnvVar(String name, String value, EnvVarSource valueFrom) {

  /** {@return a variable with a literal value} */
  public static EnvVar of(String name, String value) {
    return new EnvVar(name, value, null);
  }
}
