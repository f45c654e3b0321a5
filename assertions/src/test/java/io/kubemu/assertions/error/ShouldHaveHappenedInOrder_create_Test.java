package io.kubemu.assertions.error;

import static io.kubemu.assertions.api.KubemuRepresentation.KUBEMU_REPRESENTATION;
import static io.kubemu.assertions.error.ShouldHaveHappenedInOrder.shouldHaveHappened;
import static io.kubemu.assertions.error.ShouldHaveHappenedInOrder.shouldHaveHappenedInOrder;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import io.kubemu.assertions.internal.Milestone;
import io.kubemu.assertions.internal.Slice;
import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShouldHaveHappenedInOrder_create_Test {

  @Test
  void should_create_the_message_for_a_pod_out_of_order() {
    String slice =
        Slice.render(
            List.of(
                new Slice.Row("web-2 was terminated at 2026-01-01T00:01:00Z (write #20)", ""),
                new Slice.Row("web-0 was terminated at 2026-01-01T00:01:01Z (write #21)", ""),
                new Slice.Row("web-1 was terminated at 2026-01-01T00:01:02Z (write #22)", "")),
            1);
    var factory =
        shouldHaveHappenedInOrder(
            Milestone.TERMINATED, List.of("web-2", "web-1", "web-0"), "web-0", "web-1", slice);
    then(factory.create(new TextDescription("Test"), KUBEMU_REPRESENTATION))
        .isEqualTo(
            format(
                "[Test] %nExpecting pods to have been terminated in this order:%n  [\"web-2\","
                    + " \"web-1\", \"web-0\"]%nbut web-0 was terminated before web-1:%n  web-2 was"
                    + " terminated at 2026-01-01T00:01:00Z (write #20)%n  web-0 was terminated at"
                    + " 2026-01-01T00:01:01Z (write #21)  <-- here%n  web-1 was terminated at"
                    + " 2026-01-01T00:01:02Z (write #22)"));
  }

  @ParameterizedTest
  @CsvSource({
    "CREATED,    been created,    web-1 was never created",
    "READY,      become Ready,    web-1 never became Ready",
    "TERMINATED, been terminated, web-1 was never terminated",
    "DELETED,    been deleted,    web-1 was never deleted",
  })
  void should_word_each_milestone(Milestone milestone, String expected, String never) {
    var factory = shouldHaveHappened(milestone, List.of("web-0", "web-1"), "web-1", "  rows");
    then(factory.create(new TextDescription(""), KUBEMU_REPRESENTATION))
        .isEqualTo(
            format(
                "%nExpecting pods to have %s in this order:%n  [\"web-0\", \"web-1\"]%nbut %s:%n "
                    + " rows",
                expected, never));
  }
}
