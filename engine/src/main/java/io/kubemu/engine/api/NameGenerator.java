package io.kubemu.engine.api;

import java.util.Random;

/**
 * Kubernetes' SimpleNameGenerator (apiserver/pkg/storage/names): the base truncated to 58
 * characters plus 5 random characters from the vowel-less alphabet, drawn from the cluster's seeded
 * {@link Random} as utilrand.String draws them (5 bits at a time from a 63-bit integer).
 */
final class NameGenerator {
  private NameGenerator() {}

  static final String ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";
  static final int MAX_NAME_LENGTH = 63;
  static final int RANDOM_LENGTH = 5;
  static final int MAX_GENERATED_NAME_LENGTH = MAX_NAME_LENGTH - RANDOM_LENGTH;

  private static final int IDX_BITS = 5;
  private static final long IDX_MASK = (1L << IDX_BITS) - 1;
  private static final int MAX_PER_INT = 63 / IDX_BITS;

  // simpleNameGenerator.GenerateName
  static String generateName(String base, Random random) {
    if (base.length() > MAX_GENERATED_NAME_LENGTH) {
      base = base.substring(0, MAX_GENERATED_NAME_LENGTH);
    }
    return base + randomString(RANDOM_LENGTH, random);
  }

  // utilrand.String
  static String randomString(int n, Random random) {
    char[] b = new char[n];
    long randomInt63 = random.nextLong() >>> 1;
    int remaining = MAX_PER_INT;
    for (int i = 0; i < n; ) {
      if (remaining == 0) {
        randomInt63 = random.nextLong() >>> 1;
        remaining = MAX_PER_INT;
      }
      int idx = (int) (randomInt63 & IDX_MASK);
      if (idx < ALPHANUMS.length()) {
        b[i++] = ALPHANUMS.charAt(idx);
      }
      randomInt63 >>= IDX_BITS;
      remaining--;
    }
    return new String(b);
  }
}
