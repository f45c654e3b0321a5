package io.kubemu.assertions.error;

import static io.kubemu.assertions.api.KubemuRepresentation.KUBEMU_REPRESENTATION;
import static io.kubemu.assertions.error.ShouldStayWithinRolloutBounds.shouldNeverBeBelowAvailable;
import static io.kubemu.assertions.error.ShouldStayWithinRolloutBounds.shouldNeverBeBelowReady;
import static io.kubemu.assertions.error.ShouldStayWithinRolloutBounds.shouldNeverExceedPods;
import static io.kubemu.assertions.error.ShouldStayWithinRolloutBounds.shouldScaleDownOldOnlyAfterNewAvailable;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import io.kubemu.assertions.error.ShouldStayWithinRolloutBounds.Offence;
import io.kubemu.assertions.internal.Slice;
import java.time.Instant;
import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldStayWithinRolloutBounds_create_Test {

  private static final Instant T = Instant.parse("2026-01-01T00:00:35Z");

  private static final String SLICE =
      Slice.render(
          List.of(
              new Slice.Row(
                  "#10 create Pod app/web-2-0", "pods=6 available=5 [web-1 5/5, web-2* 1/0]"),
              new Slice.Row(
                  "#11 create Pod app/web-2-1", "pods=7 available=5 [web-1 5/5, web-2* 2/0]")),
          1);

  @Test
  void should_create_the_message_for_too_many_pods() {
    var factory =
        shouldNeverExceedPods(
            "app/web",
            "6 (replicas 5 + maxSurge 1)",
            "every state of the timeline",
            new Offence("it had 7 pods", T, 11, SLICE));
    then(factory.create(new TextDescription("Test"), KUBEMU_REPRESENTATION))
        .isEqualTo(
            format(
                "[Test] %nExpecting the rollout of deployment \"app/web\"%n"
                    + "never to run more than 6 (replicas 5 + maxSurge 1) pods%n"
                    + "at every state of the timeline,%n"
                    + "but it had 7 pods at 2026-01-01T00:00:35Z (write #11):%n"
                    + "  #10 create Pod app/web-2-0  pods=6 available=5 [web-1 5/5, web-2* 1/0]%n"
                    + "  #11 create Pod app/web-2-1  pods=7 available=5 [web-1 5/5, web-2* 2/0]"
                    + "  <-- here"));
  }

  @Test
  void should_create_the_messages_for_too_few_pods_and_early_scale_downs() {
    Offence o = new Offence("it had 4 available pods", T, 11, SLICE);
    then(shouldNeverBeBelowAvailable("app/web", "5", "every state after T", o)
            .create(new TextDescription(""), KUBEMU_REPRESENTATION))
        .startsWith(
            format(
                "%nExpecting the rollout of deployment \"app/web\"%n"
                    + "never to have fewer than 5 available pods%nat every state after T,%n"
                    + "but it had 4 available pods at 2026-01-01T00:00:35Z (write #11):%n"));
    then(shouldNeverBeBelowReady("app/web", "5", "every state", o)
            .create(new TextDescription(""), KUBEMU_REPRESENTATION))
        .contains(format("never to have fewer than 5 ready pods%n"));
    then(shouldScaleDownOldOnlyAfterNewAvailable(
                "app/web",
                "5 (replicas 5 - maxUnavailable 0)",
                "every state",
                new Offence(
                    "ReplicaSet web-1 was scaled down from 5 to 4, keeping 4 available pods",
                    T,
                    11,
                    SLICE))
            .create(new TextDescription(""), KUBEMU_REPRESENTATION))
        .contains(
            format(
                "to scale old ReplicaSets down only while keeping at least 5 (replicas 5 -"
                    + " maxUnavailable 0) available pods%nat every state,%n"
                    + "but ReplicaSet web-1 was scaled down from 5 to 4, keeping 4 available pods"
                    + " at 2026-01-01T00:00:35Z (write #11):%n"));
  }
}
