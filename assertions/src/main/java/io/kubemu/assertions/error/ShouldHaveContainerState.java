package io.kubemu.assertions.error;

import io.kubemu.model.core.Pod;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A container is not in the expected state (waiting, running, terminated), or is missing. */
public class ShouldHaveContainerState extends BasicErrorMessageFactory {

  /**
   * {@return the message factory}
   *
   * @param state {@code waiting}, {@code running} or {@code terminated}
   * @param reason the expected reason, or null for any
   * @param actualState the state found, as {@code kubectl describe} words it
   */
  public static ErrorMessageFactory shouldBeInState(
      Pod pod, String container, String state, String reason, String actualState) {
    return new ShouldHaveContainerState(
        "%nExpecting container %s of pod:%n  %s%nto be %s%nbut was:%n  %s",
        container,
        pod,
        unquotedString(reason == null ? state : state + " with reason " + reason),
        unquotedString(actualState));
  }

  /** {@return the message for a container name the pod does not have} */
  public static ErrorMessageFactory shouldHaveContainer(
      Pod pod, String container, List<String> names) {
    return new ShouldHaveContainerState(
        "%nExpecting pod:%n  %s%nto have a container status named:%n  %s%nbut had:%n  %s",
        pod, container, names);
  }

  private ShouldHaveContainerState(String format, Object... arguments) {
    super(format, arguments);
  }
}
