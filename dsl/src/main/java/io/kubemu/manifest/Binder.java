package io.kubemu.manifest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a document's tree into model records: picks the kind by apiVersion and kind, binds with
 * Go's strictness about JSON types (no string-to-number or number-to-string coercion), collects
 * unknown and duplicate fields, and says what went wrong in Kubernetes' words.
 */
final class Binder {
  private static final ObjectMapper MAPPER = bindingMapper();
  private static final int MAX_QUOTED_DATA = 1024;

  private final String source;
  private final ManifestOptions options;

  Binder(String source, ManifestOptions options) {
    this.source = source;
    this.options = options;
  }

  /** A field problem for strict decoding: where, which path, and Kubernetes' text. */
  private record Problem(Position position, String pointer, String path, String text) {}

  /**
   * Reads a document into {@code objects}, adding warnings in WARN mode; empty ones add nothing.
   */
  void bind(Document doc, List<KubernetesObject> objects, List<String> warnings) {
    JsonNode root = doc.root();
    // upstream kubectl resource.StreamVisitor.Visit: empty and "null" documents are skipped
    if (root == null || root.isNull() || root.isMissingNode()) return;
    bindObject(doc, root, "", null, objects, warnings);
  }

  private void bindObject(
      Document doc,
      JsonNode node,
      String prefix,
      String item,
      List<KubernetesObject> objects,
      List<String> warnings) {
    Position at = doc.pointers().find(prefix);
    String object = label(item, DocumentSource.describe(node));
    if (!node.isObject()) {
      // upstream runtime/serializer/json: the typeMeta probe of the document
      throw fail(
          doc,
          object,
          at,
          null,
          "json: cannot unmarshal "
              + GoTypes.jsonKind(node)
              + " into Go value of type struct { APIVersion string"
              + " \"json:\\\"apiVersion,omitempty\\\"\"; Kind string"
              + " \"json:\\\"kind,omitempty\\\"\" }",
          null);
    }
    String kind = typeField(doc, node, prefix, "kind", object);
    String apiVersion = typeField(doc, node, prefix, "apiVersion", object);
    // upstream runtime.NewMissingKindErr / NewMissingVersionErr
    if (kind.isEmpty()) {
      throw fail(doc, object, at, null, "Object 'Kind' is missing in '" + data(node) + "'", null);
    }
    if (apiVersion.isEmpty()) {
      throw fail(
          doc, object, at, null, "Object 'apiVersion' is missing in '" + data(node) + "'", null);
    }
    if (kind.equals("List") && apiVersion.equals("v1")) {
      // upstream kubectl resource.FlattenListVisitor: a List stands for its items
      report(doc, object, problems(doc, node, prefix, List.of(), true), warnings);
      JsonNode items = node.path("items");
      if (!items.isArray() && !items.isMissingNode() && !items.isNull()) {
        throw fail(
            doc,
            object,
            doc.pointers().find(Pointers.child(prefix, "items")),
            "items",
            "json: cannot unmarshal "
                + GoTypes.jsonKind(items)
                + " into Go struct field List.items of type []runtime.RawExtension",
            null);
      }
      for (int i = 0; i < items.size(); i++) {
        String label = (item == null ? "" : item + ".") + "items[" + i + "]";
        String pointer = Pointers.child(Pointers.child(prefix, "items"), i);
        bindObject(doc, items.get(i), pointer, label, objects, warnings);
      }
      return;
    }
    Kind type =
        Kinds.find(apiVersion, kind)
            .orElseThrow(
                () ->
                    fail(
                        doc,
                        object,
                        at,
                        null,
                        // upstream meta.NoKindMatchError
                        "no matches for kind \"" + kind + "\" in version \"" + apiVersion + "\"",
                        null));
    UnknownFields unknown = new UnknownFields();
    KubernetesObject value;
    try {
      value = MAPPER.readerFor(type.type()).withHandler(unknown).readValue(node);
    } catch (JsonMappingException e) {
      String pointer = prefix + GoTypes.pointer(e);
      String path = Pointers.fieldPath(node, GoTypes.pointer(e));
      throw fail(doc, object, doc.pointers().find(pointer), path, detail(e, node, path), e);
    } catch (IOException e) {
      throw fail(doc, object, at, null, String.valueOf(e.getMessage()), e);
    }
    report(doc, object, problems(doc, node, prefix, unknown.pointers, false), warnings);
    objects.add(value);
  }

  private static String label(String item, String object) {
    if (item == null) return object;
    return object == null ? item : item + ": " + object;
  }

  private String typeField(
      Document doc, JsonNode node, String prefix, String field, String object) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) return "";
    if (value.isTextual()) return value.textValue();
    throw fail(
        doc,
        object,
        doc.pointers().find(Pointers.child(prefix, field)),
        field,
        "json: cannot unmarshal "
            + GoTypes.jsonKind(value)
            + " into Go struct field ."
            + field
            + " of type string",
        null);
  }

  /**
   * The unknown fields (pointers relative to the object) and the duplicates inside the object,
   * ordered by position. A field both unknown and repeated is reported once, as unknown (as
   * upstream does for typed objects).
   */
  private List<Problem> problems(
      Document doc, JsonNode node, String prefix, List<String> unknown, boolean listWrapper) {
    List<Problem> out = new ArrayList<>();
    Set<String> unknownPointers = new HashSet<>();
    for (String relative : unknown) {
      String pointer = prefix + relative;
      unknownPointers.add(pointer);
      String path = Pointers.fieldPath(node, relative);
      out.add(
          new Problem(
              doc.pointers().find(pointer), pointer, path, "unknown field \"" + path + "\""));
    }
    for (TreeAssembler.Duplicate d : doc.duplicates()) {
      String pointer = d.pointer();
      boolean inside = prefix.isEmpty() || pointer.startsWith(prefix + "/");
      boolean inItem = listWrapper && pointer.startsWith(prefix + "/items/");
      if (!inside || inItem || unknownPointers.contains(pointer)) continue;
      String path = Pointers.fieldPath(node, pointer.substring(prefix.length()));
      out.add(new Problem(d.position(), pointer, path, "duplicate field \"" + path + "\""));
    }
    out.sort(
        Comparator.comparingInt((Problem p) -> p.position() == null ? 0 : p.position().line())
            .thenComparingInt(p -> p.position() == null ? 0 : p.position().column()));
    return out;
  }

  private void report(Document doc, String object, List<Problem> problems, List<String> warnings) {
    if (problems.isEmpty()) return;
    switch (options.validation()) {
      case STRICT:
        // upstream runtime.NewStrictDecodingError: "strict decoding error: " + joined errors
        List<String> texts = new ArrayList<>();
        for (Problem p : problems) texts.add(p.text());
        Problem first = problems.get(0);
        throw fail(
            doc,
            object,
            first.position(),
            first.path(),
            "strict decoding error: " + String.join(", ", texts),
            null);
      case WARN:
        for (Problem p : problems) {
          warnings.add(
              ManifestException.where(source, doc.index(), object, p.position()) + ": " + p.text());
        }
        break;
      default:
        break;
    }
  }

  private static String detail(JsonMappingException e, JsonNode node, String path) {
    if (e instanceof ValueInstantiationException) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return path + ": " + cause.getMessage();
    }
    if (e instanceof MismatchedInputException m) {
      String original = e.getOriginalMessage();
      if (original != null && original.startsWith("cannot unmarshal")) return "json: " + original;
      String quantity = GoTypes.quantityProblem(m, node);
      if (quantity != null) return path + ": " + quantity;
      return GoTypes.unmarshalTypeError(m, m.getTargetType(), node);
    }
    if (e.getCause() instanceof InputCoercionException overflow) {
      return GoTypes.unmarshalTypeError(e, overflow.getTargetType(), node);
    }
    return path + ": " + e.getOriginalMessage();
  }

  private ManifestException fail(
      Document doc, String object, Position position, String path, String detail, Throwable cause) {
    return new ManifestException(source, doc.index(), object, position, path, detail, cause);
  }

  /** The document as compact JSON, as upstream quotes it in "is missing in" errors. */
  private static String data(JsonNode node) {
    String json = node.toString();
    return json.length() <= MAX_QUOTED_DATA ? json : json.substring(0, MAX_QUOTED_DATA) + "...";
  }

  private static ObjectMapper bindingMapper() {
    ObjectMapper m = Json.mapper().copy();
    m.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    // Go's encoding/json: a JSON type that does not match the field's Go type is an error.
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return m;
  }

  /** Collects unknown fields (as pointers relative to the bound node) and skips them. */
  private static final class UnknownFields extends DeserializationProblemHandler {
    final List<String> pointers = new ArrayList<>();

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      pointers.add(p.getParsingContext().pathAsPointer().toString());
      p.skipChildren();
      return true;
    }
  }
}
