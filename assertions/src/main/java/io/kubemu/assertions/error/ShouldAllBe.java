package io.kubemu.assertions.error;

import io.kubemu.assertions.internal.Lines;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Some pods of a group do not meet an expectation every pod should meet (a phase, readiness, a node
 * selector, co-location ...).
 */
public class ShouldAllBe extends BasicErrorMessageFactory {

  /**
   * {@return the message factory}
   *
   * @param pods the group
   * @param expectation e.g. {@code to be Running}
   * @param offenders one line per pod that does not meet it
   */
  public static ErrorMessageFactory shouldAllBe(
      List<?> pods, String expectation, List<String> offenders) {
    return new ShouldAllBe(pods, expectation, offenders);
  }

  /** {@return the message for pods expected to run only on nodes matching a selector} */
  public static ErrorMessageFactory shouldAllRunOnNodesMatching(
      List<?> pods, String selector, List<String> offenders) {
    return new ShouldAllBe(
        pods, "to run on a node matching:" + Lines.NL + "  " + selector, offenders);
  }

  /** {@return the message for pods expected to run only on the named nodes} */
  public static ErrorMessageFactory shouldAllRunOnNodes(
      List<?> pods, List<String> nodes, List<String> offenders) {
    return new ShouldAllBe(
        pods, "to run on one of the nodes:" + Lines.NL + "  " + nodes, offenders);
  }

  /**
   * {@return the message for pods expected to share a node (topologyKey null) or a topology domain
   * with a pod matching the selector}
   */
  public static ErrorMessageFactory shouldAllBeColocatedWith(
      List<?> pods, String selector, String topologyKey, List<String> offenders) {
    return new ShouldAllBe(
        pods,
        "to share " + domain(topologyKey) + " with a pod matching:" + Lines.NL + "  " + selector,
        offenders);
  }

  /** {@return the message for pods expected to share no node (or domain) with matching pods} */
  public static ErrorMessageFactory shouldAllBeApartFrom(
      List<?> pods, String selector, String topologyKey, List<String> offenders) {
    return new ShouldAllBe(
        pods,
        "to share no "
            + (topologyKey == null ? "node" : topologyKey + " domain")
            + " with a pod matching:"
            + Lines.NL
            + "  "
            + selector,
        offenders);
  }

  private static String domain(String topologyKey) {
    return topologyKey == null ? "a node" : "a " + topologyKey + " domain";
  }

  private ShouldAllBe(List<?> pods, String expectation, List<String> offenders) {
    super(
        "%nExpecting every pod of:%n  %s%n%s%nbut not %s:%n%s",
        pods,
        unquotedString(expectation),
        unquotedString(offenders.size() == 1 ? "this one" : "these " + offenders.size()),
        unquotedString(Lines.indented(offenders)));
  }
}
