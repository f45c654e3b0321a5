package io.kubemu.assertions.error;

import io.kubemu.assertions.internal.Lines;
import io.kubemu.assertions.internal.PodStates;
import io.kubemu.model.core.Pod;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A pod is not in the expected phase; the containers' states say why. */
public class ShouldHavePhase extends BasicErrorMessageFactory {

  /** {@return the message factory} */
  public static ErrorMessageFactory shouldHavePhase(Pod actual, String expectedPhase) {
    return new ShouldHavePhase(actual, expectedPhase);
  }

  private ShouldHavePhase(Pod actual, String expectedPhase) {
    super(
        "%nExpecting pod:%n  %s%nto have phase:%n  %s%nbut had:%n  %s%s",
        actual,
        unquotedString(expectedPhase),
        unquotedString(PodStates.phase(actual) == null ? "<none>" : PodStates.phase(actual)),
        unquotedString(containers(actual)));
  }

  static String containers(Pod pod) {
    List<String> lines = PodStates.containerLines(pod);
    return lines.isEmpty() ? "" : Lines.NL + "containers:" + Lines.NL + Lines.indented(lines);
  }
}
