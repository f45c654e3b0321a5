package io.kubemu.engine.api;

import static io.kubemu.engine.api.Fixtures.T0;
import static io.kubemu.engine.api.Fixtures.deployment;
import static io.kubemu.engine.api.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeletionTest {
  final Fixtures.Server s = Fixtures.server();
  final ApiServer api = s.api();

  Pod boundPod(String name, Long grace) {
    Pod p = pod(name, "n1");
    if (grace != null) p = p.withSpec(p.spec().withTerminationGracePeriodSeconds(grace));
    return api.create(p);
  }

  @Test
  void aBoundPodIsDeletedGracefullyAndRemovedWhenTheGracePeriodEnds() {
    Pod p = boundPod("web", null);
    s.loop().advance(Duration.ofSeconds(10));

    DeleteResult<Pod> r = api.delete(Pod.class, "default", "web");

    assertThat(r.removed()).isFalse();
    assertThat(r.object().metadata().deletionTimestamp()).isEqualTo(T0.plusSeconds(40));
    assertThat(r.object().metadata().deletionGracePeriodSeconds()).isEqualTo(30);
    assertThat(r.object().metadata().generation()).isEqualTo(p.metadata().generation() + 1);

    s.loop().advance(Duration.ofSeconds(29));
    assertThat(api.find(Pod.class, null, "web")).isPresent();
    s.loop().advance(Duration.ofSeconds(1));
    assertThat(api.find(Pod.class, null, "web")).isEmpty();
    assertThat(s.timeline().of(Pod.class, "default/web"))
        .extracting(e -> e.verb().text() + "@" + Duration.between(T0, e.time()).toSeconds())
        .containsExactly("create@0", "delete@10", "delete@40", "deleted-final@40");
  }

  @Test
  void theGracePeriodComesFromThePodSpecOrTheOptions() {
    boundPod("a", 5L);
    boundPod("b", 5L);
    assertThat(api.delete(Pod.class, null, "a").object().metadata().deletionGracePeriodSeconds())
        .isEqualTo(5);
    assertThat(
            api.delete(Pod.class, null, "b", DeleteOptions.gracePeriod(12))
                .object()
                .metadata()
                .deletionGracePeriodSeconds())
        .isEqualTo(12);
    s.loop().advance(Duration.ofSeconds(5));
    assertThat(api.list(Pod.class)).extracting(p -> p.metadata().name()).containsExactly("b");
  }

  @Test
  void gracePeriodZeroUnboundAndTerminatedPodsGoAtOnce() {
    boundPod("zero", null);
    api.create(pod("unbound", null));
    Pod done = boundPod("done", null);
    api.updateStatus(done.withStatus(PodStatus.EMPTY.withPhase(Pod.PHASE_SUCCEEDED)));

    assertThat(api.delete(Pod.class, null, "zero", DeleteOptions.gracePeriod(0)).removed())
        .isTrue();
    assertThat(api.delete(Pod.class, null, "unbound").removed()).isTrue();
    assertThat(api.delete(Pod.class, null, "done").removed()).isTrue();
    assertThat(api.list(Pod.class)).isEmpty();
  }

  @Test
  void aSecondDeleteMayOnlyShortenTheGracePeriod() {
    boundPod("web", null);
    api.delete(Pod.class, null, "web"); // 30 s: ends at T0+30
    s.loop().advance(Duration.ofSeconds(10));

    Pod longer = api.delete(Pod.class, null, "web", DeleteOptions.gracePeriod(60)).object();
    assertThat(longer.metadata().deletionTimestamp()).isEqualTo(T0.plusSeconds(30));

    // rest.BeforeDelete: new timestamp = old - old grace + new grace = T0 - 30 + 30 + 5
    Pod shorter = api.delete(Pod.class, null, "web", DeleteOptions.gracePeriod(5)).object();
    assertThat(shorter.metadata().deletionTimestamp()).isEqualTo(T0.plusSeconds(5));
    assertThat(shorter.metadata().deletionGracePeriodSeconds()).isEqualTo(5);

    s.loop().runDue(); // the rescheduled expiry is already due
    assertThat(api.find(Pod.class, null, "web")).isEmpty();
  }

  @Test
  void finalizersHoldTheObjectUntilTheLastIsCleared() {
    Deployment d = deployment("web", 1);
    d =
        api.create(
            d.withMetadata(d.metadata().withFinalizers(List.of("example.com/a", "example.com/b"))));

    DeleteResult<Deployment> r = api.delete(Deployment.class, null, "web");
    Deployment terminating = r.object();
    assertThat(r.removed()).isFalse();
    assertThat(terminating.metadata().deletionTimestamp()).isEqualTo(T0);
    assertThat(terminating.metadata().deletionGracePeriodSeconds()).isZero();
    assertThat(terminating.metadata().generation()).isEqualTo(2);

    assertThatThrownBy(
            () ->
                api.update(
                    terminating.withMetadata(
                        terminating.metadata().withFinalizers(List.of("example.com/a", "x")))))
        .isInstanceOf(ApiException.Invalid.class)
        .hasMessage(
            "Deployment.apps \"web\" is invalid: metadata.finalizers: Forbidden: no new finalizers"
                + " can be added if the object is being deleted, found new finalizers"
                + " []string{\"x\"}");

    Deployment one =
        api.update(
            terminating.withMetadata(
                terminating.metadata().withFinalizers(List.of("example.com/b"))));
    assertThat(api.find(Deployment.class, null, "web")).isPresent();
    api.update(one.withMetadata(one.metadata().withFinalizers(List.of())));
    assertThat(api.find(Deployment.class, null, "web")).isEmpty();
    assertThat(s.timeline().render()).endsWith("deleted-final Deployment.apps default/web");
  }

  @Test
  void aGracefulPodWithAFinalizerWaitsForBoth() {
    Pod p = pod("web", "n1");
    api.create(p.withMetadata(p.metadata().withFinalizers(List.of("example.com/hold"))));
    api.delete(Pod.class, null, "web");

    s.loop().advance(Duration.ofSeconds(30));
    Pod held = api.get(Pod.class, null, "web");
    assertThat(held.metadata().deletionGracePeriodSeconds()).isZero();

    api.update(held.withMetadata(held.metadata().withFinalizers(List.of())));
    assertThat(api.find(Pod.class, null, "web")).isEmpty();
  }

  @Test
  void propagationPoliciesSetTheGarbageCollectorFinalizers() {
    api.create(deployment("fg", 1));
    api.create(deployment("orphan", 1));
    api.create(deployment("bg", 1));

    Deployment fg =
        api.delete(
                Deployment.class,
                null,
                "fg",
                DeleteOptions.propagation(PropagationPolicy.FOREGROUND))
            .object();
    Deployment orphan =
        api.delete(
                Deployment.class,
                null,
                "orphan",
                DeleteOptions.propagation(PropagationPolicy.ORPHAN))
            .object();
    DeleteResult<Deployment> bg =
        api.delete(
            Deployment.class, null, "bg", DeleteOptions.propagation(PropagationPolicy.BACKGROUND));

    assertThat(fg.metadata().finalizers()).containsExactly("foregroundDeletion");
    assertThat(fg.metadata().deletionTimestamp()).isNotNull();
    assertThat(orphan.metadata().finalizers()).containsExactly("orphan");
    assertThat(bg.removed()).isTrue();
  }

  @Test
  void preconditionsMustMatch() {
    Deployment d = api.create(deployment("web", 1));
    assertThatThrownBy(
            () ->
                api.delete(
                    Deployment.class,
                    null,
                    "web",
                    DeleteOptions.DEFAULT.withPreconditions(Preconditions.uid("x"))))
        .isInstanceOf(ApiException.Conflict.class)
        .hasMessage(
            "Operation cannot be fulfilled on Deployment.apps \"web\": the UID in the precondition"
                + " (x) does not match the UID in record ("
                + d.metadata().uid()
                + "). The object might have been deleted and then recreated");
    assertThatThrownBy(
            () ->
                api.delete(
                    Deployment.class,
                    null,
                    "web",
                    DeleteOptions.DEFAULT.withPreconditions(Preconditions.resourceVersion("1"))))
        .hasMessageEndingWith(
            "the ResourceVersion in the precondition (1) does not match the ResourceVersion in"
                + " record (5). The object might have been modified");
    assertThat(
            api.delete(
                    Deployment.class,
                    null,
                    "web",
                    DeleteOptions.DEFAULT.withPreconditions(Preconditions.resourceVersion("5")))
                .removed())
        .isTrue();
  }

  @Test
  void deletingAMissingObjectIsNotFound() {
    assertThatThrownBy(() -> api.delete(Pod.class, null, "nope"))
        .isInstanceOf(ApiException.NotFound.class)
        .hasMessage("pods \"nope\" not found");
  }

  @Test
  void deletingANamespaceDeletesItsObjectsThenTheNamespace() {
    Deployment d = deployment("web", 1);
    api.create(d.withMetadata(d.metadata().withNamespace("app")));
    Pod p = pod("web-1", "n1");
    api.create(p.withMetadata(p.metadata().withNamespace("app")));

    DeleteResult<Namespace> r = api.delete(Namespace.class, null, "app");

    assertThat(r.removed()).isFalse();
    assertThat(r.object().status().phase()).isEqualTo("Terminating");
    assertThat(api.list(Deployment.class, "app")).isEmpty();
    assertThat(api.list(Pod.class, "app"))
        .singleElement()
        .satisfies(pod -> assertThat(pod.metadata().deletionTimestamp()).isNotNull());
    assertThatThrownBy(() -> api.create(d.withMetadata(d.metadata().withNamespace("app"))))
        .isInstanceOf(ApiException.Forbidden.class)
        .hasMessage(
            "deployments.apps \"web\" is forbidden: unable to create new content in namespace app"
                + " because it is being terminated");

    s.loop().advance(Duration.ofSeconds(30));
    assertThat(api.find(Namespace.class, null, "app")).isEmpty();
  }

  @Test
  void systemNamespacesMayNotBeDeleted() {
    assertThatThrownBy(() -> api.delete(Namespace.class, null, "default"))
        .isInstanceOf(ApiException.Forbidden.class)
        .hasMessage("namespaces \"default\" is forbidden: this namespace may not be deleted");
  }

  @Test
  void gracePeriodsDoNotExpireWhenDisabled() {
    ApiServer api = Fixtures.server(ApiServer.Options.DEFAULT.withExpireGracePeriods(false)).api();
    api.create(pod("web", "n1"));
    api.delete(Pod.class, null, "web");
    api.loop().advance(Duration.ofMinutes(5));
    assertThat(api.find(Pod.class, null, "web")).isPresent();
  }
}
