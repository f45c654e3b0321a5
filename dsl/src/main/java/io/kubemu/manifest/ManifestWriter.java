package io.kubemu.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemu.model.KubernetesObject;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes objects as YAML or JSON that {@code kubectl apply} reads back to the same objects. */
final class ManifestWriter {
  private ManifestWriter() {}

  private static final String DOCUMENT_START = "---\n";

  private static final ObjectWriter PRETTY_JSON =
      Json.mapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  static String yaml(KubernetesObject object, boolean documentStart) {
    try {
      String yaml = Json.yamlMapper().writeValueAsString(object);
      return documentStart ? DOCUMENT_START + yaml : yaml;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String yaml(List<? extends KubernetesObject> objects) {
    StringBuilder out = new StringBuilder();
    for (KubernetesObject o : objects) {
      if (out.length() > 0) out.append(DOCUMENT_START);
      out.append(yaml(o, false));
    }
    return out.toString();
  }

  static String json(KubernetesObject object) {
    try {
      return PRETTY_JSON.writeValueAsString(object) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@code v1 List} holding the objects, as {@code kubectl get -o json} prints several. */
  static String json(List<? extends KubernetesObject> objects) {
    ObjectNode list = Json.mapper().createObjectNode();
    list.put("apiVersion", "v1");
    list.put("kind", "List");
    ArrayNode items = list.putArray("items");
    for (KubernetesObject o : objects) items.add(Json.mapper().valueToTree(o));
    try {
      return PRETTY_JSON.writeValueAsString(list) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
