package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.httpGet;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.kubemu.engine.runtime.ContainerBehavior;
import io.kubemu.engine.runtime.ProbeAnswer;
import io.kubemu.engine.runtime.ProbeCall;
import io.kubemu.engine.runtime.ProbeType;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MockedBehaviorTest {

  @Test
  void aMockitoMockAnswersProbesAsAFunctionOfTime() {
    Harness h = Harness.start();
    ContainerBehavior behavior = mock(ContainerBehavior.class);
    when(behavior.probe(any()))
        .thenAnswer(
            inv -> {
              ProbeCall call = inv.getArgument(0);
              boolean warm = call.sinceStart().compareTo(Duration.ofSeconds(25)) >= 0;
              return Optional.of(warm ? ProbeAnswer.success() : ProbeAnswer.failure("warming up"));
            });
    h.behaviors.forContainer("default/svc", "api", behavior);
    h.create(
        pod("svc")
            .container(
                container("api")
                    .image("example/api:2")
                    .port(8080)
                    .readiness(httpGet(8080, "/ready")))
            .build());
    h.loop.runUntilIdle();
    // started at +1; ticks at +0, +10, +20, +30: the first at or after 25 s of running is +30
    assertThat(h.now()).isEqualTo(30);
    assertThat(h.container("default", "svc", "api").ready()).isTrue();
    assertThat(h.events("default", "svc"))
        .anyMatch(e -> e.startsWith("+20 Warning Unhealthy Readiness probe failed: warming up"));
    verify(behavior, atLeastOnce())
        .probe(
            argThat(
                c ->
                    c.type() == ProbeType.READINESS
                        && c.port() == 8080
                        && "/ready".equals(c.path())));
  }

  @Test
  void anUnstubbedMockBehavesAsTheDefaults() {
    Harness h = Harness.start();
    ContainerBehavior behavior = mock(ContainerBehavior.class);
    h.behaviors.forImage("*", behavior);
    h.create(Harness.seedPod("pod-demo.yaml"));
    h.loop.runUntilIdle();
    assertThat(h.container("app", "pod-demo", "centos").ready()).isTrue();
    verify(behavior, atLeastOnce()).exit(any());
  }
}
