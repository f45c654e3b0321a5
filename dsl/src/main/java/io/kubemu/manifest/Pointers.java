package io.kubemu.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Pointers ({@code /spec/containers/0/image}) to the nodes of one document, with the position
 * each node was read from, and their Kubernetes spelling ({@code spec.containers[0].image}).
 */
final class Pointers {
  private final Map<String, Position> positions = new HashMap<>();

  void put(String pointer, Position position) {
    positions.put(pointer, position);
  }

  void putIfAbsent(String pointer, Position position) {
    positions.putIfAbsent(pointer, position);
  }

  /** {@return where the node at the pointer, or its nearest recorded ancestor, was read} */
  Position find(String pointer) {
    String p = pointer;
    while (true) {
      Position found = positions.get(p);
      if (found != null || p.isEmpty()) return found;
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  static String child(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  static String child(String parent, int index) {
    return parent + "/" + index;
  }

  static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) return out;
    for (String s : pointer.substring(1).split("/", -1)) {
      out.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  /**
   * {@return the field path as Kubernetes writes it: {@code spec.template.spec.containers[0].name};
   * the tree tells list indexes from keys}
   */
  static String fieldPath(JsonNode root, String pointer) {
    StringBuilder out = new StringBuilder();
    JsonNode node = root;
    for (String segment : segments(pointer)) {
      if (node != null && node.isArray()) {
        out.append('[').append(segment).append(']');
        node = node.path(Integer.parseInt(segment));
      } else {
        if (out.length() > 0) out.append('.');
        out.append(segment);
        node = node == null ? null : node.get(segment);
      }
    }
    return out.toString();
  }
}
