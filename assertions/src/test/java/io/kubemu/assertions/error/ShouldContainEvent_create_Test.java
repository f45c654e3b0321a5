package io.kubemu.assertions.error;

import static io.kubemu.assertions.api.KubemuRepresentation.KUBEMU_REPRESENTATION;
import static io.kubemu.assertions.error.ShouldContainEvent.shouldContainEvent;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShouldContainEvent_create_Test {

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "Warning, BackOff, Back-off, 'type Warning, reason BackOff and a message containing"
            + " \"Back-off\"'",
        "Warning, -,       -,        type Warning",
        "-,       BackOff, Back-off, 'reason BackOff and a message containing \"Back-off\"'",
        "-,       -,       -,        'any type, reason and message'",
      })
  void should_name_the_criteria(String type, String reason, String message, String criteria) {
    var factory = shouldContainEvent("pod/demo", List.of(), type, reason, message);
    then(factory.create(new TextDescription("Test"), KUBEMU_REPRESENTATION))
        .isEqualTo(
            format(
                "[Test] %%nExpecting the events of pod/demo:%%n  []%%nto contain an event with %s%%nbut none had"
                    .formatted(criteria)));
  }
}
