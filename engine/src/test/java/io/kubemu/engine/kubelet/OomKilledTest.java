package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.memory;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.ContainerBehavior;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OomKilledTest {

  private static Pod limited(String name) {
    return pod(name)
        .container(
            container("app")
                .image("example/app:1")
                .requests(memory("128Mi"))
                .limits(memory("256Mi")))
        .build();
  }

  @Test
  void aContainerUsingMoreThanItsMemoryLimitIsOomKilled() {
    Harness h = Harness.start();
    h.behaviors.forImage(
        "example/app*", ContainerBehavior.usesMemory("300Mi", Duration.ofSeconds(30)));
    h.create(limited("oom"));
    h.advanceTo(31);
    ContainerStatus c = h.container("default", "oom", "app");
    assertThat(c.restartCount()).isEqualTo(1);
    assertThat(c.lastState().terminated().reason()).isEqualTo("OOMKilled");
    assertThat(c.lastState().terminated().exitCode()).isEqualTo(137);
    assertThat(c.lastState().terminated().finishedAt()).isEqualTo(Harness.T0.plusSeconds(31));
    assertThat(h.pod("default", "oom").status().qosClass()).isEqualTo(Pod.QOS_BURSTABLE);
  }

  @Test
  void belowTheLimitNothingHappens() {
    Harness h = Harness.start();
    h.behaviors.forImage(
        "example/app*", ContainerBehavior.usesMemory("200Mi", Duration.ofSeconds(30)));
    h.create(limited("fine"));
    h.advanceTo(600);
    assertThat(h.container("default", "fine", "app").restartCount()).isZero();
  }
}
