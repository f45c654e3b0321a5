package io.kubemu.engine.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One field-level validation error, formatted exactly as Kubernetes' field.Error: {@code
 * spec.replicas: Invalid value: -1: must be greater than or equal to 0}. Build them with the
 * factories named as upstream's ({@link #invalid}, {@link #required}, {@link #notSupported}, ...).
 *
 * @param type the error type
 * @param field the rendered field path
 * @param badValue the offending value (printed per {@link GoFormat#value}); ignored for types that
 *     do not print it
 * @param detail extra detail, or "" for none
 */
public record FieldError(Type type, String field, Object badValue, String detail) {

  /** A bad value that is not printed (upstream's omitValue). */
  public static final Object OMIT_VALUE =
      new Object() {
        @Override
        public String toString() {
          return "<omitted>";
        }
      };

  /** field.ErrorType: the machine name (CauseType) and the text printed. */
  public enum Type {
    NOT_FOUND("FieldValueNotFound", "Not found"),
    REQUIRED("FieldValueRequired", "Required value"),
    DUPLICATE("FieldValueDuplicate", "Duplicate value"),
    INVALID("FieldValueInvalid", "Invalid value"),
    NOT_SUPPORTED("FieldValueNotSupported", "Unsupported value"),
    FORBIDDEN("FieldValueForbidden", "Forbidden"),
    TOO_LONG("FieldValueTooLong", "Too long"),
    TOO_MANY("FieldValueTooMany", "Too many"),
    INTERNAL("InternalError", "Internal error"),
    TYPE_INVALID("FieldValueTypeInvalid", "Invalid value");

    private final String causeType;
    private final String text;

    Type(String causeType, String text) {
      this.causeType = causeType;
      this.text = text;
    }

    /** {@return the metav1.CauseType, e.g. {@code FieldValueInvalid}} */
    public String causeType() {
      return causeType;
    }

    /** {@return the printed text, e.g. {@code Invalid value}} */
    public String text() {
      return text;
    }
  }

  public FieldError {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(field, "field");
    detail = detail == null ? "" : detail;
  }

  /** {@return "value not found" (field.NotFound)} */
  public static FieldError notFound(FieldPath field, Object value) {
    return new FieldError(Type.NOT_FOUND, field.toString(), value, "");
  }

  /** {@return "value required" (field.Required)} */
  public static FieldError required(FieldPath field, String detail) {
    return new FieldError(Type.REQUIRED, field.toString(), "", detail);
  }

  /** {@return "duplicate value" (field.Duplicate)} */
  public static FieldError duplicate(FieldPath field, Object value) {
    return new FieldError(Type.DUPLICATE, field.toString(), value, "");
  }

  /** {@return "invalid value" (field.Invalid)} */
  public static FieldError invalid(FieldPath field, Object value, String detail) {
    return new FieldError(Type.INVALID, field.toString(), value, detail);
  }

  /** {@return "unsupported value" listing the supported ones quoted (field.NotSupported)} */
  public static FieldError notSupported(FieldPath field, Object value, List<String> validValues) {
    String detail = "";
    if (!validValues.isEmpty()) {
      List<String> quoted = new ArrayList<>();
      for (String v : validValues) quoted.add(GoFormat.quote(v));
      detail = "supported values: " + String.join(", ", quoted);
    }
    return new FieldError(Type.NOT_SUPPORTED, field.toString(), value, detail);
  }

  /** {@return "forbidden" (field.Forbidden)} */
  public static FieldError forbidden(FieldPath field, String detail) {
    return new FieldError(Type.FORBIDDEN, field.toString(), "", detail);
  }

  /** {@return "too long" (field.TooLong): must have at most N bytes} */
  public static FieldError tooLong(FieldPath field, Object value, int maxLength) {
    return new FieldError(
        Type.TOO_LONG, field.toString(), value, "must have at most " + maxLength + " bytes");
  }

  /** {@return "too long" (field.TooLongMaxLength): may not be longer than N} */
  public static FieldError tooLongMaxLength(FieldPath field, Object value, int maxLength) {
    String msg = maxLength >= 0 ? "may not be longer than " + maxLength : "value is too long";
    return new FieldError(Type.TOO_LONG, field.toString(), value, msg);
  }

  /** {@return "too many" (field.TooMany)} */
  public static FieldError tooMany(FieldPath field, int actualQuantity, int maxQuantity) {
    String msg =
        maxQuantity >= 0 ? "must have at most " + maxQuantity + " items" : "has too many items";
    Object actual = actualQuantity >= 0 ? (Object) actualQuantity : OMIT_VALUE;
    return new FieldError(Type.TOO_MANY, field.toString(), actual, msg);
  }

  /** {@return "internal error" (field.InternalError)} */
  public static FieldError internal(FieldPath field, String detail) {
    return new FieldError(Type.INTERNAL, field.toString(), null, detail);
  }

  /** {@return the message without the field, as field.Error.ErrorBody} */
  public String body() {
    String s;
    switch (type) {
      case REQUIRED, FORBIDDEN, TOO_LONG, INTERNAL -> s = type.text();
      default ->
          s = badValue == OMIT_VALUE ? type.text() : type.text() + ": " + GoFormat.value(badValue);
    }
    return detail.isEmpty() ? s : s + ": " + detail;
  }

  /** {@return the full message: {@code field: body}} */
  public String message() {
    return field + ": " + body();
  }

  @Override
  public String toString() {
    return message();
  }

  /**
   * {@return the errors joined as utilerrors' aggregate: one message alone, several as {@code [a,
   * b]}, duplicates dropped; "" for none}
   */
  public static String aggregate(List<FieldError> errors) {
    Set<String> msgs = new LinkedHashSet<>();
    for (FieldError e : errors) msgs.add(e.message());
    if (msgs.isEmpty()) return "";
    if (msgs.size() == 1) return msgs.iterator().next();
    return "[" + String.join(", ", msgs) + "]";
  }
}
