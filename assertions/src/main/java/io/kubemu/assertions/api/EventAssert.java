package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldHaveValue.shouldHaveValue;

import io.kubemu.model.core.Event;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on one core/v1 {@link Event}: type, reason, message and count. */
public class EventAssert extends AbstractObjectAssert<EventAssert, Event> {

  /** An assert on an event (public for soft-assertion proxies). */
  public EventAssert(Event actual) {
    super(actual, EventAssert.class);
  }

  /**
   * Verifies the type.
   *
   * <pre><code class='java'>// passes for a FailedScheduling event
   * assertThat(event).hasType("Warning");
   * // fails for a Scheduled one (Normal)</code></pre>
   */
  public EventAssert hasType(String type) {
    return has("type", type, actual == null ? null : actual.type());
  }

  /** As {@link #hasType(String) hasType("Warning")}. */
  public EventAssert isWarning() {
    return hasType(Event.TYPE_WARNING);
  }

  /** As {@link #hasType(String) hasType("Normal")}. */
  public EventAssert isNormal() {
    return hasType(Event.TYPE_NORMAL);
  }

  /**
   * Verifies the reason.
   *
   * <pre><code class='java'>// passes for a scheduler failure; fails for any other reason
   * assertThat(event).hasReason("FailedScheduling");</code></pre>
   */
  public EventAssert hasReason(String reason) {
    return has("reason", reason, actual == null ? null : actual.reason());
  }

  /**
   * Verifies the message contains the text.
   *
   * <pre><code class='java'>// passes for "0/3 nodes are available: 3 Insufficient cpu."
   * assertThat(event).hasMessageContaining("Insufficient cpu");
   * // fails for another message</code></pre>
   */
  public EventAssert hasMessageContaining(String text) {
    isNotNull();
    if (actual.message() == null || !actual.message().contains(text)) {
      throwAssertionError(
          shouldHaveValue(
              "event",
              actual,
              "a message containing",
              "\"" + text + "\"",
              "\"" + actual.message() + "\""));
    }
    return myself;
  }

  /**
   * Verifies how many times the event occurred (the recorder aggregates repeats into its count).
   *
   * <pre><code class='java'>// passes after three identical back-offs; fails after two</code></pre>
   */
  public EventAssert hasCount(int count) {
    return has(
        "count", count, actual == null ? null : (actual.count() == null ? 1 : actual.count()));
  }

  private EventAssert has(String property, Object expected, Object found) {
    isNotNull();
    if (!Objects.equals(expected, found)) {
      throwAssertionError(shouldHaveValue("event", actual, property, expected, found));
    }
    return myself;
  }
}
