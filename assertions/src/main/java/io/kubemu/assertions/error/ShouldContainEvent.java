package io.kubemu.assertions.error;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** No event matches the expected type, reason and message. */
public class ShouldContainEvent extends BasicErrorMessageFactory {

  /**
   * {@return the message factory}
   *
   * @param subject whose events, e.g. {@code pod/demo}, or null for a plain list
   * @param events the events searched
   * @param type the expected type, or null for any
   * @param reason the expected reason, or null for any
   * @param messagePart a text the message should contain, or null for any
   */
  public static ErrorMessageFactory shouldContainEvent(
      String subject, List<?> events, String type, String reason, String messagePart) {
    return new ShouldContainEvent(subject, events, criteria(type, reason, messagePart));
  }

  /** {@return e.g. {@code type Warning, reason BackOff and a message containing "Back-off"}} */
  static String criteria(String type, String reason, String messagePart) {
    List<String> parts = new ArrayList<>();
    if (type != null) parts.add("type " + type);
    if (reason != null) parts.add("reason " + reason);
    if (messagePart != null) parts.add("a message containing \"" + messagePart + "\"");
    if (parts.isEmpty()) return "any type, reason and message";
    if (parts.size() == 1) return parts.get(0);
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  private ShouldContainEvent(String subject, List<?> events, String criteria) {
    super(
        "%nExpecting %s:%n  %s%nto contain an event with %s%nbut none had",
        unquotedString(subject == null ? "events" : "the events of " + subject),
        events,
        unquotedString(criteria));
  }
}
