package io.kubemu.assertions.error;

import io.kubemu.assertions.internal.Lines;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Pods are not spread as expected over nodes or topology domains; prints the distribution. */
public class ShouldBeSpread extends BasicErrorMessageFactory {

  private static final String FORMAT = "%nExpecting pods:%n  %s%nto %s%nbut %s:%n%s";

  /** {@return the message for pods expected on exactly {@code expected} distinct nodes} */
  public static ErrorMessageFactory shouldBeSpreadOverNodes(
      List<?> pods, int expected, int actual, List<String> distribution) {
    return new ShouldBeSpread(
        pods, "be spread over " + nodes(expected), "they were on " + nodes(actual), distribution);
  }

  /** {@return the message for pods expected at most {@code max} per node} */
  public static ErrorMessageFactory shouldHaveAtMostPerNode(
      List<?> pods, int max, String node, int count, List<String> distribution) {
    return new ShouldBeSpread(
        pods,
        "have at most " + max + (max == 1 ? " pod" : " pods") + " per node",
        "node " + node + " had " + count,
        distribution);
  }

  /** {@return the message for pods whose skew over a topology key is too large} */
  public static ErrorMessageFactory shouldBeSpreadPerTopologyKey(
      List<?> pods, String key, int maxSkew, String skew, List<String> distribution) {
    return new ShouldBeSpread(
        pods,
        "be spread over " + key + " with a skew of at most " + maxSkew,
        "the skew was " + skew,
        distribution);
  }

  private static String nodes(int n) {
    return n + (n == 1 ? " node" : " nodes");
  }

  private ShouldBeSpread(List<?> pods, String expectation, String but, List<String> distribution) {
    super(
        FORMAT,
        pods,
        unquotedString(expectation),
        unquotedString(but),
        unquotedString(Lines.indented(distribution)));
  }
}
