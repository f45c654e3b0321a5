package io.kubemu.model;

import static io.kubemu.model.Quantity.Format.BINARY_SI;
import static io.kubemu.model.Quantity.Format.DECIMAL_EXPONENT;
import static io.kubemu.model.Quantity.Format.DECIMAL_SI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubemu.model.Quantity.Format;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Upstream's quantity_test.go, row for row where it applies, plus kubemu's own cases. */
class QuantityTest {
  static final String FORMAT_WRONG =
      "quantities must match the regular expression"
          + " '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
  static final String SUFFIX = "unable to parse quantity's suffix";
  static final BigDecimal MAX_ALLOWED = BigDecimal.valueOf(Long.MAX_VALUE);

  /** upstream decQuantity(i, exponent, format): i * 10^exponent. */
  static Quantity dec(long i, int exponent, Format format) {
    return Quantity.of(BigDecimal.valueOf(i).scaleByPowerOfTen(exponent), format);
  }

  static Quantity q(String s) {
    return Quantity.parse(s);
  }

  // ---------------------------------------------------------------- TestQuantityParse

  static Stream<Arguments> parseTable() {
    return Stream.of(
        arguments("0", dec(0, 0, DECIMAL_SI)),
        arguments("0n", dec(0, 0, DECIMAL_SI)),
        arguments("0u", dec(0, 0, DECIMAL_SI)),
        arguments("0m", dec(0, 0, DECIMAL_SI)),
        arguments("0Ki", dec(0, 0, BINARY_SI)),
        arguments("0k", dec(0, 0, DECIMAL_SI)),
        arguments("0Mi", dec(0, 0, BINARY_SI)),
        arguments("0M", dec(0, 0, DECIMAL_SI)),
        arguments("0Gi", dec(0, 0, BINARY_SI)),
        arguments("0G", dec(0, 0, DECIMAL_SI)),
        arguments("0Ti", dec(0, 0, BINARY_SI)),
        arguments("0T", dec(0, 0, DECIMAL_SI)),
        // Quantity less numbers are allowed
        arguments("1", dec(1, 0, DECIMAL_SI)),
        // Binary suffixes
        arguments("1Ki", dec(1024, 0, BINARY_SI)),
        arguments("8Ki", dec(8 * 1024, 0, BINARY_SI)),
        arguments("7Mi", dec(7 * 1024 * 1024, 0, BINARY_SI)),
        arguments("6Gi", dec(6L * 1024 * 1024 * 1024, 0, BINARY_SI)),
        arguments("5Ti", dec(5L * 1024 * 1024 * 1024 * 1024, 0, BINARY_SI)),
        arguments("4Pi", dec(4L * 1024 * 1024 * 1024 * 1024 * 1024, 0, BINARY_SI)),
        arguments("3Ei", dec(3L * 1024 * 1024 * 1024 * 1024 * 1024 * 1024, 0, BINARY_SI)),
        arguments("10Ti", dec(10L * 1024 * 1024 * 1024 * 1024, 0, BINARY_SI)),
        arguments("100Ti", dec(100L * 1024 * 1024 * 1024 * 1024, 0, BINARY_SI)),
        // Decimal suffixes
        arguments("5n", dec(5, -9, DECIMAL_SI)),
        arguments("4u", dec(4, -6, DECIMAL_SI)),
        arguments("3m", dec(3, -3, DECIMAL_SI)),
        arguments("9", dec(9, 0, DECIMAL_SI)),
        arguments("8k", dec(8, 3, DECIMAL_SI)),
        arguments("50k", dec(5, 4, DECIMAL_SI)),
        arguments("7M", dec(7, 6, DECIMAL_SI)),
        arguments("6G", dec(6, 9, DECIMAL_SI)),
        arguments("5T", dec(5, 12, DECIMAL_SI)),
        arguments("40T", dec(4, 13, DECIMAL_SI)),
        arguments("300T", dec(3, 14, DECIMAL_SI)),
        arguments("2P", dec(2, 15, DECIMAL_SI)),
        arguments("1E", dec(1, 18, DECIMAL_SI)),
        // Decimal exponents
        arguments("1E-3", dec(1, -3, DECIMAL_EXPONENT)),
        arguments("1e3", dec(1, 3, DECIMAL_EXPONENT)),
        arguments("1E6", dec(1, 6, DECIMAL_EXPONENT)),
        arguments("1e9", dec(1, 9, DECIMAL_EXPONENT)),
        arguments("1E12", dec(1, 12, DECIMAL_EXPONENT)),
        arguments("1e15", dec(1, 15, DECIMAL_EXPONENT)),
        arguments("1E18", dec(1, 18, DECIMAL_EXPONENT)),
        // Nonstandard but still parsable
        arguments("1e14", dec(1, 14, DECIMAL_EXPONENT)),
        arguments("1e13", dec(1, 13, DECIMAL_EXPONENT)),
        arguments("1e3", dec(1, 3, DECIMAL_EXPONENT)),
        arguments("100.035k", dec(100035, 0, DECIMAL_SI)),
        // Things that look like floating point
        arguments("0.001", dec(1, -3, DECIMAL_SI)),
        arguments("0.0005k", dec(5, -1, DECIMAL_SI)),
        arguments("0.005", dec(5, -3, DECIMAL_SI)),
        arguments("0.05", dec(5, -2, DECIMAL_SI)),
        arguments("0.5", dec(5, -1, DECIMAL_SI)),
        arguments("0.00050k", dec(5, -1, DECIMAL_SI)),
        arguments("0.00500", dec(5, -3, DECIMAL_SI)),
        arguments("0.05000", dec(5, -2, DECIMAL_SI)),
        arguments("0.50000", dec(5, -1, DECIMAL_SI)),
        arguments("0.5e0", dec(5, -1, DECIMAL_EXPONENT)),
        arguments("0.5e-1", dec(5, -2, DECIMAL_EXPONENT)),
        arguments("0.5e-2", dec(5, -3, DECIMAL_EXPONENT)),
        arguments("0.5e0", dec(5, -1, DECIMAL_EXPONENT)),
        arguments("10.035M", dec(10035, 3, DECIMAL_SI)),
        arguments("1.2e3", dec(12, 2, DECIMAL_EXPONENT)),
        arguments("1.3E+6", dec(13, 5, DECIMAL_EXPONENT)),
        arguments("1.40e9", dec(14, 8, DECIMAL_EXPONENT)),
        arguments("1.53E12", dec(153, 10, DECIMAL_EXPONENT)),
        arguments("1.6e15", dec(16, 14, DECIMAL_EXPONENT)),
        arguments("1.7E18", dec(17, 17, DECIMAL_EXPONENT)),
        arguments("9.01", dec(901, -2, DECIMAL_SI)),
        arguments("8.1k", dec(81, 2, DECIMAL_SI)),
        arguments("7.123456M", dec(7123456, 0, DECIMAL_SI)),
        arguments("6.987654321G", dec(6987654321L, 0, DECIMAL_SI)),
        arguments("5.444T", dec(5444, 9, DECIMAL_SI)),
        arguments("40.1T", dec(401, 11, DECIMAL_SI)),
        arguments("300.2T", dec(3002, 11, DECIMAL_SI)),
        arguments("2.5P", dec(25, 14, DECIMAL_SI)),
        arguments("1.01E", dec(101, 16, DECIMAL_SI)),
        // Things that saturate/round
        arguments("3.001n", dec(4, -9, DECIMAL_SI)),
        arguments("1.1E-9", dec(2, -9, DECIMAL_EXPONENT)),
        arguments("0.0000000001", dec(1, -9, DECIMAL_SI)),
        arguments("0.0000000005", dec(1, -9, DECIMAL_SI)),
        arguments("0.00000000050", dec(1, -9, DECIMAL_SI)),
        arguments("0.5e-9", dec(1, -9, DECIMAL_EXPONENT)),
        arguments("0.9n", dec(1, -9, DECIMAL_SI)),
        arguments("0.00000012345", dec(124, -9, DECIMAL_SI)),
        arguments("0.00000012354", dec(124, -9, DECIMAL_SI)),
        arguments("9Ei", Quantity.of(MAX_ALLOWED, BINARY_SI)),
        arguments("9223372036854775807Ki", Quantity.of(MAX_ALLOWED, BINARY_SI)),
        arguments("12E", dec(12, 18, DECIMAL_SI)),
        // We'll accept fractional binary stuff, too.
        arguments("100.035Ki", dec(10243584, -2, BINARY_SI)),
        arguments("0.5Mi", dec(512 * 1024, 0, BINARY_SI)),
        arguments("0.05Gi", dec(536870912, -1, BINARY_SI)),
        arguments("0.025Ti", dec(274877906944L, -1, BINARY_SI)),
        // Things written by trolls
        arguments("0.000000000001Ki", dec(2, -9, DECIMAL_SI)), // rounds up, changes format
        arguments(".001", dec(1, -3, DECIMAL_SI)),
        arguments(".0001k", dec(100, -3, DECIMAL_SI)),
        arguments("1.", dec(1, 0, DECIMAL_SI)),
        arguments("1.G", dec(1, 9, DECIMAL_SI)));
  }

  @ParameterizedTest
  @MethodSource("parseTable")
  void parse(String input, Quantity expect) {
    Quantity got = q(input);
    assertThat(got.compareTo(expect)).as("value of %s", input).isZero();
    assertThat(got.format()).as("format of %s", input).isEqualTo(expect.format());
  }

  @ParameterizedTest
  @MethodSource("parseTable")
  void parseNegative(String input, Quantity expect) {
    Quantity got = q("-" + input);
    assertThat(got.compareTo(expect.negate())).as("value of -%s", input).isZero();
    assertThat(got.format()).isEqualTo(expect.format());
  }

  @ParameterizedTest
  @MethodSource("parseTable")
  void parseExplicitPlus(String input, Quantity expect) {
    Quantity got = q("+" + input);
    assertThat(got.compareTo(expect)).as("value of +%s", input).isZero();
    assertThat(got.format()).isEqualTo(expect.format());
  }

  @ParameterizedTest
  @MethodSource("parseTable")
  void canonicalFormParsesToTheSameValue(String input, Quantity expect) {
    Quantity got = q(input);
    assertThat(q(got.toString())).isEqualTo(got);
    assertThat(q(got.toString()).toString()).isEqualTo(got.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.1.M", "1+1.0M", "0.1am", "aoeu", " 1", "1 ", "10 Mi", "1.5x", "1KiB", "1..", "1e3.5"
      })
  void formatErrors(String input) {
    assertThatThrownBy(() -> q(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(FORMAT_WRONG);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.1mi",
        ".5i",
        "1i",
        "-3.01i",
        "-3.01e-",
        "1e4294967297",
        "1K",
        "1ki",
        "1mi",
        "1e",
        "1KiB"
      })
  void invalid(String input) {
    assertThatThrownBy(() -> q(input)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.1mi",
        ".5i",
        "1i",
        "-3.01i",
        "-3.01e-",
        "1e4294967297",
        "1K",
        "1ki",
        "1e",
        "1Mi3",
        "1ee3"
      })
  void suffixErrors(String input) {
    assertThatThrownBy(() -> q(input)).hasMessage(SUFFIX);
  }

  @Test
  void emptyAndNullAreFormatErrors() {
    assertThatThrownBy(() -> q("")).hasMessage(FORMAT_WRONG);
    assertThatThrownBy(() -> q(null)).hasMessage(FORMAT_WRONG);
  }

  @Test
  void signsAndDotsAloneAreZero() {
    // upstream parseQuantityString: "." has numerator 0 and no denominator
    assertThat(q(".").zero()).isTrue();
    assertThat(q("-.").zero()).isTrue();
    assertThat(q("-").zero()).isTrue();
    assertThat(q("+").toString()).isEqualTo("0");
  }

  // ----------------------------------------------------------------
  // TestInterpretExponentInt32Bounds

  @ParameterizedTest
  @CsvSource({
    "1e14, true",
    "1E2147483647, true",
    "1E-2147483647, true",
    "1E2147483648, false",
    "1E-2147483648, false",
    "1E4294967297, false",
    "1E8589934592, false",
    "1E9223372036854775807, false",
    "1E9223372036854775808, false",
    "1E6024865272343, false",
  })
  void exponentBounds(String input, boolean ok) {
    if (ok) {
      assertThat(q(input).format()).isEqualTo(DECIMAL_EXPONENT);
    } else {
      assertThatThrownBy(() -> q(input)).hasMessage(SUFFIX);
    }
  }

  @Test
  void hugeAndTinyExponentsStayCheap() {
    assertThat(q("1E2147483647").toString()).isEqualTo("10e2147483646");
    assertThat(q("1E2147483647").compareTo(q("1E2147483646"))).isPositive();
    assertThat(q("1E2147483647").value()).isEqualTo(Long.MAX_VALUE);
    assertThat(q("-1E2147483647").milliValue()).isEqualTo(Long.MIN_VALUE);
    assertThat(q("1E-2147483647")).isEqualTo(q("1n"));
    assertThat(q("-5.5e-2147483647").toString()).isEqualTo("-1e-9");
    assertThatThrownBy(() -> q("1E2147483647").add(q("1"))).isInstanceOf(ArithmeticException.class);
    assertThat(q("1E2147483647").add(q("2E2147483647")).toString()).isEqualTo("30e2147483646");
  }

  // ---------------------------------------------------------------- TestQuantityParseZero etc.

  @Test
  void parseZero() {
    assertThat(q("0").toString()).isEqualTo("0");
    assertThat(q("0").zero()).isTrue();
    assertThat(q("0").format()).isEqualTo(DECIMAL_SI);
  }

  @ParameterizedTest
  @ValueSource(strings = {"100m", "1Gi"})
  void addZeroPreservesSuffix(String value) {
    Quantity zero = q("0");
    assertThat(q(value).add(zero).toString()).isEqualTo(value);
    assertThat(zero.add(q(value)).toString()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"100m", "1Gi"})
  void subtractZeroPreservesSuffix(String value) {
    Quantity zero = q("0");
    assertThat(q(value).subtract(zero).toString()).isEqualTo(value);
    assertThat(zero.subtract(q(value)).toString()).isEqualTo(q(value).negate().toString());
  }

  @Test
  void canonicalizeZero() {
    assertThat(q("1000m").subtract(q("1")).toString()).isEqualTo("0");
  }

  // ---------------------------------------------------------------- TestQuantityCmp

  @ParameterizedTest
  @CsvSource({"0, 0, 0", "100m, 50m, 1", "50m, 100m, -1", "10000T, 100Gi, 1"})
  void compare(String x, String y, int expect) {
    assertThat(Integer.signum(q(x).compareTo(q(y)))).isEqualTo(expect);
    assertThat(Integer.signum(q(y).compareTo(q(x)))).isEqualTo(-expect);
  }

  // upstream TestQuantityCmpInt64AndDec: intQuantity(value, scale) is value * 10^scale
  static Stream<Arguments> cmpInt64AndDec() {
    long most = Long.MAX_VALUE;
    long least = Long.MIN_VALUE;
    long e18 = 1_000_000L * 1_000_000L * 1_000_000L;
    return Stream.of(
        arguments(dec(901, -2, DECIMAL_SI), dec(901, -2, DECIMAL_SI), 0),
        arguments(dec(90, -1, DECIMAL_SI), dec(901, -2, DECIMAL_SI), -1),
        arguments(dec(901, -2, DECIMAL_SI), dec(900, -2, DECIMAL_SI), 1),
        arguments(dec(0, 0, DECIMAL_SI), dec(0, 0, DECIMAL_SI), 0),
        arguments(dec(0, 1, DECIMAL_SI), dec(0, -1, DECIMAL_SI), 0),
        arguments(dec(0, -1, DECIMAL_SI), dec(0, 1, DECIMAL_SI), 0),
        arguments(dec(800, -3, DECIMAL_SI), dec(1, 0, DECIMAL_SI), -1),
        arguments(dec(800, -3, DECIMAL_SI), dec(79, -2, DECIMAL_SI), 1),
        arguments(dec(most, 0, DECIMAL_SI), dec(1, -1, DECIMAL_SI), 1),
        arguments(dec(most, 1, DECIMAL_SI), dec(1, 0, DECIMAL_SI), 1),
        arguments(dec(most, 1, DECIMAL_SI), dec(1, 1, DECIMAL_SI), 1),
        arguments(dec(most, 1, DECIMAL_SI), dec(0, 1, DECIMAL_SI), 1),
        arguments(dec(most, -16, DECIMAL_SI), dec(1, 3, DECIMAL_SI), -1),
        arguments(dec(least, 0, DECIMAL_SI), dec(0, 0, DECIMAL_SI), -1),
        arguments(dec(least, -18, DECIMAL_SI), dec(-1, 0, DECIMAL_SI), -1),
        arguments(dec(least, -19, DECIMAL_SI), dec(-1, 0, DECIMAL_SI), 1),
        arguments(dec(e18, -17, DECIMAL_SI), dec(1, 1, DECIMAL_SI), 0),
        arguments(dec(e18, -17, DECIMAL_SI), dec(-10, 0, DECIMAL_SI), 1),
        arguments(dec(-e18, -17, DECIMAL_SI), dec(-10, 0, DECIMAL_SI), 0),
        arguments(dec(e18, -17, DECIMAL_SI), dec(1, 0, DECIMAL_SI), 1),
        arguments(dec(e18 + 1, -17, DECIMAL_SI), dec(1, 1, DECIMAL_SI), 1),
        arguments(dec(e18 - 1, -17, DECIMAL_SI), dec(1, 1, DECIMAL_SI), -1));
  }

  @ParameterizedTest
  @MethodSource("cmpInt64AndDec")
  void compareMixedScales(Quantity a, Quantity b, int cmp) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(cmp);
    assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-cmp);
    assertThat(a.equals(b)).isEqualTo(cmp == 0);
    if (cmp == 0) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }

  // ---------------------------------------------------------------- TestQuantityString

  static Stream<Arguments> stringTable() {
    return Stream.of(
        arguments(dec(1024 * 1024 * 1024, 0, BINARY_SI), "1Gi", "1024Mi"),
        arguments(dec(300 * 1024 * 1024, 0, BINARY_SI), "300Mi", "307200Ki"),
        arguments(dec(6 * 1024, 0, BINARY_SI), "6Ki", ""),
        arguments(dec(1001L * 1024 * 1024 * 1024, 0, BINARY_SI), "1001Gi", "1025024Mi"),
        arguments(dec(1024L * 1024 * 1024 * 1024, 0, BINARY_SI), "1Ti", "1024Gi"),
        arguments(dec(5, 0, BINARY_SI), "5", "5000m"),
        arguments(dec(500, -3, BINARY_SI), "500m", "0.5"),
        arguments(dec(1, 9, DECIMAL_SI), "1G", "1000M"),
        arguments(dec(1000, 6, DECIMAL_SI), "1G", "0.001T"),
        arguments(dec(1000000, 3, DECIMAL_SI), "1G", ""),
        arguments(dec(1000000000, 0, DECIMAL_SI), "1G", ""),
        arguments(dec(1, -3, DECIMAL_SI), "1m", "1000u"),
        arguments(dec(80, -3, DECIMAL_SI), "80m", ""),
        arguments(dec(1080, -3, DECIMAL_SI), "1080m", "1.08"),
        arguments(dec(108, -2, DECIMAL_SI), "1080m", "1080000000n"),
        arguments(dec(10800, -4, DECIMAL_SI), "1080m", ""),
        arguments(dec(300, 6, DECIMAL_SI), "300M", ""),
        arguments(dec(1, 12, DECIMAL_SI), "1T", ""),
        // DecimalSI has no suffix beyond "E": exponent notation instead of dropping the magnitude
        arguments(dec(1, 18, DECIMAL_SI), "1E", ""),
        arguments(dec(1, 21, DECIMAL_SI), "1e21", "1000E"),
        arguments(dec(5, 21, DECIMAL_SI), "5e21", "5000E"),
        arguments(dec(1, 24, DECIMAL_SI), "1e24", "1000000E"),
        // BinarySI has no suffix beyond "Ei": an exact decimal representation instead
        arguments(dec(1, 70, BINARY_SI), "10e69", ""),
        arguments(dec(2, 70, BINARY_SI), "20e69", ""),
        arguments(dec(1, 72, BINARY_SI), "1e72", ""),
        arguments(dec(1234567, 6, DECIMAL_SI), "1234567M", ""),
        arguments(dec(1234567, -3, BINARY_SI), "1234567m", ""),
        arguments(dec(3, 3, DECIMAL_SI), "3k", ""),
        arguments(dec(1025, 0, BINARY_SI), "1025", ""),
        arguments(dec(0, 0, DECIMAL_SI), "0", ""),
        arguments(dec(0, 0, BINARY_SI), "0", ""),
        arguments(dec(1, 9, DECIMAL_EXPONENT), "1e9", ".001e12"),
        arguments(dec(1, -3, DECIMAL_EXPONENT), "1e-3", "0.001e0"),
        arguments(dec(1, -9, DECIMAL_EXPONENT), "1e-9", "1000e-12"),
        arguments(dec(80, -3, DECIMAL_EXPONENT), "80e-3", ""),
        arguments(dec(300, 6, DECIMAL_EXPONENT), "300e6", ""),
        arguments(dec(1, 12, DECIMAL_EXPONENT), "1e12", ""),
        arguments(dec(1, 3, DECIMAL_EXPONENT), "1e3", ""),
        arguments(dec(3, 3, DECIMAL_EXPONENT), "3e3", ""),
        arguments(dec(3, 3, DECIMAL_SI), "3k", ""),
        arguments(dec(0, 0, DECIMAL_EXPONENT), "0", "00"),
        arguments(dec(1, -9, DECIMAL_SI), "1n", ""),
        arguments(dec(80, -9, DECIMAL_SI), "80n", ""),
        arguments(dec(1080, -9, DECIMAL_SI), "1080n", ""),
        arguments(dec(108, -8, DECIMAL_SI), "1080n", ""),
        arguments(dec(10800, -10, DECIMAL_SI), "1080n", ""),
        arguments(dec(1, -6, DECIMAL_SI), "1u", ""),
        arguments(dec(80, -6, DECIMAL_SI), "80u", ""),
        arguments(dec(1080, -6, DECIMAL_SI), "1080u", ""));
  }

  @ParameterizedTest
  @MethodSource("stringTable")
  void string(Quantity in, String expect, String alternate) {
    assertThat(in.toString()).isEqualTo(expect);
    assertThat(q(expect).toString()).isEqualTo(expect);
    assertThat(q(expect)).isEqualTo(in);
    if (!alternate.isEmpty()) {
      assertThat(q(alternate).toString()).isEqualTo(expect);
    }
    if (!in.zero()) {
      assertThat(in.negate().toString()).isEqualTo("-" + expect); // never "-0"
    }
  }

  @Test
  void binarySiPastEiArithmeticRoundTrip() {
    Quantity q = q("1Ei").multiply(1024); // 2^70
    assertThat(q.toString()).isEqualTo("1180591620717411303424");
    assertThat(q(q.toString())).isEqualTo(q);
  }

  @ParameterizedTest
  @CsvSource({"2000, 2000", "-2000, -2000"})
  void binarySiZeroExponentString(long value, String want) {
    assertThat(Quantity.of(value, BINARY_SI).toString()).isEqualTo(want);
  }

  @Test
  void stringBelowNano() {
    assertThat(dec(1, -12, DECIMAL_SI).toString()).isEqualTo("1e-12");
    assertThat(dec(1, -10, DECIMAL_SI).toString()).isEqualTo("100e-12");
  }

  // ---------------------------------------------------------------- TestQuantityParseEmit

  @ParameterizedTest
  @CsvSource({
    "1Ki, 1Ki",
    "1Mi, 1Mi",
    "1Gi, 1Gi",
    "1024Mi, 1Gi",
    "1000M, 1G",
    ".001Ki, 1024m",
    ".000001Ki, 1024u",
    ".000000001Ki, 1024n",
    ".000000000001Ki, 2n",
  })
  void parseEmit(String in, String expect) {
    assertThat(q(in).toString()).isEqualTo(expect);
    assertThat(q("-" + in).toString()).isEqualTo("-" + expect);
  }

  /** The examples kubemu's issue names. */
  @ParameterizedTest
  @CsvSource({
    "500m, 500m",
    "2Gi, 2Gi",
    "1e3, 1e3",
    "0.5, 500m",
    "1.5, 1500m",
    "1.5Gi, 1536Mi",
    "100M, 100M",
    "-2, -2",
    ".5, 500m",
    "0.1m, 100u",
    "0.1n, 1n",
    "1000m, 1",
    "1024Ki, 1Mi",
    "12e6, 12e6",
    "1.5e3, 1500",
    "2048Mi, 2Gi",
    "1536Mi, 1536Mi",
    "1.1Ki, 1126400m",
    "128974848, 128974848",
    "129e6, 129e6",
    "129M, 129M",
    "123Mi, 123Mi",
    "10000, 10k",
    "0.000001, 1u",
  })
  void canonical(String in, String expect) {
    assertThat(q(in).toString()).isEqualTo(expect);
  }

  /** Upstream keeps an input string that its fast path finds canonical, verbatim. */
  @ParameterizedTest
  @CsvSource({
    "+1, +1, 1",
    "1E3, 1E3, 1e3",
    "010, 010, 10",
    "+1Ki, +1Ki, 1Ki",
    "1e+3, 1e+3, 1e3",
    "0010m, 0010m, 10m",
  })
  void parsedCanonicalStringIsKeptVerbatim(String in, String printed, String recomputed) {
    assertThat(q(in).toString()).isEqualTo(printed);
    // arithmetic drops the kept string
    assertThat(q(in).add(Quantity.ZERO).toString()).isEqualTo(recomputed);
    assertThat(q(in)).isEqualTo(q(recomputed));
  }

  // ---------------------------------------------------------------- TestMilliNewSet, TestNewSet

  @ParameterizedTest
  @CsvSource({
    "1, DECIMAL_SI, 1m, true",
    "1000, DECIMAL_SI, 1, true",
    "1234000, DECIMAL_SI, 1234, true",
    "1024, BINARY_SI, 1024m, false", // Format changes
    "1000000, DECIMAL_EXPONENT, 1e3, true",
    "1048576, BINARY_SI, 1048576m, false", // Format changes
  })
  void milliNewSet(long value, Format format, String expect, boolean exact) {
    Quantity q = Quantity.ofMillis(value, format);
    assertThat(q.toString()).isEqualTo(expect);
    if (exact) {
      assertThat(q(q.toString()).milliValue()).isEqualTo(value);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "1, DECIMAL_SI, 1",
    "1000, DECIMAL_SI, 1k",
    "1234000, DECIMAL_SI, 1234k",
    "1024, BINARY_SI, 1Ki",
    "1000000, DECIMAL_EXPONENT, 1e6",
    "1048576, BINARY_SI, 1Mi",
  })
  void newSet(long value, Format format, String expect) {
    Quantity q = Quantity.of(value, format);
    assertThat(q.toString()).isEqualTo(expect);
    assertThat(q(q.toString()).value()).isEqualTo(value);
  }

  // upstream TestNewScaledSet: NewScaledQuantity(value, scale) is value * 10^scale, DecimalSI
  @ParameterizedTest
  @CsvSource({
    "1, -9, 1n",
    "1000, -9, 1u",
    "1, -6, 1u",
    "1000, -6, 1m",
    "1, -3, 1m",
    "1000, -3, 1",
    "1, 0, 1",
    "0, -9, 0",
    "0, -6, 0",
    "0, -3, 0",
    "0, 0, 0",
  })
  void newScaledSet(long value, int scale, String expect) {
    Quantity q = dec(value, scale, DECIMAL_SI);
    assertThat(q.toString()).isEqualTo(expect);
    assertThat(q(q.toString()).scaledValue(scale)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({
    "-9, -9, 1",
    "-9, -6, 1",
    "-9, -3, 1",
    "-9, 0, 1",
    "-6, -9, 1000",
    "-6, -6, 1",
    "-6, -3, 1",
    "-6, 0, 1",
    "-3, -9, 1000000",
    "-3, -6, 1000",
    "-3, -3, 1",
    "-3, 0, 1",
    "0, -9, 1000000000",
    "0, -6, 1000000",
    "0, -3, 1000",
    "0, 0, 1",
    "2, -2, 10000",
  })
  void scaledValue(int fromScale, int toScale, long expected) {
    assertThat(dec(1, fromScale, DECIMAL_SI).scaledValue(toScale)).isEqualTo(expected);
  }

  // upstream TestNegativeValueRoundsAwayFromZero
  @ParameterizedTest
  @CsvSource({
    "-.484785E-7466, -1, -1",
    ".484785E-7466, 1, 1",
    "-.484785E-1, -1, -49",
    ".484785E-1, 1, 49",
    "-0.0005, -1, -1",
    "0.0005, 1, 1",
    "-1500m, -2, -1500",
    "1500m, 2, 1500",
    "-9.5000000001Gi, -10200547329, -10200547328108",
    "9.5000000001Gi, 10200547329, 10200547328108",
    "-1, -1, -1000",
    "1, 1, 1000",
    "0, 0, 0",
  })
  void valueRoundsAwayFromZero(String input, long value, long milli) {
    assertThat(q(input).value()).isEqualTo(value);
    assertThat(q(input).milliValue()).isEqualTo(milli);
  }

  @Test
  void valueSaturates() {
    assertThat(q("10E").value()).isEqualTo(Long.MAX_VALUE);
    assertThat(q("-10E").value()).isEqualTo(Long.MIN_VALUE);
    assertThat(q("9223372036854775807").value()).isEqualTo(Long.MAX_VALUE);
    assertThat(q("9223372036854775808").value()).isEqualTo(Long.MAX_VALUE);
    assertThat(q("9223372036854775807").milliValue()).isEqualTo(Long.MAX_VALUE);
    assertThat(q("2Gi").milliValue()).isEqualTo(2147483648000L);
  }

  // ---------------------------------------------------------------- arithmetic

  // upstream TestSub
  @ParameterizedTest
  @MethodSource("subTable")
  void subtract(Quantity a, Quantity b, Quantity expected) {
    assertThat(a.subtract(b)).isEqualTo(expected);
  }

  static Stream<Arguments> subTable() {
    return Stream.of(
        arguments(dec(10, 0, DECIMAL_SI), dec(1, 1, DECIMAL_SI), dec(0, 0, DECIMAL_SI)),
        arguments(dec(10, 0, DECIMAL_SI), dec(1, 0, BINARY_SI), dec(9, 0, DECIMAL_SI)),
        arguments(dec(10, 0, BINARY_SI), dec(1, 0, DECIMAL_SI), dec(9, 0, BINARY_SI)),
        arguments(Quantity.ZERO, dec(50, 0, DECIMAL_SI), dec(-50, 0, DECIMAL_SI)),
        arguments(dec(50, 0, DECIMAL_SI), Quantity.ZERO, dec(50, 0, DECIMAL_SI)),
        arguments(Quantity.ZERO, Quantity.ZERO, dec(0, 0, DECIMAL_SI)));
  }

  // upstream TestNeg and TestQuantityNeg
  @Test
  void negate() {
    assertThat(dec(0, 0, DECIMAL_SI).negate()).isEqualTo(dec(0, 0, DECIMAL_SI));
    assertThat(dec(10, 0, BINARY_SI).negate()).isEqualTo(dec(-10, 0, BINARY_SI));
    assertThat(dec(-10, 0, BINARY_SI).negate()).isEqualTo(dec(10, 0, BINARY_SI));
    assertThat(dec(-10, 0, BINARY_SI).negate().format()).isEqualTo(BINARY_SI);
    Quantity a = dec(901, -2, DECIMAL_SI);
    assertThat(a.negate().toString()).isEqualTo("-9010m");
    assertThat(a.toString()).isEqualTo("9010m"); // negating does not mutate the source
    assertThat(Quantity.of(Long.MIN_VALUE, DECIMAL_SI).negate().toString())
        .isEqualTo("9223372036854775808");
  }

  @Test
  void addKeepsTheLeftFormatUnlessItIsZero() {
    assertThat(q("1Gi").add(q("512Mi")).toString()).isEqualTo("1536Mi");
    assertThat(q("1Gi").add(q("1G")).toString()).isEqualTo("2073741824");
    assertThat(q("1G").add(q("1Gi")).toString()).isEqualTo("2073741824");
    assertThat(q("100m").add(q("900m")).toString()).isEqualTo("1");
    assertThat(q("250m").add(q("1.5")).toString()).isEqualTo("1750m");
    assertThat(Quantity.ZERO.add(q("2Gi")).format()).isEqualTo(BINARY_SI);
    assertThat(q("1").subtract(q("1500m")).toString()).isEqualTo("-500m");
    assertThat(q("1Ki").subtract(q("1Ki")).zero()).isTrue();
  }

  @Test
  void multiply() {
    assertThat(q("500m").multiply(3).toString()).isEqualTo("1500m");
    assertThat(q("1Gi").multiply(3).toString()).isEqualTo("3Gi");
    assertThat(q("256Mi").multiply(4).toString()).isEqualTo("1Gi");
    assertThat(q("1").multiply(0).zero()).isTrue();
    assertThat(q("1e3").multiply(-2).toString()).isEqualTo("-2e3");
    assertThat(q("1Ei").multiply(1024).multiply(1024).toBigDecimal())
        .isEqualTo(new BigDecimal(BigInteger.TWO.pow(80)));
  }

  @Test
  void factoriesAndAccessors() {
    assertThat(Quantity.ofMillis(250).toString()).isEqualTo("250m");
    assertThat(Quantity.ofMillis(250).milliValue()).isEqualTo(250);
    assertThat(Quantity.ofMillis(1500).value()).isEqualTo(2);
    assertThat(Quantity.of(3, BINARY_SI).toString()).isEqualTo("3");
    assertThat(Quantity.of(3 * 1024 * 1024, BINARY_SI).toString()).isEqualTo("3Mi");
    assertThat(q("1.5").toBigDecimal()).isEqualByComparingTo("1.5");
    assertThat(q("-1").signum()).isEqualTo(-1);
    assertThat(q("2Gi").withFormat(DECIMAL_SI).toString()).isEqualTo("2147483648");
    assertThat(q("2Gi").withFormat(DECIMAL_EXPONENT).toString()).isEqualTo("2147483648");
    assertThat(q("2000M").withFormat(DECIMAL_EXPONENT).toString()).isEqualTo("2e9");
    assertThat(q("0m").zero()).isTrue();
    assertThat(q("1n").zero()).isFalse();
  }

  @Test
  void equalityIsByValue() {
    assertThat(q("1000m")).isEqualTo(q("1")).hasSameHashCodeAs(q("1"));
    assertThat(q("1Ki")).isEqualTo(q("1024")).hasSameHashCodeAs(q("1024"));
    assertThat(q("1e3")).isEqualTo(q("1k")).hasSameHashCodeAs(q("1k"));
    assertThat(q("0Gi")).isEqualTo(Quantity.ZERO).hasSameHashCodeAs(Quantity.ZERO);
    assertThat(q("1")).isNotEqualTo(q("1001m"));
    assertThat(q("1")).isNotEqualTo("1");
  }
}
