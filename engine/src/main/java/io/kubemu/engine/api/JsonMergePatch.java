package io.kubemu.engine.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON merge patch (RFC 7386) on Jackson trees: apply a patch, compute one between two documents,
 * and kubectl's three-way merge for non-strategic types. Lists are replaced as a whole. Inputs are
 * never modified. Stateless, thread-safe.
 */
public final class JsonMergePatch {
  private JsonMergePatch() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** {@return {@code target} with {@code patch} applied (RFC 7386 MergePatch)} */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    if (patch == null || !patch.isObject()) return patch == null ? NODES.nullNode() : patch;
    ObjectNode out =
        target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : NODES.objectNode();
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      if (e.getValue().isNull()) {
        out.remove(e.getKey());
      } else {
        out.set(e.getKey(), apply(out.get(e.getKey()), e.getValue()));
      }
    }
    return out;
  }

  /**
   * {@return the merge patch that turns {@code original} into {@code modified}} (evanphx json-patch
   * CreateMergePatch on objects): changed and added keys with their new values, removed keys as
   * null, nested objects diffed, anything else replaced whole.
   */
  public static ObjectNode diff(JsonNode original, JsonNode modified) {
    ObjectNode into = NODES.objectNode();
    ObjectNode a =
        original != null && original.isObject() ? (ObjectNode) original : NODES.objectNode();
    ObjectNode b =
        modified != null && modified.isObject() ? (ObjectNode) modified : NODES.objectNode();
    for (Map.Entry<String, JsonNode> e : b.properties()) {
      JsonNode av = a.get(e.getKey());
      JsonNode bv = e.getValue();
      if (av == null || av.getNodeType() != bv.getNodeType()) {
        into.set(e.getKey(), bv);
      } else if (bv.isObject()) {
        ObjectNode sub = diff(av, bv);
        if (!sub.isEmpty()) into.set(e.getKey(), sub);
      } else if (!av.equals(bv)) {
        into.set(e.getKey(), bv);
      }
    }
    Iterator<String> names = a.fieldNames();
    while (names.hasNext()) {
      String k = names.next();
      if (!b.has(k)) into.putNull(k);
    }
    return into;
  }

  /**
   * {@return kubectl's three-way patch} (apimachinery jsonmergepatch.CreateThreeWayJSONMergePatch):
   * additions and changes from {@code current} to {@code modified}, plus deletions of what {@code
   * original} (the last applied configuration) had and {@code modified} dropped. Fields set by
   * others (status, defaults, server-set fields) are kept.
   */
  public static ObjectNode threeWay(JsonNode original, JsonNode modified, JsonNode current) {
    ObjectNode addAndChange = keepOrDeleteNull(diff(current, modified), false);
    ObjectNode deletions = keepOrDeleteNull(diff(original, modified), true);
    return mergeObjects(deletions, addAndChange);
  }

  /**
   * {@return the three-way patch when the last applied configuration equals {@code modified}}: no
   * deletions, only the additions and changes from {@code current} to {@code modified} (what {@link
   * #threeWay} returns then, without diffing the original).
   */
  static ObjectNode addAndChange(JsonNode modified, JsonNode current) {
    return keepOrDeleteNull(diff(current, modified), false);
  }

  // keepOrDeleteNullInObj
  private static ObjectNode keepOrDeleteNull(ObjectNode m, boolean keepNull) {
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> e : m.properties()) {
      JsonNode v = e.getValue();
      if (v.isNull()) {
        if (keepNull) out.putNull(e.getKey());
      } else if (v.isObject()) {
        if (v.isEmpty()) {
          // explicitly-set empty maps are values, not empty patches
          if (!keepNull) out.set(e.getKey(), v);
          continue;
        }
        ObjectNode sub = keepOrDeleteNull((ObjectNode) v, keepNull);
        if (!sub.isEmpty()) out.set(e.getKey(), sub);
      } else if (!keepNull) {
        out.set(e.getKey(), v);
      }
    }
    return out;
  }

  /** Deep union of two patches, {@code b} winning (evanphx MergePatch of patch onto patch). */
  private static ObjectNode mergeObjects(ObjectNode a, ObjectNode b) {
    ObjectNode out = a.deepCopy();
    List<String> keys = new ArrayList<>();
    b.fieldNames().forEachRemaining(keys::add);
    for (String k : keys) {
      JsonNode bv = b.get(k);
      JsonNode av = out.get(k);
      if (av != null && av.isObject() && bv.isObject()) {
        out.set(k, mergeObjects((ObjectNode) av, (ObjectNode) bv));
      } else {
        out.set(k, bv);
      }
    }
    return out;
  }

  /** {@return a copy with every object's keys sorted, as Go's encoding/json writes maps} */
  public static JsonNode sortKeys(JsonNode node) {
    if (node.isObject()) {
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      keys.sort(null);
      ObjectNode out = NODES.objectNode();
      for (String k : keys) out.set(k, sortKeys(node.get(k)));
      return out;
    }
    if (node.isArray()) {
      var out = NODES.arrayNode();
      for (JsonNode n : node) out.add(sortKeys(n));
      return out;
    }
    return node;
  }
}
