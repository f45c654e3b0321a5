package io.kubemu.assertions.error;

import static io.kubemu.assertions.api.KubemuRepresentation.KUBEMU_REPRESENTATION;
import static io.kubemu.assertions.error.ShouldAllBe.shouldAllBe;
import static io.kubemu.assertions.error.ShouldAllBe.shouldAllBeApartFrom;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldAllBe_create_Test {

  private final List<?> pods =
      List.of(Pods.pod("web-0", "Running", "n1"), Pods.pod("web-1", "Pending", null));

  @Test
  void should_create_the_message_for_one_offender() {
    then(shouldAllBe(pods, "to be Running", List.of("pod/web-1 (Pending)"))
            .create(new TextDescription("Test"), KUBEMU_REPRESENTATION))
        .isEqualTo(
            format(
                "[Test] %nExpecting every pod of:%n  [pod/web-0 (Running, n1), pod/web-1"
                    + " (Pending)]%nto be Running%nbut not this one:%n  pod/web-1 (Pending)"));
  }

  @Test
  void should_create_the_message_for_pods_sharing_a_zone() {
    var factory =
        shouldAllBeApartFrom(
            pods, "app=web", "topology.kubernetes.io/zone", List.of("a: shares x", "b: shares y"));
    then(factory.create(new TextDescription(""), KUBEMU_REPRESENTATION))
        .isEqualTo(
            format(
                "%nExpecting every pod of:%n  [pod/web-0 (Running, n1), pod/web-1 (Pending)]%nto"
                    + " share no topology.kubernetes.io/zone domain with a pod matching:%n "
                    + " app=web%nbut not these 2:%n  a: shares x%n  b: shares y"));
  }
}
