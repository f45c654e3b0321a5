package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldContainEvent.shouldContainEvent;
import static io.kubemu.assertions.error.ShouldContainEventsInOrder.shouldContainEventsInOrder;

import io.kubemu.model.core.Event;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractListAssert;

/**
 * Assertions on a list of core/v1 {@link Event}s, oldest first: AssertJ's list assertions plus "has
 * an event like" and "these reasons in this order".
 */
public class EventsAssert
    extends AbstractListAssert<EventsAssert, List<? extends Event>, Event, EventAssert> {

  Nav nav = Nav.DEFAULT;
  String subject;

  /** An assert on a list of events (public for soft-assertion proxies). */
  public EventsAssert(List<? extends Event> actual) {
    super(actual, EventsAssert.class);
  }

  @Override
  protected EventAssert toAssert(Event value, String description) {
    return nav.event(value).as(description);
  }

  @Override
  protected EventsAssert newAbstractIterableAssert(Iterable<? extends Event> iterable) {
    List<Event> events = new ArrayList<>();
    iterable.forEach(events::add);
    return nav.events(events, subject);
  }

  /**
   * Verifies an event has the type, the reason and a message containing the text.
   *
   * <pre><code class='java'>// passes when the scheduler reported the failure
   * assertThat(cluster).events(Pod.class, "app/big").containsEvent("Warning", "FailedScheduling", "Insufficient cpu");
   * // fails printing every event when none matches</code></pre>
   *
   * @param type Normal or Warning, or null for any
   * @param reason e.g. {@code Scheduled}, or null for any
   * @param messagePart a text the message contains, or null for any
   */
  public EventsAssert containsEvent(String type, String reason, String messagePart) {
    isNotNull();
    boolean found =
        actual.stream()
            .anyMatch(
                e ->
                    (type == null || type.equals(e.type()))
                        && (reason == null || reason.equals(e.reason()))
                        && (messagePart == null
                            || (e.message() != null && e.message().contains(messagePart))));
    if (!found) {
      throwAssertionError(shouldContainEvent(subject, actual, type, reason, messagePart));
    }
    return myself;
  }

  /**
   * Verifies events with these reasons occurred in this order; other events may come in between. A
   * repeated event (the recorder aggregates repeats into one event with a count) stands at its
   * first occurrence.
   *
   * <pre><code class='java'>// passes for Scheduled, Pulling, Pulled, Created, Started
   * assertThat(cluster).pod("app/demo").events().containsReasonsInOrder("Scheduled", "Pulled", "Started");
   * // fails for ("Started", "Pulled"): "there was no Pulled event after Started"</code></pre>
   */
  public EventsAssert containsReasonsInOrder(String... reasons) {
    isNotNull();
    List<String> actualReasons = actual.stream().map(Event::reason).toList();
    int from = 0;
    for (int i = 0; i < reasons.length; i++) {
      int at = indexOf(actualReasons, reasons[i], from);
      if (at < 0) {
        throwAssertionError(
            shouldContainEventsInOrder(
                subject,
                List.of(reasons),
                reasons[i],
                i == 0 ? null : reasons[i - 1],
                actualReasons));
      }
      from = at + 1;
    }
    return myself;
  }

  private static int indexOf(List<String> reasons, String reason, int from) {
    for (int i = from; i < reasons.size(); i++) {
      if (reason.equals(reasons.get(i))) return i;
    }
    return -1;
  }
}
