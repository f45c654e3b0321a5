package io.kubemu.assertions.error;

import static io.kubemu.assertions.api.KubemuRepresentation.KUBEMU_REPRESENTATION;
import static io.kubemu.assertions.error.ShouldHavePhase.shouldHavePhase;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHavePhase_create_Test {

  @Test
  void should_create_the_message_with_every_containers_state() {
    // GIVEN
    var factory = shouldHavePhase(Pods.crashLooping("web-0", "n1"), "Succeeded");
    // WHEN
    String message = factory.create(new TextDescription("Test"), KUBEMU_REPRESENTATION);
    // THEN
    then(message)
        .isEqualTo(
            format(
                "[Test] %nExpecting pod:%n  pod/web-0 (Running, n1)%nto have phase:%n "
                    + " Succeeded%nbut had:%n  Running%ncontainers:%n  web: waiting"
                    + " CrashLoopBackOff: back-off 20s restarting failed container=web%n  sidecar:"
                    + " running, ready"));
  }

  @Test
  void should_create_the_message_for_a_pod_without_status() {
    var factory = shouldHavePhase(Pods.pod("web-0", null, null), "Running");
    then(factory.create(new TextDescription(""), KUBEMU_REPRESENTATION))
        .isEqualTo(
            format("%nExpecting pod:%n  pod/web-0%nto have phase:%n  Running%nbut had:%n  <none>"));
  }
}
