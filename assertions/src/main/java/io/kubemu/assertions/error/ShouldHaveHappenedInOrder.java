package io.kubemu.assertions.error;

import io.kubemu.assertions.internal.Milestone;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Pods did not reach a milestone (created, Ready, terminated, deleted) in the expected order. As
 * AssertJ's {@code ShouldBeSorted}, names the first offending pair and prints every pod's time.
 */
public class ShouldHaveHappenedInOrder extends BasicErrorMessageFactory {

  /**
   * {@return the message for a pod that reached the milestone before its predecessor}
   *
   * @param slice the pods' milestones in actual order, the offender marked
   */
  public static ErrorMessageFactory shouldHaveHappenedInOrder(
      Milestone milestone, List<String> expected, String early, String late, String slice) {
    return new ShouldHaveHappenedInOrder(
        milestone, expected, early + " " + milestone.past() + " before " + late, slice);
  }

  /** {@return the message for a pod that never reached the milestone} */
  public static ErrorMessageFactory shouldHaveHappened(
      Milestone milestone, List<String> expected, String missing, String slice) {
    return new ShouldHaveHappenedInOrder(
        milestone, expected, missing + " " + milestone.never(), slice);
  }

  private ShouldHaveHappenedInOrder(
      Milestone milestone, List<String> expected, String but, String slice) {
    super(
        "%nExpecting pods to have %s in this order:%n  %s%nbut %s:%n%s",
        unquotedString(milestone.expected()), expected, unquotedString(but), unquotedString(slice));
  }
}
