package io.kubemu.engine.controller.daemonset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.controller.util.ControllerRefManager;
import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.manifest.Json;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A DaemonSet's ControllerRevisions (upstream pkg/controller/daemon/update.go, v1.30): one per
 * distinct template, named {@code <ds>-<hash>}, labelled {@code controller-revision-hash}, with
 * increasing revision numbers and the template as a strategic-merge patch in {@code data}. Old
 * revisions beyond {@code revisionHistoryLimit} that no pod uses are deleted, oldest first.
 */
final class DaemonSetHistory {
  private DaemonSetHistory() {}

  /** The current revision and the old ones. */
  record Histories(ControllerRevision cur, List<ControllerRevision> old) {}

  /** historiesByRevision. */
  static final Comparator<ControllerRevision> BY_REVISION =
      Comparator.comparing((ControllerRevision r) -> r.revision() == null ? 0L : r.revision());

  /**
   * getPatch: {@code {"spec":{"template":{...,"$patch":"replace"}}}}, the patch that restores the
   * template (kubectl rollout undo applies it).
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> getPatch(DaemonSet ds) {
    Map<String, Object> template =
        new LinkedHashMap<>(Json.mapper().convertValue(ds.spec().template(), Map.class));
    template.put("$patch", "replace");
    return Map.of("spec", Map.of("template", template));
  }

  /** {@return the template a revision's patch restores} */
  @SuppressWarnings("unchecked")
  static PodTemplateSpec templateOf(ControllerRevision r) {
    Map<String, Object> spec = (Map<String, Object>) r.data().get("spec");
    Map<String, Object> template = new LinkedHashMap<>((Map<String, Object>) spec.get("template"));
    template.remove("$patch");
    return Json.mapper().convertValue(template, PodTemplateSpec.class);
  }

  /** Match: the revision holds the DaemonSet's current template. */
  static boolean match(DaemonSet ds, ControllerRevision history) {
    return getPatch(ds).equals(history.data());
  }

  /** controlledHistories: the namespace's revisions, claimed by selector and controller ref. */
  static List<ControllerRevision> controlledHistories(ApiServer api, DaemonSet ds) {
    Selector selector = Selector.from(ds.spec().selector());
    List<ControllerRevision> all = api.list(ControllerRevision.class, ds.metadata().namespace());
    return new ControllerRefManager(api, ds, selector).claim(all);
  }

  /**
   * constructHistory: labels every revision with its name as hash when it lacks the label, splits
   * current from old, creates the current one (revision max + 1) or bumps its number.
   */
  static Histories constructHistory(ApiServer api, DaemonSet ds) {
    List<ControllerRevision> current = new ArrayList<>();
    List<ControllerRevision> old = new ArrayList<>();
    for (ControllerRevision h : controlledHistories(api, ds)) {
      if (h.metadata().label(DaemonSetUtil.REVISION_HASH_LABEL) == null) {
        h =
            api.update(
                h.withMetadata(
                    h.metadata()
                        .withLabel(DaemonSetUtil.REVISION_HASH_LABEL, h.metadata().name())));
      }
      if (match(ds, h)) current.add(h);
      else old.add(h);
    }
    long currRevision = maxRevision(old) + 1;
    ControllerRevision cur;
    if (current.isEmpty()) {
      cur = snapshot(api, ds, currRevision);
    } else {
      cur = dedupCurHistories(api, ds, current);
      if (cur.revision() == null || cur.revision() < currRevision) {
        api.update(cur.withRevision(currRevision));
      }
    }
    return new Histories(cur, old);
  }

  static long maxRevision(List<ControllerRevision> histories) {
    long max = 0;
    for (ControllerRevision h : histories)
      if (h.revision() != null) max = Math.max(max, h.revision());
    return max;
  }

  // dedupCurHistories: keep the highest revision, relabel pods to its hash, delete the others
  private static ControllerRevision dedupCurHistories(
      ApiServer api, DaemonSet ds, List<ControllerRevision> cur) {
    if (cur.size() == 1) return cur.get(0);
    ControllerRevision keep = null;
    for (ControllerRevision h : cur) {
      if (keep == null || (h.revision() == null ? 0 : h.revision()) >= keep.revision()) keep = h;
    }
    String hash = keep.metadata().label(DaemonSetUtil.REVISION_HASH_LABEL);
    for (Pod p : DaemonSetPods.getDaemonPods(api, ds)) {
      if (!Objects.equals(p.metadata().label(DaemonSetUtil.REVISION_HASH_LABEL), hash)) {
        api.update(p.withMetadata(p.metadata().withLabel(DaemonSetUtil.REVISION_HASH_LABEL, hash)));
      }
    }
    for (ControllerRevision h : cur) {
      if (!h.metadata().name().equals(keep.metadata().name())) {
        api.delete(ControllerRevision.class, h.metadata().namespace(), h.metadata().name());
      }
    }
    return keep;
  }

  // snapshot: creates the revision; a name taken by another template bumps collisionCount
  private static ControllerRevision snapshot(ApiServer api, DaemonSet ds, long revision) {
    DaemonSetStatus st = ds.status();
    Integer collisionCount = st == null ? null : st.collisionCount();
    String hash = ControllerUtils.computeHash(ds.spec().template(), collisionCount);
    String name = ds.metadata().name() + "-" + hash;
    ObjectMeta meta =
        ObjectMeta.named(ds.metadata().namespace(), name)
            .withLabels(ds.spec().template().metadata().labels())
            .withLabel(DaemonSetUtil.REVISION_HASH_LABEL, hash)
            .withAnnotations(ds.metadata().annotations())
            .withOwnerReferences(List.of(ControllerUtils.newControllerRef(ds)));
    try {
      return api.create(new ControllerRevision(meta, getPatch(ds), revision));
    } catch (ApiException.AlreadyExists e) {
      ControllerRevision existing =
          api.get(ControllerRevision.class, ds.metadata().namespace(), name);
      if (match(ds, existing)) return existing;
      DaemonSet currDs = api.get(DaemonSet.class, ds.metadata().namespace(), ds.metadata().name());
      Integer currCount = currDs.status() == null ? null : currDs.status().collisionCount();
      if (!Objects.equals(currCount, collisionCount)) {
        throw ControllerUtils.syncError(
            "found a stale collision count ("
                + collisionCount
                + ", expected "
                + currCount
                + ") of DaemonSet \""
                + ds.metadata().name()
                + "\" while processing; will retry until it is updated");
      }
      int next = currCount == null ? 1 : currCount + 1;
      api.updateStatus(currDs.withStatus(DaemonSetPods.withCollisionCount(currDs.status(), next)));
      throw e;
    }
  }

  /**
   * cleanupHistory: deletes old revisions beyond revisionHistoryLimit, oldest first, sparing those
   * whose hash a pod still carries (terminal pods being deleted included).
   */
  static void cleanupHistory(ApiServer api, DaemonSet ds, List<ControllerRevision> old) {
    Integer limit = ds.spec().revisionHistoryLimit();
    int toKill = old.size() - (limit == null ? 10 : limit);
    if (toKill <= 0) return;
    Set<String> liveHashes = new HashSet<>(); // membership only
    for (Pod p : DaemonSetPods.getDaemonPods(api, ds)) {
      String h = p.metadata().label(DaemonSetUtil.REVISION_HASH_LABEL);
      if (h != null && !h.isEmpty()) liveHashes.add(h);
    }
    List<ControllerRevision> sorted = new ArrayList<>(old);
    sorted.sort(BY_REVISION);
    for (ControllerRevision h : sorted) {
      if (toKill <= 0) break;
      if (liveHashes.contains(h.metadata().label(DaemonSetUtil.REVISION_HASH_LABEL))) continue;
      api.delete(ControllerRevision.class, h.metadata().namespace(), h.metadata().name());
      toKill--;
    }
  }
}
