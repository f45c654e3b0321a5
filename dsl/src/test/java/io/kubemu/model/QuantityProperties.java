package io.kubemu.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.Quantity.Format;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the canonical form and the arithmetic, over seeded random quantities. */
class QuantityProperties {
  static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  @Property(seed = "7")
  void canonicalStringParsesBackToTheSameValueAndString(
      @ForAll long millis, @ForAll Format format) {
    Quantity q = Quantity.ofMillis(millis, format);
    Quantity back = Quantity.parse(q.toString());
    assertThat(back).isEqualTo(q);
    assertThat(back.toString()).isEqualTo(q.toString());
    assertThat(back.milliValue()).isEqualTo(millis);
  }

  @Property(seed = "7")
  void scaledValuesRoundTripThroughTheString(
      @ForAll long unscaled,
      @ForAll @IntRange(min = -9, max = 30) int exponent,
      @ForAll Format format) {
    BigDecimal value = BigDecimal.valueOf(unscaled).scaleByPowerOfTen(exponent);
    Quantity q = Quantity.of(value, format);
    assertThat(q.toString()).doesNotContain(".");
    Quantity back = Quantity.parse(q.toString());
    if (back.format() == Format.BINARY_SI && value.abs().compareTo(MAX) > 0) {
      // parsing caps a BinarySI magnitude at 2^63-1, as upstream does
      assertThat(back.toBigDecimal().abs()).isEqualTo(MAX);
    } else {
      assertThat(back).isEqualTo(q);
    }
  }

  @Property(seed = "7")
  void orderAndArithmeticFollowTheNumbers(@ForAll int a, @ForAll int b) {
    Quantity qa = Quantity.ofMillis(a);
    Quantity qb = Quantity.ofMillis(b);
    assertThat(Integer.signum(qa.compareTo(qb))).isEqualTo(Integer.compare(a, b));
    assertThat(qa.add(qb).milliValue()).isEqualTo((long) a + b);
    assertThat(qa.subtract(qb).milliValue()).isEqualTo((long) a - b);
    assertThat(qa.add(qb).subtract(qb)).isEqualTo(qa);
    assertThat(qa.multiply(3).milliValue()).isEqualTo(3L * a);
    assertThat(qa.negate().milliValue()).isEqualTo(-(long) a);
  }
}
