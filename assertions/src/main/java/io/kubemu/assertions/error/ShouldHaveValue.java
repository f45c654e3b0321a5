package io.kubemu.assertions.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * An object's property (restart count, label, replicas, an event's reason ...) is not the expected
 * one.
 */
public class ShouldHaveValue extends BasicErrorMessageFactory {

  /**
   * {@return the message factory}
   *
   * @param noun what the actual is, e.g. {@code pod}, {@code container "web" of pod}
   * @param actual the object, printed with the representation
   * @param property e.g. {@code restart count}
   * @param expected the expected value, printed as is
   * @param actualValue the value found, printed as is
   */
  public static ErrorMessageFactory shouldHaveValue(
      String noun, Object actual, String property, Object expected, Object actualValue) {
    return new ShouldHaveValue(noun, actual, property, expected, actualValue);
  }

  private ShouldHaveValue(
      String noun, Object actual, String property, Object expected, Object actualValue) {
    super(
        "%nExpecting %s:%n  %s%nto have %s:%n  %s%nbut had:%n  %s",
        unquotedString(noun),
        actual,
        unquotedString(property),
        unquotedString(String.valueOf(expected)),
        unquotedString(String.valueOf(actualValue)));
  }
}
