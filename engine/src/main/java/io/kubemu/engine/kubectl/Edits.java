package io.kubemu.engine.kubectl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.JsonMergePatch;
import io.kubemu.manifest.Json;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Client-side edits as kubectl makes them (set.CalculatePatches): read the object, change a copy of
 * its JSON, send the difference as a JSON merge patch through the cluster facade (so the control
 * plane reacts). Stateless.
 */
final class Edits {
  private Edits() {}

  /**
   * The outcome of an edit.
   *
   * @param before the object read
   * @param after the object stored (before, if nothing changed)
   * @param changed whether a patch was sent
   */
  record Result(KubernetesObject before, KubernetesObject after, boolean changed) {}

  /**
   * Edits an object.
   *
   * @param key {@code namespace/name}, or {@code name} if cluster-scoped
   * @param edit changes the object's JSON in place
   * @throws io.kubemu.engine.api.ApiException if it is missing or the API rejects the patch
   */
  static Result edit(Cluster cluster, Kind kind, String key, Consumer<ObjectNode> edit) {
    KubernetesObject before = cluster.get(kind.type(), key);
    ObjectNode original = Json.mapper().valueToTree(before);
    ObjectNode modified = original.deepCopy();
    edit.accept(modified);
    ObjectNode patch = JsonMergePatch.diff(original, modified);
    if (patch.isEmpty()) return new Result(before, before, false);
    KubernetesObject after = cluster.patch(kind.type(), key, write(patch));
    return new Result(before, after, true);
  }

  /** {@return the child object, created if missing} */
  static ObjectNode object(ObjectNode parent, String... path) {
    ObjectNode n = parent;
    for (String p : path) {
      JsonNode child = n.get(p);
      n = child instanceof ObjectNode o ? o : n.putObject(p);
    }
    return n;
  }

  /** {@return the child object, or null if missing} */
  static ObjectNode find(ObjectNode parent, String... path) {
    JsonNode n = parent;
    for (String p : path) {
      n = n == null ? null : n.get(p);
    }
    return n instanceof ObjectNode o ? o : null;
  }

  static String write(JsonNode node) {
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
