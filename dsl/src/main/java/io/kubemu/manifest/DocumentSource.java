package io.kubemu.manifest;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a stream one document at a time. */
interface DocumentSource {

  /**
   * {@return the next document, or null at the end of the stream}
   *
   * @throws ManifestException when the text is malformed or exceeds a bound
   */
  Document next();

  /** {@return "Deployment "web"" for a tree that has a kind (and a name), else null} */
  static String describe(JsonNode root) {
    if (root == null || !root.isObject()) return null;
    JsonNode kind = root.get("kind");
    if (kind == null || !kind.isTextual() || kind.textValue().isEmpty()) return null;
    JsonNode name = root.path("metadata").get("name");
    if (name == null || !name.isTextual()) return kind.textValue();
    return kind.textValue() + " \"" + name.textValue() + "\"";
  }
}
