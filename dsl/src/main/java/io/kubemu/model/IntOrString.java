package io.kubemu.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Objects;

/**
 * An int32 or a string (Kubernetes' {@code intstr.IntOrString}), such as a {@code maxSurge} of
 * {@code 1} or {@code "25%"}, or a probe port of {@code 8080} or {@code "http"}.
 *
 * <p>The form is kept: a JSON/YAML number reads as the int form and is written back as a number; a
 * string reads and writes as a string ({@code "1"} stays a string). Equality is by form and value:
 * {@code of(1)} differs from {@code of("1")}, as upstream. Immutable.
 *
 * @param type which form this holds
 * @param intVal the int value; 0 in the string form
 * @param strVal the string value; null in the int form
 */
@JsonDeserialize(using = IntOrString.Reader.class)
public record IntOrString(Type type, int intVal, String strVal) {

  /** Which form an {@link IntOrString} holds (upstream {@code intstr.Type}). */
  public enum Type {
    /** Holds an int. */
    INT,
    /** Holds a string. */
    STRING
  }

  /**
   * Checks the form: the int form has no string, the string form a non-null string and int 0.
   *
   * @throws IllegalArgumentException when the parts contradict the type
   */
  public IntOrString {
    Objects.requireNonNull(type, "type");
    if (type == Type.INT) {
      if (strVal != null && !strVal.isEmpty()) {
        throw new IllegalArgumentException("an int IntOrString has no string value: " + strVal);
      }
      strVal = null;
    } else {
      Objects.requireNonNull(strVal, "strVal");
      if (intVal != 0) {
        throw new IllegalArgumentException("a string IntOrString has no int value: " + intVal);
      }
    }
  }

  /** {@return the int form} (upstream {@code FromInt32}) */
  public static IntOrString of(int value) {
    return new IntOrString(Type.INT, value, null);
  }

  /** {@return the string form, even for digits} (upstream {@code FromString}) */
  public static IntOrString of(String value) {
    return new IntOrString(Type.STRING, 0, Objects.requireNonNull(value, "value"));
  }

  /**
   * {@return the int form when {@code value} is an int32, else the string form} (upstream Parse)
   */
  public static IntOrString parse(String value) {
    Long parsed = atoi(value);
    if (parsed != null && parsed >= Integer.MIN_VALUE && parsed <= Integer.MAX_VALUE) {
      return of(parsed.intValue());
    }
    return of(value);
  }

  /**
   * {@return the int, or the string converted to an int, 0 when that fails} (upstream {@code
   * IntValue})
   */
  public int intValue() {
    if (type == Type.INT) {
      return intVal;
    }
    Long parsed = atoi(strVal);
    return parsed != null && parsed >= Integer.MIN_VALUE && parsed <= Integer.MAX_VALUE
        ? parsed.intValue()
        : 0;
  }

  /** {@return the string, or the int in decimal} (upstream {@code String}) */
  public String strValue() {
    return type == Type.STRING ? strVal : Integer.toString(intVal);
  }

  /** {@return whether this is a string ending in '%'} */
  public boolean percent() {
    return type == Type.STRING && strVal.endsWith("%");
  }

  /**
   * The value scaled against {@code total} (upstream {@code GetScaledValueFromIntOrPercent}): an
   * int as it is; a percentage as {@code percent * total / 100} rounded up or down. So {@code
   * "25%"} of 10 is 3 rounded up, 2 rounded down.
   *
   * @throws IllegalArgumentException for a string that is not an integer followed by '%', with
   *     Kubernetes' message ({@code invalid value for IntOrString: invalid type: string is not a
   *     percentage})
   * @throws ArithmeticException when the result does not fit an int
   */
  public int scaledValue(int total, boolean roundUp) {
    if (type == Type.INT) {
      return intVal;
    }
    if (!strVal.endsWith("%")) {
      throw invalid("invalid type: string is not a percentage");
    }
    String number = strVal.substring(0, strVal.length() - 1);
    Long value = atoi(number);
    if (value == null) {
      throw invalid(
          "invalid value "
              + quote(strVal)
              + ": strconv.Atoi: parsing "
              + quote(number)
              + ": "
              + (syntaxOk(number) ? "value out of range" : "invalid syntax"));
    }
    // Upstream computes math.Ceil/Floor(float64(value) * float64(total) / 100); exact for all
    // products below 2^53, where a multiple of 100 divides exactly and any other quotient is at
    // least 0.01 away from an integer.
    long product = Math.multiplyExact(value, (long) total);
    long scaled = roundUp ? -Math.floorDiv(-product, 100) : Math.floorDiv(product, 100);
    return Math.toIntExact(scaled);
  }

  /** {@return the value as JSON writes it: an Integer or a String} */
  @JsonValue
  public Object jsonValue() {
    return type == Type.INT ? (Object) intVal : strVal;
  }

  /** {@return the string, or the int in decimal} */
  @Override
  public String toString() {
    return strValue();
  }

  private static IllegalArgumentException invalid(String reason) {
    return new IllegalArgumentException("invalid value for IntOrString: " + reason);
  }

  /** Go's strconv.Atoi on a 64-bit platform; null on a syntax or range error. */
  private static Long atoi(String s) {
    if (!syntaxOk(s)) {
      return null;
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException outOfRange) {
      return null;
    }
  }

  private static boolean syntaxOk(String s) {
    int start = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
    if (start == s.length()) {
      return false;
    }
    for (int i = start; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Go's strconv.Quote for the printable text this sees; control characters escaped. */
  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /**
   * Reads the int form from a JSON/YAML integer and the string form from a string (upstream {@code
   * UnmarshalJSON}); anything else, or an integer beyond int32, is an error.
   */
  static final class Reader extends StdDeserializer<IntOrString> {
    Reader() {
      super(IntOrString.class);
    }

    @Override
    public IntOrString deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      switch (p.currentToken()) {
        case VALUE_STRING:
          return of(p.getText());
        case VALUE_NUMBER_INT:
          if (p.getNumberType() == JsonParser.NumberType.INT) {
            return of(p.getIntValue());
          }
          return ctxt.reportInputMismatch(
              IntOrString.class,
              "cannot unmarshal number %s into Go value of type int32",
              p.getText());
        case VALUE_NUMBER_FLOAT:
          return ctxt.reportInputMismatch(
              IntOrString.class,
              "cannot unmarshal number %s into Go value of type int32",
              p.getText());
        default:
          return (IntOrString) ctxt.handleUnexpectedToken(IntOrString.class, p);
      }
    }
  }
}
