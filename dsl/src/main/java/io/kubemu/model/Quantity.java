package io.kubemu.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A fixed-point amount of a resource, as Kubernetes' {@code resource.Quantity}: {@code 500m},
 * {@code 2Gi}, {@code 1e3}, {@code 0.5}. Never a floating point number.
 *
 * <p>A quantity remembers the suffix family it was written in ({@link Format}) and prints itself in
 * Kubernetes' canonical form (upstream {@code Quantity.String()}): no fractional digits, the
 * largest suffix that loses no precision ({@code 1.5} prints {@code 1500m}, {@code 1.5Gi} prints
 * {@code 1536Mi}, {@code 1024Ki} prints {@code 1Mi}). As upstream, a parsed string that is already
 * in that form is kept verbatim, which also keeps a leading {@code +}, leading zeros or an upper
 * case {@code E} ({@code +1}, {@code 1E3}). Parsing rounds non-zero values up, away from zero, to
 * the nearest nano ({@code 0.1n} becomes {@code 1n}); a BinarySI value is capped at 2^63-1.
 *
 * <p>Equality, hash code and order are by value only: {@code 1000m} equals {@code 1} and {@code
 * 1Ki} equals {@code 1024}. JSON/YAML: written as its string; read from a string (surrounding
 * whitespace ignored, as upstream) or a number ({@code storage: 2}, {@code cpu: 0.5}). Immutable
 * and thread-safe.
 */
@JsonDeserialize(using = Quantity.Reader.class)
public final class Quantity implements Comparable<Quantity> {

  /** The three ways a quantity can be written (upstream {@code resource.Format}). */
  public enum Format {
    /** {@code 12e6}: a decimal exponent. */
    DECIMAL_EXPONENT,
    /** {@code 12Mi}: powers of 1024 ({@code Ki Mi Gi Ti Pi Ei}). */
    BINARY_SI,
    /** {@code 12M}: powers of 1000 ({@code n u m "" k M G T P E}). */
    DECIMAL_SI
  }

  /** Zero, DecimalSI. Adding to a zero quantity adopts the other operand's format. */
  public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, Format.DECIMAL_SI, "0");

  static final String SPLIT_RE = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";
  static final String ERR_FORMAT_WRONG =
      "quantities must match the regular expression '" + SPLIT_RE + "'";
  static final String ERR_SUFFIX = "unable to parse quantity's suffix";

  private static final BigDecimal MAX_ALLOWED = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal NANO = BigDecimal.ONE.scaleByPowerOfTen(-9);
  private static final BigInteger B1024 = BigInteger.valueOf(1024);
  private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
  private static final String[] DECIMAL_SUFFIXES = {
    "n", "u", "m", "", "k", "M", "G", "T", "P", "E"
  };
  private static final String SUFFIX_CHARS = "eEinumkKMGTP";

  /** Beyond this many digits of magnitude, exact arithmetic would need unbounded memory. */
  private static final int MAX_ALIGN_DIGITS = 10_000;

  private final BigDecimal amount;
  private final Format format;

  /** The canonical string: the parsed input where upstream keeps it, else computed lazily. */
  private volatile String string;

  private Quantity(BigDecimal amount, Format format, String string) {
    this.amount = amount;
    this.format = format;
    this.string = string;
  }

  // ---------------------------------------------------------------- factories

  /**
   * Parses a quantity (upstream {@code ParseQuantity}).
   *
   * @throws IllegalArgumentException with Kubernetes' message when the text is not a quantity
   */
  public static Quantity parse(String str) {
    if (str == null || str.isEmpty()) {
      throw new IllegalArgumentException(ERR_FORMAT_WRONG);
    }
    if (str.equals("0")) {
      return ZERO;
    }
    Parts parts = Parts.scan(str);
    Suffix suffix = Suffix.interpret(parts.suffix);
    if (suffix == null) {
      throw new IllegalArgumentException(ERR_SUFFIX);
    }
    Format format = suffix.format;
    BigInteger unscaled = new BigInteger(parts.num + parts.denom);
    if (!parts.positive) {
      unscaled = unscaled.negate();
    }
    BigDecimal amount;
    if (suffix.base == 2) {
      amount = new BigDecimal(unscaled.shiftLeft(suffix.exponent), parts.denom.length());
    } else {
      amount = decimal(unscaled, (long) parts.denom.length() - suffix.exponent);
    }
    // Round non-zero values up, away from zero, to the minimum representable value (1n).
    if (amount.scale() > 9) {
      amount = amount.setScale(9, RoundingMode.UP);
    }
    if (format == Format.BINARY_SI) {
      if (amount.abs().compareTo(MAX_ALLOWED) > 0) {
        amount = amount.signum() < 0 ? MAX_ALLOWED.negate() : MAX_ALLOWED;
      }
      if (amount.signum() != 0 && amount.abs().compareTo(BigDecimal.ONE) < 0) {
        format = Format.DECIMAL_SI; // This avoids rounding and hopefully confusion, too.
      }
    }
    return new Quantity(amount, format, keepsInput(parts, suffix) ? str : null);
  }

  /** {@return {@code value} in the given format} (upstream {@code NewQuantity}) */
  public static Quantity of(long value, Format format) {
    return new Quantity(BigDecimal.valueOf(value), Objects.requireNonNull(format), null);
  }

  /** {@return the exact {@code value} in the given format} (upstream {@code NewDecimalQuantity}) */
  public static Quantity of(BigDecimal value, Format format) {
    return new Quantity(Objects.requireNonNull(value), Objects.requireNonNull(format), null);
  }

  /** {@return {@code millis}/1000, DecimalSI} (upstream {@code NewMilliQuantity}) */
  public static Quantity ofMillis(long millis) {
    return ofMillis(millis, Format.DECIMAL_SI);
  }

  /** {@return {@code millis}/1000 in the given format} (upstream {@code NewMilliQuantity}) */
  public static Quantity ofMillis(long millis, Format format) {
    return new Quantity(BigDecimal.valueOf(millis, 3), Objects.requireNonNull(format), null);
  }

  // ---------------------------------------------------------------- accessors

  /** {@return the suffix family this quantity prints in} */
  public Format format() {
    return format;
  }

  /** {@return the same value printed in another format} */
  public Quantity withFormat(Format newFormat) {
    return newFormat == format
        ? this
        : new Quantity(amount, Objects.requireNonNull(newFormat), null);
  }

  /** {@return the exact value} */
  public BigDecimal toBigDecimal() {
    return amount;
  }

  /** {@return whether the value is zero} (upstream {@code IsZero}) */
  public boolean zero() {
    return amount.signum() == 0;
  }

  /** {@return -1, 0 or 1 as the value is negative, zero or positive} (upstream {@code Sign}) */
  public int signum() {
    return amount.signum();
  }

  /**
   * {@return the value rounded up, away from zero, to an integer} (upstream {@code Value}): {@code
   * 1500m} is 2, {@code -1500m} is -2. Saturates at {@code Long.MIN_VALUE}/{@code MAX_VALUE}.
   */
  public long value() {
    return scaledValue(0);
  }

  /** {@return ceil(value * 1000), away from zero} (upstream {@code MilliValue}); saturates */
  public long milliValue() {
    return scaledValue(-3);
  }

  /**
   * {@return ceil(value / 10^scale), rounded away from zero} (upstream {@code ScaledValue}): {@code
   * scaledValue(-3)} is the milli value, {@code scaledValue(-9)} the nano value. Saturates at
   * {@code Long.MIN_VALUE}/{@code MAX_VALUE} where upstream would overflow.
   */
  public long scaledValue(int scale) {
    if (amount.signum() == 0) {
      return 0;
    }
    long leadingDigitExponent = (long) amount.precision() - amount.scale() - 1 - scale;
    if (leadingDigitExponent > 18) {
      return amount.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    if (leadingDigitExponent < -1) {
      return amount.signum(); // |value / 10^scale| < 1 rounds away from zero to +-1
    }
    BigInteger rounded =
        amount.scaleByPowerOfTen(-scale).setScale(0, RoundingMode.UP).toBigInteger();
    if (rounded.bitLength() > 63) {
      return rounded.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return rounded.longValue();
  }

  // ---------------------------------------------------------------- arithmetic

  /**
   * {@return this + y} (upstream {@code Add}); a zero left operand takes {@code y}'s format.
   *
   * @throws ArithmeticException when the exact sum would need more than 10,000 digits
   */
  public Quantity add(Quantity y) {
    Format resultFormat = zero() ? y.format : format;
    return new Quantity(exactSum(amount, y.amount), resultFormat, null);
  }

  /**
   * {@return this - y} (upstream {@code Sub}); a zero left operand takes {@code y}'s format.
   *
   * @throws ArithmeticException when the exact difference would need more than 10,000 digits
   */
  public Quantity subtract(Quantity y) {
    Format resultFormat = zero() ? y.format : format;
    return new Quantity(exactSum(amount, y.amount.negate()), resultFormat, null);
  }

  /** {@return this * factor, in this format} (upstream {@code Mul}) */
  public Quantity multiply(long factor) {
    return new Quantity(amount.multiply(BigDecimal.valueOf(factor)), format, null);
  }

  /** {@return -this, in this format} (upstream {@code Neg}) */
  public Quantity negate() {
    return new Quantity(amount.negate(), format, null);
  }

  private static BigDecimal exactSum(BigDecimal a, BigDecimal b) {
    if (a.signum() == 0) {
      return b;
    }
    if (b.signum() == 0) {
      return a;
    }
    long span =
        Math.max((long) a.precision() - a.scale(), (long) b.precision() - b.scale())
            + Math.max(a.scale(), b.scale());
    if (span > MAX_ALIGN_DIGITS) {
      throw new ArithmeticException("quantity too large to add exactly: " + a + " and " + b);
    }
    return a.add(b);
  }

  // ---------------------------------------------------------------- comparison

  /** Compares by value (upstream {@code Cmp}). */
  @Override
  public int compareTo(Quantity y) {
    return amount.compareTo(y.amount);
  }

  /** Equal by value, whatever the format (upstream {@code Equal}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && amount.compareTo(q.amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode();
  }

  // ---------------------------------------------------------------- printing

  /** {@return the canonical string} (upstream {@code String}/{@code CanonicalizeBytes}) */
  @JsonValue
  @Override
  public String toString() {
    String s = string;
    if (s == null) {
      s = canonicalize();
      string = s;
    }
    return s;
  }

  // upstream CanonicalizeBytes
  private String canonicalize() {
    if (amount.signum() == 0) {
      return "0";
    }
    Format f = format;
    if (f == Format.BINARY_SI) {
      if (amount.abs().compareTo(BigDecimal.valueOf(1024)) < 0 || !integral(amount)) {
        f = Format.DECIMAL_SI; // Don't lose precision: show as DecimalSI.
      } else {
        String binary = base1024(amount);
        if (binary != null) {
          return binary;
        }
        f = Format.DECIMAL_EXPONENT; // beyond Ei there is no binary suffix
      }
    }
    // AsCanonicalBytes: move all factors of 10 into the exponent, then make it a multiple of 3.
    BigDecimal stripped = amount.stripTrailingZeros();
    BigInteger mantissa = stripped.unscaledValue();
    long exponent = -(long) stripped.scale();
    while (exponent % 3 != 0) {
      mantissa = mantissa.multiply(BigInteger.TEN);
      exponent--;
    }
    if (f == Format.DECIMAL_SI && exponent >= -9 && exponent <= 18) {
      return mantissa + DECIMAL_SUFFIXES[(int) (exponent / 3) + 3];
    }
    // DecimalExponent, and DecimalSI beyond E or below n, which have no suffix.
    return exponent == 0 ? mantissa.toString() : mantissa + "e" + exponent;
  }

  private static boolean integral(BigDecimal value) {
    if (value.scale() <= 0) {
      return true;
    }
    return value.stripTrailingZeros().scale() <= 0;
  }

  // AsCanonicalBase1024Bytes; null when the exponent has no binary suffix or is out of reach.
  private static String base1024(BigDecimal integral) {
    if ((long) integral.precision() - integral.scale() > MAX_ALIGN_DIGITS) {
      return null;
    }
    BigInteger value = integral.toBigIntegerExact();
    BigInteger magnitude = value.abs();
    int times = 0;
    while (magnitude.compareTo(B1024) >= 0
        && magnitude.and(BigInteger.valueOf(1023)).signum() == 0) {
      magnitude = magnitude.shiftRight(10);
      times++;
    }
    if (times >= BINARY_SUFFIXES.length) {
      return null;
    }
    return (value.signum() < 0 ? "-" : "") + magnitude + BINARY_SUFFIXES[times];
  }

  // ---------------------------------------------------------------- parsing helpers

  /** {@code unscaled * 10^-scale}; a non-zero value below 1n becomes +-1n, as rounding would. */
  private static BigDecimal decimal(BigInteger unscaled, long scale) {
    if (unscaled.signum() == 0) {
      return BigDecimal.ZERO;
    }
    int precision = unscaled.abs().toString().length();
    if (precision - 1 - scale < -9) {
      return unscaled.signum() < 0 ? NANO.negate() : NANO;
    }
    return new BigDecimal(unscaled, Math.toIntExact(scale));
  }

  /**
   * Whether upstream's fast path keeps the input string as the canonical one (ParseQuantity: "if
   * the number is in canonical form, reuse the string").
   */
  private static boolean keepsInput(Parts parts, Suffix suffix) {
    int digits = parts.num.length() + parts.denom.length();
    int precision;
    if (suffix.format == Format.BINARY_SI) {
      if (suffix.exponent < 0 || !parts.denom.isEmpty()) {
        return false;
      }
      precision = 15 - parts.num.length() - suffix.exponent * 3 / 10 - 1;
    } else {
      precision = 18 - digits;
    }
    if (precision < 0) {
      return false;
    }
    long scale = (suffix.base == 10 ? suffix.exponent : 0) - (long) parts.denom.length();
    if (scale < -9) {
      return false;
    }
    String shifted = parts.num + parts.denom;
    long value = Long.parseLong(shifted); // at most 18 digits here
    if (suffix.format == Format.BINARY_SI) {
      long mantissa = 1L << suffix.exponent;
      try {
        Math.multiplyExact(value, mantissa);
      } catch (ArithmeticException overflow) {
        return false;
      }
      return suffix.exponent % 10 == 0 && (value & 0x07) != 0;
    }
    return scale % 3 == 0 && !shifted.endsWith("000") && shifted.charAt(0) != '0';
  }

  /** The pieces of a quantity string (upstream {@code parseQuantityString}). */
  private record Parts(boolean positive, String num, String denom, String suffix) {
    static Parts scan(String str) {
      boolean positive = true;
      int pos = 0;
      int end = str.length();
      if (str.charAt(0) == '-') {
        positive = false;
        pos++;
      } else if (str.charAt(0) == '+') {
        pos++;
      }
      // strip leading zeros
      while (true) {
        if (pos >= end) {
          return new Parts(positive, "0", "", "");
        }
        if (str.charAt(pos) != '0') {
          break;
        }
        pos++;
      }
      // the numerator
      int i = pos;
      while (i < end && digit(str.charAt(i))) {
        i++;
      }
      String num = i == pos ? "0" : str.substring(pos, i);
      if (i >= end) {
        return new Parts(positive, num, "", "");
      }
      pos = i;
      // a denominator
      String denom = "";
      if (str.charAt(pos) == '.') {
        pos++;
        i = pos;
        while (i < end && digit(str.charAt(i))) {
          i++;
        }
        denom = str.substring(pos, i);
        if (i >= end) {
          return new Parts(positive, num, denom, "");
        }
        pos = i;
      }
      // the suffix: letters, then an optional sign and digits
      int suffixStart = pos;
      while (pos < end && SUFFIX_CHARS.indexOf(str.charAt(pos)) >= 0) {
        pos++;
      }
      if (pos < end && (str.charAt(pos) == '-' || str.charAt(pos) == '+')) {
        pos++;
      }
      while (pos < end && digit(str.charAt(pos))) {
        pos++;
      }
      if (pos < end) {
        throw new IllegalArgumentException(ERR_FORMAT_WRONG);
      }
      return new Parts(positive, num, denom, str.substring(suffixStart));
    }

    private static boolean digit(char c) {
      return c >= '0' && c <= '9';
    }
  }

  /** A suffix's meaning (upstream {@code quantitySuffixer.interpret}). */
  private record Suffix(int base, int exponent, Format format) {
    static Suffix interpret(String s) {
      switch (s) {
        case "":
          return new Suffix(10, 0, Format.DECIMAL_SI);
        case "n":
          return new Suffix(10, -9, Format.DECIMAL_SI);
        case "u":
          return new Suffix(10, -6, Format.DECIMAL_SI);
        case "m":
          return new Suffix(10, -3, Format.DECIMAL_SI);
        case "k":
          return new Suffix(10, 3, Format.DECIMAL_SI);
        case "M":
          return new Suffix(10, 6, Format.DECIMAL_SI);
        case "G":
          return new Suffix(10, 9, Format.DECIMAL_SI);
        case "T":
          return new Suffix(10, 12, Format.DECIMAL_SI);
        case "P":
          return new Suffix(10, 15, Format.DECIMAL_SI);
        case "E":
          return new Suffix(10, 18, Format.DECIMAL_SI);
        case "Ki":
          return new Suffix(2, 10, Format.BINARY_SI);
        case "Mi":
          return new Suffix(2, 20, Format.BINARY_SI);
        case "Gi":
          return new Suffix(2, 30, Format.BINARY_SI);
        case "Ti":
          return new Suffix(2, 40, Format.BINARY_SI);
        case "Pi":
          return new Suffix(2, 50, Format.BINARY_SI);
        case "Ei":
          return new Suffix(2, 60, Format.BINARY_SI);
        default:
          break;
      }
      if (s.length() > 1 && (s.charAt(0) == 'e' || s.charAt(0) == 'E')) {
        // strconv.ParseInt(s[1:], 10, 64), then bounded to what an int32 scale can negate
        Long exponent = parseInt64(s.substring(1));
        if (exponent == null || exponent > Integer.MAX_VALUE || exponent < -Integer.MAX_VALUE) {
          return null;
        }
        return new Suffix(10, exponent.intValue(), Format.DECIMAL_EXPONENT);
      }
      return null;
    }

    /** Go's strconv.ParseInt(s, 10, 64); null on a syntax or range error. */
    private static Long parseInt64(String s) {
      int start = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
      if (start == s.length()) {
        return null;
      }
      int firstNonZero = start;
      for (int i = start; i < s.length(); i++) {
        if (!Parts.digit(s.charAt(i))) {
          return null;
        }
        if (s.charAt(i) == '0' && firstNonZero == i) {
          firstNonZero++;
        }
      }
      if (s.length() - firstNonZero > 19) {
        return null;
      }
      BigInteger value = new BigInteger(s.substring(0, start) + "0" + s.substring(firstNonZero));
      return value.bitLength() > 63 ? null : value.longValue();
    }
  }

  // ---------------------------------------------------------------- JSON

  /**
   * Reads a quantity from a JSON/YAML string or number (upstream {@code UnmarshalJSON}: the text
   * trimmed of white space, then parsed).
   */
  static final class Reader extends StdDeserializer<Quantity> {
    Reader() {
      super(Quantity.class);
    }

    @Override
    public Quantity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text;
      switch (p.currentToken()) {
        case VALUE_STRING:
          text = trimSpace(p.getText());
          break;
        case VALUE_NUMBER_INT:
          text = p.getBigIntegerValue().toString();
          break;
        case VALUE_NUMBER_FLOAT:
          text = trimSpace(p.getText());
          break;
        default:
          return (Quantity) ctxt.handleUnexpectedToken(Quantity.class, p);
      }
      try {
        return parse(text);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdStringException(text, Quantity.class, e.getMessage());
      }
    }

    /** Go's strings.TrimSpace: Unicode white space at both ends. */
    private static String trimSpace(String s) {
      int start = 0;
      int end = s.length();
      while (start < end && goSpace(s.charAt(start))) {
        start++;
      }
      while (end > start && goSpace(s.charAt(end - 1))) {
        end--;
      }
      return s.substring(start, end);
    }

    private static boolean goSpace(char c) {
      if (c <= 0xFF) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
      }
      return Character.isSpaceChar(c);
    }
  }
}
