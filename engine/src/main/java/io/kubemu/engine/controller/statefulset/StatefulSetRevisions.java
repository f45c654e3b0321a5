package io.kubemu.engine.controller.statefulset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemu.engine.api.JsonMergePatch;
import io.kubemu.engine.controller.history.ControllerRevisions;
import io.kubemu.manifest.Json;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.ObjectMeta;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A StatefulSet's revisions: what a ControllerRevision stores (the pod template, as the patch that
 * restores it) and how it is applied back (upstream getPatch, newRevision, ApplyRevision,
 * nextRevision). Stateless.
 *
 * <p>The hash in a revision's name is upstream's (FNV over the patch's JSON, keys sorted as Go's
 * encoding/json writes maps), computed over kubemu's JSON of the template; a real cluster, whose
 * JSON carries a few more defaulted fields, names the same template differently.
 */
public final class StatefulSetRevisions {
  private StatefulSetRevisions() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The directive that makes the strategic merge patch replace the whole template. */
  static final String PATCH_DIRECTIVE = "$patch";

  // memos: a sync asks for the same template's patch and the same revision's template many times
  private static final Map<Object, Object> MEMO =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> e) {
              return size() > 512;
            }
          });

  private record PatchKey(PodTemplateSpec template) {}

  private record TemplateKey(Map<String, Object> data) {}

  /**
   * getPatch: {@code {"spec":{"template":{...,"$patch":"replace"}}}}, every object's keys sorted.
   */
  public static Map<String, Object> getPatch(StatefulSet set) {
    PodTemplateSpec template = StatefulSetUtils.spec(set).template();
    PatchKey key = new PatchKey(template);
    @SuppressWarnings("unchecked")
    Map<String, Object> cached = (Map<String, Object>) MEMO.get(key);
    if (cached != null) return cached;
    Map<String, Object> patch = patchOf(template);
    MEMO.put(key, patch);
    return patch;
  }

  private static Map<String, Object> patchOf(PodTemplateSpec template) {
    ObjectNode t =
        template == null ? NODES.objectNode() : (ObjectNode) Json.mapper().valueToTree(template);
    t.put(PATCH_DIRECTIVE, "replace");
    ObjectNode spec = NODES.objectNode();
    spec.set("template", t);
    ObjectNode patch = NODES.objectNode();
    patch.set("spec", spec);
    @SuppressWarnings("unchecked")
    Map<String, Object> map =
        Json.mapper().convertValue(JsonMergePatch.sortKeys(patch), LinkedHashMap.class);
    return Collections.unmodifiableMap(map);
  }

  /**
   * newRevision: a revision of the set's template numbered {@code revision}, carrying the set's
   * annotations (so {@code kubernetes.io/change-cause} shows in the rollout history).
   */
  public static ControllerRevision newRevision(
      StatefulSet set, long revision, Integer collisionCount) {
    // every sync asks again for the same set's revision: the template is the same object then
    PodTemplateSpec template = StatefulSetUtils.spec(set).template();
    LastRevision last = lastRevision;
    if (last != null && last.matches(set, template, revision, collisionCount)) return last.result();
    ControllerRevision result = computeRevision(set, revision, collisionCount);
    if (template != null) {
      ObjectMeta m = set.metadata();
      lastRevision =
          new LastRevision(
              template,
              m.namespace(),
              m.name(),
              m.uid(),
              m.annotations(),
              revision,
              collisionCount,
              result);
    }
    return result;
  }

  // the last revision newRevision built, for the set and template (compared by identity) it was for
  private record LastRevision(
      PodTemplateSpec template,
      String namespace,
      String name,
      String uid,
      Map<String, String> annotations,
      long revision,
      Integer collisionCount,
      ControllerRevision result) {
    boolean matches(StatefulSet set, PodTemplateSpec t, long rev, Integer collisions) {
      ObjectMeta m = set.metadata();
      return template == t
          && revision == rev
          && Objects.equals(collisionCount, collisions)
          && Objects.equals(uid, m.uid())
          && Objects.equals(name, m.name())
          && Objects.equals(namespace, m.namespace())
          && annotations.equals(m.annotations());
    }
  }

  private static volatile LastRevision lastRevision;

  private static ControllerRevision computeRevision(
      StatefulSet set, long revision, Integer collisionCount) {
    Map<String, String> labels =
        StatefulSetUtils.spec(set).template() == null
            ? Map.of()
            : StatefulSetUtils.spec(set).template().metadata().labels();
    ControllerRevision cr =
        ControllerRevisions.newControllerRevision(
            set, labels, getPatch(set), revision, collisionCount);
    Map<String, String> annotations = new LinkedHashMap<>(cr.metadata().annotations());
    annotations.putAll(set.metadata().annotations());
    return cr.withMetadata(cr.metadata().withAnnotations(annotations));
  }

  /**
   * ApplyRevision: {@return the set with the revision's template} (the strategic merge patch with
   * {@code $patch: replace} replaces spec.template as a whole)
   */
  public static StatefulSet applyRevision(StatefulSet set, ControllerRevision revision) {
    TemplateKey key = new TemplateKey(revision.data());
    Object cached = MEMO.get(key);
    if (cached == null) {
      JsonNode data = Json.mapper().valueToTree(revision.data());
      JsonNode template = data.path("spec").path("template");
      if (template.isObject()) {
        ObjectNode t = ((ObjectNode) template).deepCopy();
        t.remove(PATCH_DIRECTIVE);
        cached = Json.mapper().convertValue(t, PodTemplateSpec.class);
      } else {
        cached = NO_TEMPLATE;
      }
      MEMO.put(key, cached);
    }
    if (cached == NO_TEMPLATE) return set;
    return set.withSpec(StatefulSetUtils.spec(set).withTemplate((PodTemplateSpec) cached));
  }

  private static final Object NO_TEMPLATE = new Object();

  /**
   * nextRevision: 1 for an empty history, else one more than the last revision (revisions sorted).
   */
  public static long nextRevision(List<ControllerRevision> sorted) {
    if (sorted.isEmpty()) return 1;
    Long last = sorted.get(sorted.size() - 1).revision();
    return (last == null ? 0 : last) + 1;
  }
}
