package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.T0;
import static io.kubemu.assertions.api.Fixtures.createPod;
import static io.kubemu.assertions.api.Fixtures.running;
import static org.assertj.core.api.BDDAssertions.then;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClusterSnapshotTest {

  private final Cluster cluster = Fixtures.cluster();

  @Test
  void should_rebuild_the_objects_at_an_instant_from_the_timeline() {
    createPod(cluster, "app/web-0", "n1", "app", "web");
    createPod(cluster, "app/api-0", "n2", "app", "api");
    cluster.advance(Duration.ofSeconds(10));
    running(cluster, "app/web-0", true);
    cluster.advance(Duration.ofSeconds(10));
    cluster.delete(Pod.class, "app/api-0", DeleteOptions.gracePeriod(0));

    ClusterSnapshot atStart = ClusterSnapshot.at(cluster.timeline(), T0);
    then(atStart.time()).isEqualTo(T0);
    then(atStart.list(Node.class)).hasSize(3);
    then(atStart.list(Pod.class, "app"))
        .extracting(p -> p.metadata().name())
        .containsExactly("api-0", "web-0");
    then(atStart.count(Pod.class, PodPredicates.ready())).isZero();

    ClusterSnapshot at10 = ClusterSnapshot.at(cluster.timeline(), T0.plusSeconds(10));
    then(at10.list(Pod.class, "app", "app=web")).singleElement().matches(PodPredicates.ready());
    then(at10.find(Pod.class, "app/api-0")).isPresent();

    ClusterSnapshot now = ClusterSnapshot.at(cluster.timeline(), cluster.now());
    then(now.find(Pod.class, "app/api-0")).isEmpty();
    then(now.find(Node.class, "n2")).isPresent();
    then(now.lastWrite()).hasValueSatisfying(e -> then(e.verb().text()).isEqualTo("deleted-final"));

    long first = cluster.timeline().of(Pod.class, "app/web-0").get(0).sequence();
    then(ClusterSnapshot.afterWrite(cluster.timeline(), first).list(Pod.class)).hasSize(1);
    then(ClusterSnapshot.afterWrite(cluster.timeline(), -1).list(Node.class)).isEmpty();
  }
}
