package io.kubemu.engine.controller.daemonset;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.controller.job.ControllerHarness;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetUpdateStrategy;
import io.kubemu.model.apps.RollingUpdateDaemonSet;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DaemonSet update strategies besides the default: OnDelete, and RollingUpdate with maxSurge
 * (on {@link ProxyFixture}).
 */
class DaemonSetUpdateStrategyTest {

  static final String KEY = ProxyFixture.KEY;
  static final String N21 = ProxyFixture.N21;
  static final String N22 = ProxyFixture.N22;

  ProxyFixture f;
  ControllerHarness h;
  DaemonSetRollouts rollouts;

  @BeforeEach
  void setUp() {
    f = new ProxyFixture();
    h = f.h;
    rollouts = f.rollouts;
  }

  DaemonSet ds() {
    return f.ds();
  }

  DaemonSet apply(String file) {
    return f.apply(file);
  }

  List<Pod> pods() {
    return f.pods();
  }

  int availableNodes() {
    return f.availableNodes();
  }

  static String image(Pod p) {
    return ProxyFixture.image(p);
  }

  @Test
  void onDeleteReplacesOnlyDeletedPods() {
    DaemonSet v12 = Manifests.readOneResource("seed/manifests/proxy-v1.12.yaml", DaemonSet.class);
    h.create(
        v12.withSpec(
            v12.spec()
                .withUpdateStrategy(
                    new DaemonSetUpdateStrategy(DaemonSetUpdateStrategy.ON_DELETE, null))));
    h.advance(Duration.ofSeconds(10));
    DaemonSet v13 = Manifests.readOneResource("seed/manifests/proxy-v1.13.yaml", DaemonSet.class);
    h.api.update(ds().withSpec(ds().spec().withTemplate(v13.spec().template())));
    h.advance(Duration.ofMinutes(1));
    assertThat(pods()).allMatch(p -> image(p).endsWith("nginx:v1.12"));
    assertThat(ds().status().updatedNumberScheduled()).isNull();
    assertThat(rollouts.status(KEY))
        .containsExactly("error: rollout status is only available for RollingUpdate strategy type");
    Pod old = pods().get(0);
    h.api.delete(Pod.class, "app", old.metadata().name());
    h.advance(Duration.ofSeconds(10));
    assertThat(pods()).filteredOn(p -> image(p).endsWith("nginx:v1.13")).hasSize(1);
    assertThat(ds().status().updatedNumberScheduled()).isEqualTo(1);
  }

  @Test
  void maxSurgeStartsTheNewPodBeforeTheOldOneGoes() {
    DaemonSet v12 = Manifests.readOneResource("seed/manifests/proxy-v1.12.yaml", DaemonSet.class);
    DaemonSetUpdateStrategy surge =
        new DaemonSetUpdateStrategy(
            DaemonSetUpdateStrategy.ROLLING_UPDATE,
            new RollingUpdateDaemonSet(IntOrString.of(0), IntOrString.of(1)));
    h.create(v12.withSpec(v12.spec().withUpdateStrategy(surge)));
    h.advance(Duration.ofSeconds(10));
    int[] minAvailable = {2};
    int[] maxPods = {0};
    h.api.watch(
        Pod.class,
        null,
        e -> {
          minAvailable[0] = Math.min(minAvailable[0], availableNodes());
          maxPods[0] = Math.max(maxPods[0], pods().size()); // not counting terminating ones
        });
    DaemonSet v13 = Manifests.readOneResource("seed/manifests/proxy-v1.13.yaml", DaemonSet.class);
    h.api.update(ds().withSpec(ds().spec().withTemplate(v13.spec().template())));
    assertThat(rollouts.status(KEY))
        .last()
        .isEqualTo("daemon set \"proxy-daemonset\" successfully rolled out");
    assertThat(minAvailable[0]).isEqualTo(2); // never below 100%
    assertThat(maxPods[0]).isEqualTo(3); // one surge pod at a time
    assertThat(pods()).hasSize(2).allMatch(p -> image(p).endsWith("nginx:v1.13"));
  }
}
