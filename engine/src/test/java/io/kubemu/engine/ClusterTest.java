package io.kubemu.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApplyResult;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterTest {

  private static Cluster hdss7(long seed) {
    return Cluster.builder()
        .seed(seed)
        .nodes(Manifests.readResource("seed/manifests/nodes-hdss7.yaml"))
        .build();
  }

  @Test
  void boots_with_the_nodes_it_was_given() {
    Cluster cluster = hdss7(1);
    assertThat(cluster.list(Node.class))
        .extracting(n -> n.metadata().name())
        .containsExactly("hdss7-21.host.com", "hdss7-22.host.com");
    assertThat(cluster.now()).isEqualTo(Instant.parse(Cluster.DEFAULT_START));
  }

  @Test
  void apply_records_the_change_cause_and_reports_kubectl_outcomes() {
    Cluster cluster = hdss7(1);
    List<KubernetesObject> v12 = Manifests.readResource("seed/manifests/nginx-v1.12.yaml");
    List<ApplyResult<KubernetesObject>> first =
        cluster.apply(v12, ChangeCause.record("kubectl apply -f nginx-v1.12.yaml --record"));
    assertThat(first)
        .extracting(ApplyResult::message)
        .containsExactly("deployment.apps/nginx-deploy created");
    Deployment d = cluster.get(Deployment.class, "app/nginx-deploy");
    assertThat(d.metadata().annotation(ChangeCause.ANNOTATION))
        .isEqualTo("kubectl apply -f nginx-v1.12.yaml --record");
    assertThat(cluster.apply(v12, ChangeCause.record("kubectl apply -f nginx-v1.12.yaml --record")))
        .extracting(ApplyResult::message)
        .containsExactly("deployment.apps/nginx-deploy unchanged");
  }

  @Test
  void a_multi_document_apply_stores_nothing_when_one_document_is_rejected() {
    Cluster cluster = hdss7(1);
    List<KubernetesObject> docs =
        new ArrayList<>(Manifests.readResource("seed/manifests/statefulset-nginx-web.yaml"));
    Pod clash = (Pod) Manifests.readResource("seed/manifests/pod-demo.yaml").get(0);
    cluster.create(clash);
    docs.add(clash.withMetadata(clash.metadata().withResourceVersion("1"))); // stale: conflicts
    int before = cluster.timeline().size();
    assertThatThrownBy(() -> cluster.apply(docs)).isInstanceOf(ApiException.class);
    assertThat(cluster.timeline().size()).isEqualTo(before);
    assertThat(cluster.find(io.kubemu.model.core.Service.class, "apps/my-svc")).isEmpty();
  }

  @Test
  void the_same_inputs_and_seed_give_the_same_timeline() {
    assertThat(scriptedTimeline(7)).isEqualTo(scriptedTimeline(7));
  }

  private static String scriptedTimeline(long seed) {
    Cluster cluster = hdss7(seed);
    cluster.apply(Manifests.readResource("seed/manifests/nginx-v1.12.yaml"));
    cluster.apply(Manifests.readResource("seed/manifests/pod-demo.yaml"));
    cluster.advance(Duration.ofMinutes(5));
    cluster.apply(Manifests.readResource("seed/manifests/nginx-v1.13.yaml"));
    cluster.advance(Duration.ofMinutes(5));
    StringBuilder sb = new StringBuilder();
    cluster
        .timeline()
        .entries()
        .forEach(
            e -> sb.append(e.line()).append(' ').append(e.object().metadata().uid()).append('\n'));
    return sb.toString();
  }

  @Test
  void label_and_annotate_overwrite_and_remove() {
    Cluster cluster = hdss7(1);
    cluster.label(Node.class, "hdss7-21.host.com", "ssd", "true");
    assertThat(cluster.get(Node.class, "hdss7-21.host.com").metadata().label("ssd"))
        .isEqualTo("true");
    cluster.label(Node.class, "hdss7-21.host.com", "ssd", null);
    assertThat(cluster.get(Node.class, "hdss7-21.host.com").metadata().labels())
        .doesNotContainKey("ssd");
  }
}
