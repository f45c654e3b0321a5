package io.kubemu.engine.api;

import static io.kubemu.engine.api.Fixtures.deployment;
import static io.kubemu.engine.api.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchTest {
  final Fixtures.Server s = Fixtures.server();
  final ApiServer api = s.api();
  final List<String> seen = new ArrayList<>();

  <T extends io.kubemu.model.KubernetesObject> WatchHandler<T> record(String who) {
    return e ->
        seen.add(
            who
                + " "
                + e.type()
                + " "
                + e.object().metadata().name()
                + " rv="
                + e.resourceVersion());
  }

  @Test
  void eventsArriveInOrderOnTheLoopNotInsideTheWrite() {
    api.watch(Deployment.class, api.resourceVersion(), record("w"));

    Deployment d = api.create(deployment("web", 1));
    api.update(d.withReplicas(2));
    api.delete(Deployment.class, null, "web");
    assertThat(seen).isEmpty(); // asynchronous

    s.loop().runDue();

    assertThat(seen)
        .containsExactly("w ADDED web rv=5", "w MODIFIED web rv=6", "w DELETED web rv=7");
  }

  @Test
  void handlersRunInRegistrationOrderAndTheirWritesAreDeliveredLater() {
    api.watch(
        Deployment.class,
        api.resourceVersion(),
        e -> {
          seen.add("first " + e.type() + " " + e.object().spec().replicas());
          if (e.object().spec().replicas() == 1) {
            api.update(e.object().withReplicas(2)); // not re-entrant: delivered after this event
            seen.add("first wrote");
          }
        });
    api.watch(
        Deployment.class,
        api.resourceVersion(),
        e -> seen.add("second " + e.type() + " " + e.object().spec().replicas()));

    api.create(deployment("web", 1));
    s.loop().runDue();

    assertThat(seen)
        .containsExactly(
            "first ADDED 1",
            "first wrote",
            "second ADDED 1",
            "first MODIFIED 2",
            "second MODIFIED 2");
  }

  @Test
  void listThenWatchFromTheListsResourceVersionHasNoGapsAndNoDuplicates() {
    api.create(deployment("a", 1));
    api.create(deployment("b", 1));
    ObjectList<Deployment> list = api.list(Deployment.class, ListOptions.all());
    api.create(deployment("c", 1)); // after the list, before the watch

    api.watch(Deployment.class, list.resourceVersion(), record("w"));
    api.create(deployment("d", 1));
    s.loop().runDue();

    assertThat(list.items()).extracting(x -> x.metadata().name()).containsExactly("a", "b");
    assertThat(seen).containsExactly("w ADDED c rv=7", "w ADDED d rv=8");
  }

  @Test
  void aWatchFromAnOldResourceVersionReplaysHistory() {
    Deployment d = api.create(deployment("a", 1));
    api.update(d.withReplicas(3));

    api.watch(Deployment.class, "4", record("w"));
    s.loop().runDue();

    assertThat(seen).containsExactly("w ADDED a rv=5", "w MODIFIED a rv=6");
  }

  @Test
  void aWatchWithoutResourceVersionStartsWithTheCurrentObjects() {
    api.create(deployment("b", 1));
    api.create(deployment("a", 1));

    Watch w = api.watch(Deployment.class, null, record("w"));
    api.create(deployment("c", 1));
    s.loop().runDue();

    assertThat(seen).containsExactly("w ADDED a rv=6", "w ADDED b rv=5", "w ADDED c rv=7");
    assertThat(w.resourceVersion()).isEqualTo("7");
  }

  @Test
  void watchesFilterByNamespaceAndKind() {
    api.watch(Deployment.class, ListOptions.inNamespace("app"), "0", record("app"));
    Deployment d = deployment("web", 1);
    api.create(d);
    api.create(d.withMetadata(d.metadata().withNamespace("app")));
    api.create(pod("p", null));
    s.loop().runDue();

    assertThat(seen).containsExactly("app ADDED web rv=7");
  }

  @Test
  void aSelectorWatchSeesObjectsEnterAndLeaveTheSelection() {
    // cacheWatcher.convertToWatchEvent
    api.watch(
        Deployment.class,
        ListOptions.all().labels("tier=front"),
        api.resourceVersion(),
        record("w"));
    Deployment d = api.create(deployment("web", 1));
    d = api.update(d.withMetadata(d.metadata().withLabel("tier", "front")));
    d = api.update(d.withReplicas(2));
    api.update(d.withMetadata(d.metadata().withLabel("tier", "back")));
    s.loop().runDue();

    assertThat(seen)
        .containsExactly("w ADDED web rv=6", "w MODIFIED web rv=7", "w DELETED web rv=8");
  }

  @Test
  void fieldSelectorWatchesFollowPodsOntoANode() {
    api.watch(Pod.class, ListOptions.all().fields("spec.nodeName=n1"), "0", record("n1"));
    api.create(pod("a", "n1"));
    api.create(pod("b", "n2"));
    s.loop().runDue();
    assertThat(seen).containsExactly("n1 ADDED a rv=5");
  }

  @Test
  void aClosedWatchGetsNothingMore() {
    Watch w = api.watch(Deployment.class, api.resourceVersion(), record("w"));
    api.create(deployment("a", 1));
    s.loop().runDue();
    w.close();
    api.create(deployment("b", 1));
    s.loop().runDue();

    assertThat(seen).containsExactly("w ADDED a rv=5");
    assertThat(w.isClosed()).isTrue();
  }

  @Test
  void aFailedWriteProducesNoEvent() {
    api.watch(Deployment.class, api.resourceVersion(), record("w"));
    api.create(deployment("a", 1));
    assertThatThrownBy(() -> api.create(deployment("a", 2)))
        .isInstanceOf(ApiException.AlreadyExists.class);
    s.loop().runDue();
    assertThat(seen).containsExactly("w ADDED a rv=5");
  }

  @Test
  void anInvalidResourceVersionIsABadRequest() {
    assertThatThrownBy(() -> api.watch(Deployment.class, "abc", record("w")))
        .isInstanceOf(ApiException.BadRequest.class)
        .hasMessage("invalid resource version: \"abc\"");
  }

  @Test
  void aWriteListenerMayNotWrite() {
    api.addWriteListener(w -> api.create(deployment("echo-" + w.object().metadata().name(), 1)));
    assertThatThrownBy(() -> api.create(deployment("a", 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must not write");
  }
}
