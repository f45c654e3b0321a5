package io.kubemu.assertions.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A Deployment's rollout history (its ReplicaSets' revisions) is not the expected one. The message
 * prints the whole history: revision, ReplicaSet, images and change-cause.
 */
public class ShouldHaveRolloutHistory extends BasicErrorMessageFactory {

  /**
   * {@return the message factory}
   *
   * @param deployment the Deployment's name
   * @param property e.g. {@code revisions}, {@code change-cause of revision 2}
   * @param expected printed as is
   * @param actual printed as is
   * @param history the history as a table
   */
  public static ErrorMessageFactory shouldHaveRolloutHistory(
      String deployment, String property, Object expected, Object actual, String history) {
    return new ShouldHaveRolloutHistory(deployment, property, expected, actual, history);
  }

  private ShouldHaveRolloutHistory(
      String deployment, String property, Object expected, Object actual, String history) {
    super(
        "%nExpecting the rollout history of deployment %s%nto have %s:%n  %s%nbut had:%n  %s%n"
            + "in:%n%s",
        unquotedString("\"" + deployment + "\""),
        unquotedString(property),
        unquotedString(String.valueOf(expected)),
        unquotedString(String.valueOf(actual)),
        unquotedString(history));
  }
}
