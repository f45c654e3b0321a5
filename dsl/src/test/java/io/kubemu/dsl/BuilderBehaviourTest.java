package io.kubemu.dsl;

import static io.kubemu.dsl.Kubemu.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentSpec;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Pod;
import org.junit.jupiter.api.Test;

/** Builder semantics: reuse, independence of built records, append/merge/replace, checks. */
class BuilderBehaviourTest {

  @Test
  void buildCanBeCalledRepeatedlyAndRecordsDoNotChangeAfterwards() {
    DeploymentBuilder b =
        deployment("web").replicas(2).selector("app", "web").template(pod().labels("app", "web"));
    Deployment first = b.build();
    Deployment second = b.build();
    assertThat(second).isEqualTo(first).isNotSameAs(first);

    b.replicas(7).label("tier", "fe").template(pod().labels("app", "web", "v", "2"));
    assertThat(first.spec().replicas()).isEqualTo(2);
    assertThat(first.metadata().labels()).isEmpty();
    assertThat(first.spec().template().metadata().labels()).containsOnlyKeys("app");
    assertThat(b.build().spec().replicas()).isEqualTo(7);
  }

  @Test
  void aNestedBuilderIsBuiltWhenPassed() {
    ContainerBuilder web = container("web").image("nginx:1");
    PodBuilder template = pod().labels("app", "web").container(web);
    DeploymentBuilder d = deployment("web").template(template);

    web.image("nginx:2");
    template.label("extra", "x");
    Deployment built = d.build();
    assertThat(built.spec().template().spec().containers())
        .extracting(Container::image)
        .containsExactly("nginx:1");
    assertThat(built.spec().template().metadata().labels()).containsOnlyKeys("app");
    // the nested builders themselves are still usable
    assertThat(template.build().spec().containers())
        .extracting(Container::image)
        .containsExactly("nginx:1");
    assertThat(web.build().image()).isEqualTo("nginx:2");
  }

  @Test
  void listsOfPartsAppendMapsMergeScalarListsReplace() {
    Pod p =
        pod("p")
            .labels("a", "1", "b", "2")
            .label("a", "3")
            .labels("b", null)
            .nodeSelector("ssd", "true")
            .nodeSelector("cpu", "high")
            .container(container("one").command("sleep", "1").command("sleep", "2"))
            .container(container("two").port(80).port(81).env("A", "1").env("B", "2"))
            .build();
    assertThat(p.metadata().labels()).containsExactly(java.util.Map.entry("a", "3"));
    assertThat(p.spec().nodeSelector()).containsOnlyKeys("ssd", "cpu");
    assertThat(p.spec().containers()).extracting(Container::name).containsExactly("one", "two");
    assertThat(p.spec().containers().get(0).command()).containsExactly("sleep", "2");
    assertThat(p.spec().containers().get(1).ports()).hasSize(2);
    assertThat(p.spec().containers().get(1).env()).hasSize(2);
  }

  @Test
  void rollingUpdateKeepsTheBoundNotGiven() {
    Deployment d =
        deployment("d")
            .rollingUpdate(maxSurge(1), maxUnavailable(0))
            .rollingUpdate(maxSurge("50%"))
            .build();
    assertThat(d.spec().strategy().type()).isNull();
    assertThat(d.spec().strategy().rollingUpdate().maxSurge().strValue()).isEqualTo("50%");
    assertThat(d.spec().strategy().rollingUpdate().maxUnavailable().intValue()).isZero();
    assertThat(deployment("d").rollingUpdate(maxUnavailable(0), maxSurge(1)).build())
        .isEqualTo(deployment("d").rollingUpdate(maxSurge(1), maxUnavailable(0)).build());
    assertThat(deployment("d").rollingUpdate(maxSurge(1)).recreate().build().spec().strategy())
        .satisfies(
            s -> {
              assertThat(s.type()).isEqualTo("Recreate");
              assertThat(s.rollingUpdate()).isNull();
            });
  }

  @Test
  void oddKeyValuePairsAreRejected() {
    assertThatThrownBy(() -> pod("p").labels("a", "1", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("odd number of arguments (3)");
    assertThatThrownBy(() -> deployment("d").selector("app"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void probeTimingIsRejectedOnLifecycleHandlersAndSleepOnProbes() {
    assertThatThrownBy(() -> container("c").postStart(exec("true").periodSeconds(5)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a lifecycle handler has no probe timing fields");
    assertThatThrownBy(() -> container("c").preStop(grpc(9090)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> container("c").liveness(sleep(3)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> exec("true").scheme("HTTPS"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(
            container("c")
                .preStop(httpGet(80, "/quit"))
                .postStart(tcpSocket(80))
                .build()
                .lifecycle())
        .satisfies(
            l -> {
              assertThat(l.preStop().httpGet().path()).isEqualTo("/quit");
              assertThat(l.postStart().tcpSocket().port().intValue()).isEqualTo(80);
            });
  }

  @Test
  void escapeHatchesEditTheRecords() {
    Deployment d =
        deployment("d")
            .spec(s -> s.withPaused(true))
            .metadata(m -> m.withGenerateName("d-"))
            .build();
    assertThat(d.spec()).isEqualTo(DeploymentSpec.EMPTY.withPaused(true));
    assertThat(d.metadata().generateName()).isEqualTo("d-");

    // an explicitly given empty spec is kept, an untouched one stays null
    assertThat(deployment("d").spec(s -> s).build().spec()).isEqualTo(DeploymentSpec.EMPTY);
    assertThat(deployment("d").build().spec()).isNull();
    assertThat(deployment("d").spec(s -> null).build().spec()).isNull();

    ContainerBuilder c = container("c").image("i").edit(x -> x.withTerminationMessagePath("/t"));
    assertThat(c.build().terminationMessagePath()).isEqualTo("/t");
    assertThat(c.port(80).build().image()).isEqualTo("i");
  }
}
