package io.kubemu.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NameGeneratorTest {

  /** A Random whose Int63 (nextLong >>> 1) yields the given 5-bit indexes, lowest first. */
  static Random yielding(int... indexes) {
    long int63 = 0;
    for (int i = indexes.length - 1; i >= 0; i--) int63 = (int63 << 5) | indexes[i];
    long value = int63 << 1;
    return new Random() {
      private static final long serialVersionUID = 1L;

      @Override
      public long nextLong() {
        return value;
      }
    };
  }

  @Test
  void indexesPastTheAlphabetAreSkippedAsUtilrandStringDoes() {
    // 31 and 27 are out of range (27 characters); the rest index "bcdfghjklmnpqrstvwxz2456789"
    assertThat(NameGenerator.randomString(5, yielding(31, 0, 26, 27, 1, 2, 3))).isEqualTo("b9cdf");
  }

  @Test
  void aTwelveCharacterDrawTakesASecondInteger() {
    // 63 / 5 = 12 indexes per 63-bit integer; every one is 0 here
    assertThat(NameGenerator.randomString(13, yielding(0))).isEqualTo("bbbbbbbbbbbbb");
  }

  @Test
  void theBaseIsCutTo58Characters() {
    String name = NameGenerator.generateName("x".repeat(80), new Random(1));
    assertThat(name).hasSize(63).startsWith("x".repeat(58));
    assertThat(name.substring(58)).matches("[bcdfghjklmnpqrstvwxz2456789]{5}");
  }
}
