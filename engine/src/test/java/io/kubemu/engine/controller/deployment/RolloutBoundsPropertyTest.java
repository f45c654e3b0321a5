package io.kubemu.engine.controller.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.controller.util.Harness;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.engine.events.Timeline;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Rolling updates under random sizes, bounds, readiness delays and pod failures stay within their
 * bounds and converge: after the new template is applied, at the end of every virtual instant at
 * most replicas + maxSurge pods are active, and (in rollouts without failures) at least replicas -
 * maxUnavailable are ready; within an hour every pod is the new template's and ready.
 */
class RolloutBoundsPropertyTest {

  /** One generated rollout. */
  record Case(
      int replicas,
      IntOrString maxSurge,
      IntOrString maxUnavailable,
      long seed,
      int maxReadySeconds,
      int failures) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<IntOrString> bound =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 5).map(IntOrString::of),
            Arbitraries.integers().between(0, 100).map(p -> IntOrString.of(p + "%")));
    // 0-50 replicas, smaller sizes more often: a try of 50 costs about ten of 5
    Arbitrary<Integer> replicas =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.integers().between(0, 10)),
            Tuple.of(3, Arbitraries.integers().between(11, 30)),
            Tuple.of(2, Arbitraries.integers().between(31, 50)));
    return Combinators.combine(
            replicas,
            bound,
            bound,
            Arbitraries.longs(),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 3))
        .as(Case::new)
        .filter(c -> !(isZero(c.maxSurge()) && isZero(c.maxUnavailable())));
  }

  private static boolean isZero(IntOrString v) {
    return v.intValue() == 0 && (!v.percent() || v.strValue().equals("0%"));
  }

  @Property(tries = 1000, seed = "20260101")
  void rollingUpdatesStayWithinTheirBoundsAndConverge(@ForAll("cases") Case c) {
    Random random = new Random(c.seed());
    Harness h =
        new Harness(c.seed(), false)
            .readyDelay(p -> Duration.ofSeconds(random.nextInt(c.maxReadySeconds() + 1)))
            .start();
    DeploymentRollouts rollouts = new DeploymentRollouts(h.api);
    h.api.apply(deployment(c, "v1"));
    h.loop.runDue();
    rollouts.status("app/web");

    long from = h.timeline.size();
    h.api.apply(deployment(c, "v2"));
    h.loop.runDue();
    for (int i = 0; i < c.failures(); i++) {
      h.loop.scheduleAfter(
          Duration.ofMillis(random.nextInt(40_000)), "fail a pod", () -> failRandomPod(h, random));
    }
    List<String> lines = rollouts.status("app/web");
    h.loop.runUntilIdle();

    Deployment d = h.api.get(Deployment.class, "app", "web");
    Fenceposts.Bounds b =
        Fenceposts.resolveFenceposts(c.maxSurge(), c.maxUnavailable(), c.replicas());
    int maxUnavailable = Fenceposts.maxUnavailable(d);
    assertThat(lines).last().isEqualTo("deployment \"web\" successfully rolled out");
    Extremes x = extremesPerInstant(h.timeline, from);
    assertThat(x.maxPods()).isLessThanOrEqualTo(c.replicas() + b.maxSurge());
    if (c.failures() == 0) {
      assertThat(x.minReady()).isGreaterThanOrEqualTo(c.replicas() - maxUnavailable);
    }
    List<Pod> active = h.activePods("app");
    assertThat(active).hasSize(c.replicas()).allMatch(PodUtils::isPodReady);
    assertThat(active).allMatch(p -> "v2".equals(p.metadata().label("version")));
    for (ReplicaSet rs : h.api.list(ReplicaSet.class, "app")) {
      boolean isNew = "v2".equals(rs.spec().template().metadata().label("version"));
      assertThat(rs.spec().replicas()).isEqualTo(isNew ? c.replicas() : 0);
    }
    assertThat(d.status().updatedReplicas()).isEqualTo(c.replicas());
    assertThat(d.status().availableReplicas()).isEqualTo(c.replicas());
  }

  private static void failRandomPod(Harness h, Random random) {
    List<Pod> active = h.activePods("app");
    if (active.isEmpty()) return;
    Pod p = active.get(random.nextInt(active.size()));
    try {
      h.api.delete(Pod.class, "app", p.metadata().name());
    } catch (ApiException.NotFound gone) {
      // already gone
    }
  }

  static Deployment deployment(Case c, String version) {
    Deployment d =
        Manifests.readOne(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: app
            spec:
              replicas: %d
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                    version: %s
                spec:
                  containers:
                  - name: web
                    image: nginx:%s
            """
                .formatted(c.replicas(), version, version),
            Deployment.class);
    return d.withSpec(
        d.spec()
            .withStrategy(
                io.kubemu.model.apps.DeploymentStrategy.rollingUpdate(
                    c.maxUnavailable(), c.maxSurge())));
  }

  record Extremes(int maxPods, int minReady) {}

  /**
   * The most active pods and the fewest ready ones at the end of each virtual instant from entry
   * {@code from} on.
   */
  static Extremes extremesPerInstant(Timeline timeline, long from) {
    Map<String, Pod> pods = new TreeMap<>();
    int active = 0;
    int ready = 0;
    int maxPods = 0;
    int minReady = Integer.MAX_VALUE;
    List<Timeline.Entry> entries = timeline.entries();
    for (int i = 0; i < entries.size(); i++) {
      Timeline.Entry e = entries.get(i);
      if (e.is(Pod.class)) {
        Pod old =
            e.verb() == Verb.DELETED_FINAL
                ? pods.remove(e.key())
                : pods.put(e.key(), e.as(Pod.class));
        Pod cur = e.verb() == Verb.DELETED_FINAL ? null : e.as(Pod.class);
        active += count(cur, false) - count(old, false);
        ready += count(cur, true) - count(old, true);
      }
      boolean lastOfInstant =
          i + 1 == entries.size() || !entries.get(i + 1).time().equals(e.time());
      if (e.sequence() < from || !lastOfInstant) continue;
      maxPods = Math.max(maxPods, active);
      minReady = Math.min(minReady, ready);
    }
    return new Extremes(maxPods, minReady);
  }

  private static int count(Pod p, boolean ready) {
    if (p == null || !PodUtils.isPodActive(p)) return 0;
    return !ready || PodUtils.isPodReady(p) ? 1 : 0;
  }
}
