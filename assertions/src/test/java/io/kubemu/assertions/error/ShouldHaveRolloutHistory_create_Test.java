package io.kubemu.assertions.error;

import static io.kubemu.assertions.api.KubemuRepresentation.KUBEMU_REPRESENTATION;
import static io.kubemu.assertions.error.ShouldHaveRolloutHistory.shouldHaveRolloutHistory;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveRolloutHistory_create_Test {

  @Test
  void should_create_the_message() {
    var factory =
        shouldHaveRolloutHistory(
            "nginx-deploy",
            "revisions",
            List.of(1L, 2L, 3L),
            List.of(1L, 2L),
            "  REVISION  CHANGE-CAUSE\n  1         a\n  2         b");
    then(factory.create(new TextDescription("Test"), KUBEMU_REPRESENTATION))
        .isEqualTo(
            format(
                "[Test] %nExpecting the rollout history of deployment \"nginx-deploy\"%n"
                    + "to have revisions:%n  [1, 2, 3]%nbut had:%n  [1, 2]%nin:%n"
                    + "  REVISION  CHANGE-CAUSE\n  1         a\n  2         b"));
  }
}
