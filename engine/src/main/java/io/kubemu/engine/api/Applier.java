package io.kubemu.engine.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.ObjectMeta;

/**
 * {@code kubectl apply} (client-side apply): create with the last-applied-configuration annotation,
 * or patch with a three-way JSON merge (kubectl's path for types without a strategic merge schema).
 * Runs inside the caller's transaction. Stateless.
 */
final class Applier {
  private Applier() {}

  /**
   * The annotation kubectl records the applied configuration in (v1.LastAppliedConfigAnnotation).
   */
  static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  static ApplyResult<KubernetesObject> apply(Registry api, Kind kind, KubernetesObject obj) {
    ObjectMeta m = obj.metadata();
    if (Strategies.isEmpty(m.name())) {
      throw new ApiException.BadRequest("resource name may not be empty");
    }
    String ns = ApiServer.namespaceOf(kind, m.namespace());
    KubernetesObject input = obj;
    obj = obj.withMetadata(m.withNamespace(ns));
    String modified = LastApplied.modifiedConfiguration(input, ns, obj);
    KubernetesObject annotated =
        obj.withMetadata(obj.metadata().withAnnotation(LAST_APPLIED, modified));
    KubernetesObject current = api.store().get(kind, ns, m.name());
    if (current == null) {
      return new ApplyResult<>(
          api.create(kind, annotated, Verb.CREATE), ApplyResult.Outcome.CREATED);
    }
    String lastApplied = current.metadata().annotation(LAST_APPLIED);
    JsonNode currentTree = Patches.toTree(current);
    JsonNode modifiedTree = Patches.toTree(annotated);
    // unchanged configuration: nothing to delete, so the patch is the additions and changes alone
    ObjectNode patch =
        modified.equals(lastApplied)
            ? JsonMergePatch.addAndChange(modifiedTree, currentTree)
            : JsonMergePatch.threeWay(
                lastApplied == null ? null : Patches.parse(lastApplied), modifiedTree, currentTree);
    if (patch.isEmpty()) return new ApplyResult<>(current, ApplyResult.Outcome.UNCHANGED);
    KubernetesObject patched = Patches.fromTree(kind, JsonMergePatch.apply(currentTree, patch));
    KubernetesObject stored = api.update(kind, patched, Verb.PATCH, false);
    boolean changed =
        !stored.metadata().resourceVersion().equals(current.metadata().resourceVersion());
    return new ApplyResult<>(
        stored, changed ? ApplyResult.Outcome.CONFIGURED : ApplyResult.Outcome.UNCHANGED);
  }

  /**
   * kubectl's GetModifiedConfiguration: the object without the annotation, with {@code
   * metadata.annotations} present (empty when there are none), keys sorted as Go writes maps, and a
   * trailing newline.
   */
  static String modifiedConfiguration(KubernetesObject obj) {
    return LastApplied.modifiedConfiguration(obj);
  }
}
