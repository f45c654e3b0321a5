package io.kubemu.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimelineTest {
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: app}
      spec:
        replicas: 2
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: web, image: nginx}]}
      """;

  /** A small scenario: apply, pods with generated names, status, events, graceful deletion. */
  static Timeline run(long seed) {
    EventLoop loop = new EventLoop(T0, seed);
    Timeline timeline = new Timeline();
    ApiServer api = new ApiServer(loop, ApiServer.Options.DEFAULT, timeline);
    EventRecorder events = new EventRecorder(api);
    // a "controller" that creates pods for each deployment event, through a watch
    api.watch(
        Deployment.class,
        api.resourceVersion(),
        e -> {
          Deployment d = e.object();
          int have = api.list(Pod.class, "app").size();
          for (int i = have; i < d.spec().replicas(); i++) {
            Pod p =
                Manifests.readOne(
                    "apiVersion: v1\nkind: Pod\nmetadata: {generateName: web-, namespace: app}\n"
                        + "spec: {nodeName: n1, containers: [{name: web, image: nginx}]}\n",
                    Pod.class);
            Pod created = api.create(p);
            events.record(
                d,
                "Normal",
                "SuccessfulCreate",
                "Created pod: " + created.metadata().name(),
                "replicaset-controller",
                null);
          }
        });
    api.apply(Manifests.readOne(DEPLOYMENT, Deployment.class));
    loop.advance(Duration.ofSeconds(2));
    for (Pod p : api.list(Pod.class, "app")) {
      api.updateStatus(p.withStatus(PodStatus.EMPTY.withPhase("Running")));
    }
    loop.advance(Duration.ofSeconds(1));
    Pod first = api.list(Pod.class, "app").get(0);
    api.delete(Pod.class, "app", first.metadata().name(), DeleteOptions.gracePeriod(10));
    loop.advance(Duration.ofSeconds(15));
    return timeline;
  }

  @Test
  void twoRunsWithTheSameSeedWriteTheSameTimeline() {
    Timeline a = run(7);
    Timeline b = run(7);
    assertThat(a.render()).isEqualTo(b.render());
    assertThat(a.entries()).isEqualTo(b.entries());
    assertThat(run(8).render()).isNotEqualTo(a.render());
  }

  @Test
  void entriesAreQueryable() {
    Timeline t = run(7);

    assertThat(t.entries().get(0).line())
        .isEqualTo("2024-01-01T00:00:00Z rv=1 create Namespace default");
    assertThat(t.ofKind(Deployment.class)).extracting(e -> e.verb()).containsExactly(Verb.CREATE);
    assertThat(t.withVerb(Verb.DELETED_FINAL))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.time()).isEqualTo(T0.plusSeconds(13));
              assertThat(e.kind().kind()).isEqualTo("Pod");
            });
    String podKey = t.withVerb(Verb.DELETED_FINAL).get(0).key();
    assertThat(t.history(Pod.class, podKey))
        .extracting(p -> p.status().phase() + " " + (p.metadata().deletionTimestamp() != null))
        .containsExactly(
            "Pending false", "Running false", "Running true", "Running true", "Running true");
    assertThat(t.since(T0.plusSeconds(3)))
        .extracting(e -> e.verb().text())
        .containsExactly("delete", "delete", "deleted-final");
    for (int i = 0; i < t.size(); i++) assertThat(t.entries().get(i).sequence()).isEqualTo(i);
  }
}
