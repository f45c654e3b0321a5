package io.kubemu.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How Kubernetes reads a YAML scalar: sigs.k8s.io/yaml converts YAML to JSON with go-yaml v2, which
 * resolves unquoted scalars by YAML 1.1 rules. So {@code yes}, {@code on}, {@code y} are booleans,
 * {@code ~} is null, {@code 0x1F} and {@code 017} are integers, and a float that is a whole number
 * becomes a JSON integer ({@code 5.0} reads as {@code 5}). Quoted scalars are always strings.
 */
final class GoYaml {
  private GoYaml() {}

  private static final Map<String, JsonNode> WORDS = words();

  // upstream goyaml.v2 resolve.go: yamlStyleFloat
  private static final Pattern FLOAT =
      Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");

  // upstream goyaml.v2 resolve.go allowedTimestampFormats (ranges not checked: quoting more is
  // safe)
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
              + "(?:[Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})"
              + "| [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]+)?)?$");

  // upstream goyaml.v2 encode.go base60float
  private static final Pattern BASE60_FLOAT =
      Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$");

  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final double JSON_INTEGER_LIMIT = 1e21;

  private static Map<String, JsonNode> words() {
    Map<String, JsonNode> m = new HashMap<>();
    for (String s : new String[] {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE"}) {
      m.put(s, BooleanNode.TRUE);
    }
    for (String s : new String[] {"on", "On", "ON"}) m.put(s, BooleanNode.TRUE);
    for (String s : new String[] {"n", "N", "no", "No", "NO", "false", "False", "FALSE"}) {
      m.put(s, BooleanNode.FALSE);
    }
    for (String s : new String[] {"off", "Off", "OFF"}) m.put(s, BooleanNode.FALSE);
    for (String s : new String[] {"", "~", "null", "Null", "NULL"}) m.put(s, NullNode.instance);
    for (String s : new String[] {".nan", ".NaN", ".NAN"}) m.put(s, DoubleNode.valueOf(Double.NaN));
    for (String s : new String[] {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}) {
      m.put(s, DoubleNode.valueOf(Double.POSITIVE_INFINITY));
    }
    for (String s : new String[] {"-.inf", "-.Inf", "-.INF"}) {
      m.put(s, DoubleNode.valueOf(Double.NEGATIVE_INFINITY));
    }
    return Map.copyOf(m);
  }

  /**
   * Resolves an unquoted, untagged scalar (upstream goyaml.v2 {@code resolve}). Floats may be
   * non-finite here; {@link #toJson} rejects those as JSON does.
   */
  static JsonNode resolvePlain(String in) {
    char hint = in.isEmpty() ? 'N' : hint(in.charAt(0));
    if (hint == 0) return TextNode.valueOf(in);
    JsonNode word = WORDS.get(in);
    if (word != null) return word;
    switch (hint) {
      case '.':
        if (FLOAT.matcher(in).matches() && finite(in)) return DoubleNode.valueOf(parse(in));
        break;
      case 'D':
      case 'S':
        String plain = in.replace("_", "");
        BigInteger i = parseGoInt(plain);
        if (i != null) return integer(i);
        if (FLOAT.matcher(plain).matches() && finite(plain))
          return DoubleNode.valueOf(parse(plain));
        break;
      default:
        break;
    }
    return TextNode.valueOf(in);
  }

  private static double parse(String s) {
    return Double.parseDouble(s);
  }

  /** Go's ParseFloat fails with ErrRange beyond float64, and go-yaml then keeps the string. */
  private static boolean finite(String s) {
    return !Double.isInfinite(parse(s));
  }

  private static char hint(char c) {
    if (c == '+' || c == '-') return 'S';
    if (c >= '0' && c <= '9') return 'D';
    if ("yYnNtTfFoO~".indexOf(c) >= 0) return 'M';
    if (c == '.') return '.';
    return 0;
  }

  /**
   * Go's {@code strconv.ParseInt(s, 0, 64)} syntax (falling back to ParseUint and big.Int for
   * larger values): optional sign, then {@code 0x}, {@code 0o}, {@code 0b}, a leading {@code 0} for
   * octal, or decimal. Returns null when the text is not an integer.
   */
  static BigInteger parseGoInt(String s) {
    int pos = 0;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      pos = 1;
    }
    String body = s.substring(pos);
    int radix = 10;
    if (body.length() > 1 && body.charAt(0) == '0') {
      char p = Character.toLowerCase(body.charAt(1));
      if (p == 'x' || p == 'o' || p == 'b') {
        radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        body = body.substring(2);
      } else {
        radix = 8;
        body = body.substring(1);
      }
    }
    if (body.isEmpty()) return null;
    for (int k = 0; k < body.length(); k++) {
      if (Character.digit(body.charAt(k), radix) < 0) return null;
    }
    BigInteger v = new BigInteger(body, radix);
    return negative ? v.negate() : v;
  }

  /**
   * {@return the JSON value sigs.k8s.io/yaml produces for a resolved scalar: whole-number floats
   * below 1e21 become integers (Go's json.Marshal prints them without a fraction)}
   *
   * @throws IllegalArgumentException for NaN and infinities ("json: unsupported value")
   */
  static JsonNode toJson(JsonNode resolved) {
    if (!resolved.isDouble()) return resolved;
    double d = resolved.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      String go = Double.isNaN(d) ? "NaN" : d > 0 ? "+Inf" : "-Inf";
      throw new IllegalArgumentException("json: unsupported value: " + go);
    }
    if (d == Math.rint(d) && Math.abs(d) < JSON_INTEGER_LIMIT) {
      return integer(new BigDecimal(d).toBigIntegerExact());
    }
    return resolved;
  }

  static JsonNode integer(BigInteger i) {
    if (i.bitLength() < 32) return IntNode.valueOf(i.intValue());
    if (i.compareTo(INT64_MIN) >= 0 && i.compareTo(INT64_MAX) <= 0) {
      return LongNode.valueOf(i.longValue());
    }
    return BigIntegerNode.valueOf(i);
  }

  /**
   * {@return a resolved key as the JSON key sigs.k8s.io/yaml makes of it (upstream {@code
   * convertToJSONableObject}): numbers in decimal, floats as Go's {@code %g} of a float32, booleans
   * as true/false; null when the key is null, which JSON cannot hold}
   */
  static String keyString(JsonNode key) {
    if (key.isTextual()) return key.textValue();
    if (key.isBoolean()) return key.booleanValue() ? "true" : "false";
    if (key.isIntegralNumber()) return key.bigIntegerValue().toString();
    if (key.isDouble()) return formatFloat32(key.doubleValue());
    return null;
  }

  /** Go's {@code strconv.FormatFloat(f, 'g', -1, 32)} with go-yaml's names for the specials. */
  static String formatFloat32(double d) {
    if (Double.isNaN(d)) return ".nan";
    if (Double.isInfinite(d)) return d > 0 ? ".inf" : "-.inf";
    float f = (float) d;
    if (f == 0) return (Float.floatToIntBits(f) < 0) ? "-0" : "0";
    BigDecimal shortest = new BigDecimal(Float.toString(Math.abs(f))).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int exp = digits.length() - 1 - shortest.scale();
    String sign = f < 0 ? "-" : "";
    if (exp < -4 || exp >= 6) { // shortest %g switches to %e at exponent 6
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String e = String.format("%02d", Math.abs(exp));
      return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + e;
    }
    return sign + shortest.toPlainString();
  }

  /**
   * {@return whether a string written as a plain YAML scalar would be read back as something else
   * (a boolean, number, null or merge key), so that it must be quoted}
   */
  static boolean needsQuotes(String s) {
    if (s.equals("<<")) return true;
    // upstream goyaml.v2 encode.go stringv: quoted unless it resolves to !!str, and base-60 floats
    if (TIMESTAMP.matcher(s).matches() || BASE60_FLOAT.matcher(s).matches()) return true;
    return !resolvePlain(s).isTextual();
  }
}
