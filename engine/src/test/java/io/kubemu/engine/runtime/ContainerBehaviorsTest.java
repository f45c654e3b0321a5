package io.kubemu.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerBehaviorsTest {

  private static ContainerInfo info(String podKey, String container, String image) {
    String[] nsName = podKey.split("/");
    return new ContainerInfo(
        nsName[0], nsName[1], "uid", "n1", container, image, false, 0, List.of(), null);
  }

  @Test
  void containerRulesComeBeforeImageRulesAndLaterRegistrationsFirst() {
    ContainerBehaviors b =
        new ContainerBehaviors()
            .forImage("nginx*", ContainerBehavior.pullTakes(Duration.ofSeconds(5)))
            .forImage("harbor.od.com/*", ContainerBehavior.pullTakes(Duration.ofSeconds(7)))
            .forContainer("app/web-*", "nginx", ContainerBehavior.pullTakes(Duration.ofSeconds(9)));
    assertThat(
            b.resolve(info("app/web-1", "nginx", "harbor.od.com/public/nginx:v1.12"))
                .pullDuration(null))
        .contains(Duration.ofSeconds(9));
    assertThat(
            b.resolve(info("app/db-1", "nginx", "harbor.od.com/public/nginx:v1.12"))
                .pullDuration(null))
        .contains(Duration.ofSeconds(7));
    assertThat(b.resolve(info("app/db-1", "nginx", "nginx:1.25")).pullDuration(null))
        .contains(Duration.ofSeconds(5));
    assertThat(b.resolve(info("app/db-1", "x", "busybox")).pullDuration(null)).isEmpty();
  }

  @Test
  void eachQuestionFallsThroughToTheNextRuleThatAnswersIt() {
    ContainerBehaviors b =
        new ContainerBehaviors()
            .forImage("busybox*", ContainerBehavior.exitsAfter(Duration.ofSeconds(3), 4))
            .forPod("default/*", ContainerBehavior.readyAfter(Duration.ofSeconds(20)));
    ContainerBehavior r = b.resolve(info("default/p", "c", "busybox:1.36"));
    assertThat(r.timeToReady(null)).contains(Duration.ofSeconds(20));
    assertThat(r.exit(null)).contains(ContainerExit.after(Duration.ofSeconds(3), 4));
    assertThat(r.pullFailure(null, Instant.EPOCH)).isEmpty();
  }

  @Test
  void nullAnswersOfABadImplementationCountAsNoAnswer() {
    ContainerBehavior nulls =
        new ContainerBehavior() {
          @Override
          public Optional<Duration> startDelay(ContainerInfo container) {
            return null;
          }
        };
    ContainerBehavior r =
        ContainerBehavior.Layered.of(List.of(nulls, ContainerBehavior.pullTakes(Duration.ZERO)));
    assertThat(r.startDelay(null)).isEmpty();
  }
}
