package io.kubemu.assertions.error;

import static io.kubemu.assertions.api.KubemuRepresentation.KUBEMU_REPRESENTATION;
import static io.kubemu.assertions.error.ShouldBeSpread.shouldBeSpreadOverNodes;
import static io.kubemu.assertions.error.ShouldBeSpread.shouldBeSpreadPerTopologyKey;
import static io.kubemu.assertions.error.ShouldBeSpread.shouldHaveAtMostPerNode;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldBeSpread_create_Test {

  private final List<?> pods =
      List.of(Pods.pod("web-0", "Running", "n1"), Pods.pod("web-1", "Running", "n1"));
  private final List<String> distribution = List.of("n1: web-0, web-1", "n2: -");

  @Test
  void should_create_the_message_for_a_node_count() {
    then(shouldBeSpreadOverNodes(pods, 2, 1, distribution)
            .create(new TextDescription("Test"), KUBEMU_REPRESENTATION))
        .isEqualTo(
            format(
                "[Test] %nExpecting pods:%n  [pod/web-0 (Running, n1), pod/web-1 (Running, n1)]%nto"
                    + " be spread over 2 nodes%nbut they were on 1 node:%n  n1: web-0, web-1%n  n2:"
                    + " -"));
  }

  @Test
  void should_create_the_message_for_a_maximum_per_node() {
    then(shouldHaveAtMostPerNode(pods, 1, "n1", 2, distribution)
            .create(new TextDescription(""), KUBEMU_REPRESENTATION))
        .isEqualTo(
            format(
                "%nExpecting pods:%n  [pod/web-0 (Running, n1), pod/web-1 (Running, n1)]%nto have"
                    + " at most 1 pod per node%nbut node n1 had 2:%n  n1: web-0, web-1%n  n2: -"));
  }

  @Test
  void should_create_the_message_for_a_topology_skew() {
    then(shouldBeSpreadPerTopologyKey(
                pods,
                "topology.kubernetes.io/zone",
                1,
                "2 (2 in a, 0 in b)",
                List.of("a: web-0, web-1", "b: -"))
            .create(new TextDescription(""), KUBEMU_REPRESENTATION))
        .isEqualTo(
            format(
                "%nExpecting pods:%n  [pod/web-0 (Running, n1), pod/web-1 (Running, n1)]%n"
                    + "to be spread over topology.kubernetes.io/zone with a skew of at most 1%n"
                    + "but the skew was 2 (2 in a, 0 in b):%n  a: web-0, web-1%n  b: -"));
  }
}
