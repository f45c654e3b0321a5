package io.kubemu.engine.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemu.manifest.Json;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;

/** Conversions between model records and JSON trees for patches. Stateless. */
final class Patches {
  private Patches() {}

  private static final ObjectMapper JSON = Json.mapper();

  /** {@return {@code current} with the JSON merge patch applied} */
  static KubernetesObject mergePatch(Kind kind, KubernetesObject current, String patch) {
    JsonNode p;
    try {
      p = JSON.readTree(patch);
    } catch (JsonProcessingException e) {
      throw new ApiException.BadRequest("error decoding patch: " + e.getOriginalMessage());
    }
    if (p == null || !p.isObject()) {
      throw new ApiException.BadRequest("json: cannot unmarshal non-object into a merge patch");
    }
    return fromTree(kind, JsonMergePatch.apply(toTree(current), p));
  }

  static JsonNode toTree(KubernetesObject obj) {
    return JSON.valueToTree(obj);
  }

  static KubernetesObject fromTree(Kind kind, JsonNode tree) {
    try {
      return JSON.treeToValue(tree, kind.type());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw new ApiException.BadRequest(msg);
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  static String write(JsonNode tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
