package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.createPod;
import static io.kubemu.assertions.api.KubemuInstanceOfAssertFactories.NODE;
import static io.kubemu.assertions.api.KubemuInstanceOfAssertFactories.POD;
import static io.kubemu.assertions.api.KubemuInstanceOfAssertFactories.PODS;
import static io.kubemu.assertions.api.KubemuInstanceOfAssertFactories.TIMELINE;
import static org.assertj.core.api.BDDAssertions.then;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import org.junit.jupiter.api.Test;

class KubemuInstanceOfAssertFactoriesTest {

  private final Cluster cluster = Fixtures.cluster();

  @Test
  void should_give_the_kubemu_asserts_to_assertj_navigation() {
    createPod(cluster, "app/web-0", "n1", "app", "web");
    Object pod = cluster.get(Pod.class, "app/web-0");
    then(pod).asInstanceOf(POD).isPending().isScheduledOn("n1");
    then((Object) cluster.get(Node.class, "n1")).asInstanceOf(NODE).hasLabel("disktype", "ssd");
    then((Object) cluster.list(Pod.class)).asInstanceOf(PODS).hasSize(1).allHavePhase("Pending");
    then(cluster)
        .extracting(Cluster::timeline, TIMELINE)
        .count(Pod.class, "app=web")
        .neverExceeded(1);
  }
}
