package io.kubemu.manifest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.kubemu.model.IntOrString;
import io.kubemu.model.Quantity;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code encoding/json} view of a binding failure: {@code json: cannot unmarshal string into
 * Go struct field DeploymentSpec.spec.replicas of type int32}.
 */
final class GoTypes {
  private GoTypes() {}

  /** {@return the failing node's pointer, relative to the bound object} */
  static String pointer(JsonMappingException e) {
    String pointer = "";
    for (Reference ref : e.getPath()) {
      pointer =
          ref.getFieldName() != null
              ? Pointers.child(pointer, ref.getFieldName())
              : Pointers.child(pointer, ref.getIndex());
    }
    return pointer;
  }

  /** {@return Go's name for a JSON value's type: string, number, bool, object, array} */
  static String jsonKind(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) return "null";
    if (node.isTextual()) return "string";
    if (node.isNumber()) return "number";
    if (node.isBoolean()) return "bool";
    if (node.isArray()) return "array";
    return "object";
  }

  // upstream encoding/json UnmarshalTypeError.Error
  static String unmarshalTypeError(JsonMappingException e, Class<?> target, JsonNode root) {
    JsonNode value = root.at(pointer(e));
    String struct = null;
    List<String> fields = new ArrayList<>();
    Type type = null;
    for (Reference ref : e.getPath()) {
      Class<?> from = ref.getFrom() instanceof Class<?> c ? c : classOf(ref.getFrom());
      if (from != null && from.isRecord() && ref.getFieldName() != null) {
        struct = from.getSimpleName();
        fields.add(ref.getFieldName());
        type = componentType(from, ref.getFieldName());
      } else {
        type = typeArgument(type, ref.getFieldName() != null ? 1 : 0);
      }
    }
    if (type == null) type = target;
    String goType = type == null ? "interface {}" : goType(type);
    String kind = jsonKind(value);
    // decode.go literalStore: a number that does not fit an integer type is quoted with its text
    if (kind.equals("number") && (goType.startsWith("int") || goType.startsWith("uint"))) {
      kind = "number " + value.asText();
    }
    if (struct == null)
      return "json: cannot unmarshal " + kind + " into Go value of type " + goType;
    return "json: cannot unmarshal "
        + kind
        + " into Go struct field "
        + struct
        + "."
        + String.join(".", fields)
        + " of type "
        + goType;
  }

  /** {@return Quantity's own parse error for a bad quantity, as upstream reports it, or null} */
  static String quantityProblem(MismatchedInputException e, JsonNode root) {
    if (e.getTargetType() != Quantity.class) return null;
    JsonNode value = root.at(pointer(e));
    if (!value.isTextual() && !value.isNumber()) return null;
    try {
      Quantity.parse(value.asText().strip());
      return null;
    } catch (IllegalArgumentException x) {
      return x.getMessage();
    }
  }

  private static Class<?> classOf(Object from) {
    if (from == null || from instanceof Map || from instanceof Iterable) return null;
    return from.getClass();
  }

  private static Type componentType(Class<?> record, String name) {
    for (RecordComponent c : record.getRecordComponents()) {
      if (c.getName().equals(name)) return c.getGenericType();
    }
    return null;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return null;
  }

  static String goType(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (Map.class.isAssignableFrom(raw)) return "map[string]" + goType(args[1]);
      if (Iterable.class.isAssignableFrom(raw)) return "[]" + goType(args[0]);
      return goType(raw);
    }
    if (!(type instanceof Class<?> c)) return "interface {}";
    if (c == Integer.class || c == int.class) return "int32";
    if (c == Long.class || c == long.class) return "int64";
    if (c == Boolean.class || c == boolean.class) return "bool";
    if (c == String.class) return "string";
    if (c == Double.class || c == double.class) return "float64";
    if (c == Float.class || c == float.class) return "float32";
    if (c == Quantity.class) return "resource.Quantity";
    if (c == IntOrString.class) return "intstr.IntOrString";
    if (Temporal.class.isAssignableFrom(c)) return "v1.Time";
    if (Map.class.isAssignableFrom(c)) return "map[string]interface {}";
    if (Iterable.class.isAssignableFrom(c)) return "[]interface {}";
    return "v1." + c.getSimpleName();
  }
}
