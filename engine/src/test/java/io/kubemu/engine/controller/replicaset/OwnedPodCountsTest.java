package io.kubemu.engine.controller.replicaset;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.engine.controller.util.Harness;
import io.kubemu.engine.controller.util.Informer;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link OwnedPodCounts} kept from pod events equals a recount over the lister after any sequence
 * of creations, relabellings, owner changes, readiness changes and deletions.
 */
class OwnedPodCountsTest {

  private static final List<Map<String, String>> LABELS =
      List.of(
          Map.of("app", "web"),
          Map.of("app", "web", "tier", "front"),
          Map.of("app", "other", "tier", "front"));

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void countsEqualARecount(long seed) {
    Harness h = new Harness(seed, false).readyDelay(p -> null);
    ReplicaSet rs = h.api.create(ReplicaSetControllerTest.replicaSet("web", 3, 0));
    Informer<Pod> pods =
        new Informer<>(h.api, Pod.class)
            .addIndex(
                ControllerUtils.POD_CONTROLLER_UID_INDEX, ControllerUtils::controllerUidIndex);
    OwnedPodCounts counts = new OwnedPodCounts(pods);
    pods.addHandler(
        new Informer.Handler<>() {
          @Override
          public void onAdd(Pod p) {
            counts.observe(p);
          }

          @Override
          public void onUpdate(Pod o, Pod p) {
            counts.observe(o);
            counts.observe(p);
          }

          @Override
          public void onDelete(Pod p) {
            counts.observe(p);
          }
        });
    pods.start();
    h.loop.runDue();
    Selector selector = ControllerUtils.selector(rs.spec().selector());
    OwnerReference mine = ControllerUtils.newControllerRef(rs);
    OwnerReference theirs =
        new OwnerReference("apps/v1", "ReplicaSet", "other", "other-uid", true, true);
    Random random = new Random(seed);
    List<String> names = new ArrayList<>();
    int checks = 0;
    for (int step = 0; step < 400; step++) {
      int op = names.isEmpty() ? 0 : random.nextInt(5);
      String ns = random.nextInt(8) == 0 ? "elsewhere" : "app";
      try {
        switch (op) {
          case 0 -> {
            String name = "p" + step;
            OwnerReference ref = List.of(mine, mine, mine, theirs).get(random.nextInt(4));
            h.api.create(
                pod(ns, name, LABELS.get(random.nextInt(3)), random.nextBoolean() ? ref : null));
            names.add(ns + "/" + name);
          }
          case 1 -> {
            Pod p = pick(h, names, random);
            h.api.update(p.withMetadata(p.metadata().withLabels(LABELS.get(random.nextInt(3)))));
          }
          case 2 -> {
            Pod p = pick(h, names, random);
            List<OwnerReference> refs =
                random.nextBoolean() ? List.of() : List.of(random.nextBoolean() ? mine : theirs);
            h.api.update(p.withMetadata(p.metadata().withOwnerReferences(refs)));
          }
          case 3 -> {
            Pod p = pick(h, names, random);
            h.markReady(p.metadata().namespace(), p.metadata().name(), p.metadata().uid());
          }
          default -> {
            Pod p = pick(h, names, random);
            DeleteOptions opts =
                random.nextBoolean() ? DeleteOptions.DEFAULT : DeleteOptions.gracePeriod(0);
            h.api.delete(Pod.class, p.metadata().namespace(), p.metadata().name(), opts);
          }
        }
      } catch (ApiException | IllegalStateException e) {
        // a pod already gone: the next step
      }
      h.loop.runDue();
      if (random.nextInt(3) == 0) {
        checks++;
        assertThat(counts.counts(rs, selector)).as("step %d", step).isEqualTo(recount(pods, rs));
      }
    }
    assertThat(checks).isGreaterThan(50);
  }

  private static Pod pick(Harness h, List<String> names, Random random) {
    String key = names.get(random.nextInt(names.size()));
    int slash = key.indexOf('/');
    return h.api
        .find(Pod.class, key.substring(0, slash), key.substring(slash + 1))
        .orElseThrow(IllegalStateException::new);
  }

  private static OwnedPodCounts.Counts recount(Informer<Pod> pods, ReplicaSet rs) {
    Selector selector = ControllerUtils.selector(rs.spec().selector());
    Selector template = Selector.fromSet(rs.spec().template().metadata().labels());
    int active = 0;
    int notMatching = 0;
    int fullyLabeled = 0;
    int ready = 0;
    for (Pod p : pods.list("app")) {
      OwnerReference ref = p.metadata().controllerRef();
      if (ref == null || !ref.uid().equals(rs.metadata().uid()) || !PodUtils.isPodActive(p)) {
        continue;
      }
      if (!selector.matches(p.metadata().labels())) {
        notMatching++;
        continue;
      }
      active++;
      if (template.matches(p.metadata().labels())) fullyLabeled++;
      if (PodUtils.isPodReady(p)) ready++;
    }
    return new OwnedPodCounts.Counts(active, notMatching, fullyLabeled, ready);
  }

  private static Pod pod(String ns, String name, Map<String, String> labels, OwnerReference owner) {
    Pod p =
        Manifests.readOne(
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: %s
              namespace: %s
            spec:
              containers:
              - name: web
                image: nginx:1.25
            """
                .formatted(name, ns),
            Pod.class);
    return p.withMetadata(
        p.metadata()
            .withLabels(labels)
            .withOwnerReferences(owner == null ? List.of() : List.of(owner)));
  }
}
