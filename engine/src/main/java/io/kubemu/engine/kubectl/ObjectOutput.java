package io.kubemu.engine.kubectl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemu.engine.api.JsonMergePatch;
import io.kubemu.manifest.Json;
import io.kubemu.model.KubernetesObject;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code -o json}, {@code -o yaml} and {@code -o name} as kubectl prints them: JSON and YAML with
 * keys sorted (kubectl prints the API's unstructured maps), JSON indented by four spaces with Go's
 * HTML-safe escapes ({@code <} as {@code \u003c}), several objects wrapped in a {@code v1 List}.
 * Stateless.
 */
final class ObjectOutput {
  private ObjectOutput() {}

  /** {@return the object's tree with keys sorted} */
  static JsonNode tree(KubernetesObject o) {
    return JsonMergePatch.sortKeys(Json.mapper().valueToTree(o));
  }

  /** {@return the objects in a {@code v1 List}, as kubectl wraps several} */
  static JsonNode list(List<? extends KubernetesObject> objects) {
    ObjectNode list = JsonNodeFactory.instance.objectNode();
    list.put("apiVersion", "v1");
    ArrayNode items = list.putArray("items");
    for (KubernetesObject o : objects) items.add(tree(o));
    list.put("kind", "List");
    list.putObject("metadata").put("resourceVersion", "");
    return list;
  }

  /** {@return the tree as YAML (sigs.k8s.io/yaml), ending with a newline} */
  static String yaml(JsonNode tree) {
    try {
      return Json.yamlMapper().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the tree as json.MarshalIndent(obj, "", " ") writes it, plus a newline} */
  static String json(JsonNode tree) {
    StringBuilder b = new StringBuilder();
    writeJson(tree, "", b);
    return b.append('\n').toString();
  }

  /** {@return {@code kind.group/name} and a newline} */
  static String name(KubernetesObject o) {
    return ResourceTypes.objectName(o) + "\n";
  }

  private static void writeJson(JsonNode n, String indent, StringBuilder b) {
    if (n.isObject()) {
      if (n.isEmpty()) {
        b.append("{}");
        return;
      }
      b.append("{\n");
      String inner = indent + "    ";
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        b.append(inner);
        quote(e.getKey(), b);
        b.append(": ");
        writeJson(e.getValue(), inner, b);
        if (it.hasNext()) b.append(',');
        b.append('\n');
      }
      b.append(indent).append('}');
    } else if (n.isArray()) {
      if (n.isEmpty()) {
        b.append("[]");
        return;
      }
      b.append("[\n");
      String inner = indent + "    ";
      for (int i = 0; i < n.size(); i++) {
        b.append(inner);
        writeJson(n.get(i), inner, b);
        if (i + 1 < n.size()) b.append(',');
        b.append('\n');
      }
      b.append(indent).append(']');
    } else if (n.isTextual()) {
      quote(n.textValue(), b);
    } else if (n.isNull() || n.isMissingNode()) {
      b.append("null");
    } else {
      b.append(n.asText());
    }
  }

  // encoding/json encodeState.string with escapeHTML
  private static void quote(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    b.append('"');
  }
}
