package io.kubemu.assertions.error;

import static io.kubemu.assertions.api.KubemuRepresentation.KUBEMU_REPRESENTATION;
import static io.kubemu.assertions.error.ShouldNeverExceed.shouldNeverBeBelow;
import static io.kubemu.assertions.error.ShouldNeverExceed.shouldNeverExceed;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import io.kubemu.assertions.error.ShouldNeverExceed.Stats;
import io.kubemu.assertions.internal.Slice;
import java.time.Instant;
import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldNeverExceed_create_Test {

  private static final String SLICE =
      Slice.render(
          List.of(
              new Slice.Row("#10 2026-01-01T00:00:30Z rv=11 create Pod app/web-5", "count=5"),
              new Slice.Row("#12 2026-01-01T00:00:35Z rv=13 create Pod app/web-6", "count=6")),
          1);

  @Test
  void should_create_the_message_for_a_maximum() {
    var factory =
        shouldNeverExceed(
            "pods matching app=web",
            5,
            new Stats(6, Instant.parse("2026-01-01T00:00:35Z"), 12, 6, 0, 14),
            SLICE);
    then(factory.create(new TextDescription("Test"), KUBEMU_REPRESENTATION))
        .isEqualTo(
            format(
                "[Test] %nExpecting the number of pods matching app=web%nnever to exceed:%n  5%n"
                    + "but it was 6 at 2026-01-01T00:00:35Z (write #12):%n"
                    + "  #10 2026-01-01T00:00:30Z rv=11 create Pod app/web-5  count=5%n"
                    + "  #12 2026-01-01T00:00:35Z rv=13 create Pod app/web-6  count=6  <-- here%n"
                    + "(max 6, min 0 over 14 states)"));
  }

  @Test
  void should_create_the_message_for_a_minimum() {
    var factory =
        shouldNeverBeBelow(
            "ready pods",
            5,
            new Stats(4, Instant.parse("2026-01-01T00:00:35Z"), 12, 6, 4, 14),
            SLICE);
    then(factory.create(new TextDescription(""), KUBEMU_REPRESENTATION))
        .startsWith(
            format(
                "%nExpecting the number of ready pods%nnever to be below:%n  5%n"
                    + "but it was 4 at 2026-01-01T00:00:35Z (write #12):%n"))
        .endsWith(format("(max 6, min 4 over 14 states)"));
  }
}
