package io.kubemu.engine.controller.nodelifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.model.core.Node;
import io.kubemu.model.core.Taint;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NodeOperationsTest {

  static List<String> taints(Node n) {
    return n.spec().taints().stream().map(KubectlTaints::toString).toList();
  }

  @Test
  void labelNeedsOverwriteToChangeAValue() {
    Cp cp = new Cp();
    cp.node("n1");
    assertThat(cp.ops.label("n1", List.of("ssd=true"), false)).isEqualTo("node/n1 labeled");
    assertThatThrownBy(() -> cp.ops.label("n1", List.of("ssd=false"), false))
        .isInstanceOf(NodeOperationException.class)
        .hasMessage("'ssd' already has a value (true), and --overwrite is false");
    assertThat(cp.ops.label("n1", List.of("ssd=false"), true)).isEqualTo("node/n1 labeled");
    assertThat(cp.getNode("n1").metadata().label("ssd")).isEqualTo("false");
    assertThat(cp.ops.label("n1", List.of("ssd-"), false)).isEqualTo("node/n1 unlabeled");
    assertThat(cp.ops.label("n1", List.of("ssd-"), false)).isEqualTo("node/n1 not labeled");
    assertThat(cp.getNode("n1").metadata().labels()).doesNotContainKey("ssd");
  }

  static Stream<Arguments> taintCommands() {
    return Stream.of(
        Arguments.of(
            List.of("k=v:NoSchedule"),
            false,
            "node/n1 tainted",
            List.of("k=v:NoSchedule", "old=x:NoExecute")),
        Arguments.of(
            List.of("k:PreferNoSchedule"),
            false,
            "node/n1 tainted",
            List.of("k:PreferNoSchedule", "old=x:NoExecute")),
        Arguments.of(List.of("old:NoExecute-"), false, "node/n1 untainted", List.of()),
        Arguments.of(List.of("old-"), false, "node/n1 untainted", List.of()),
        Arguments.of(
            List.of("old=y:NoExecute"), true, "node/n1 modified", List.of("old=y:NoExecute")),
        Arguments.of(
            List.of("k=v:NoSchedule", "old-"),
            false,
            "node/n1 modified",
            List.of("k=v:NoSchedule")));
  }

  @ParameterizedTest(name = "{0} overwrite={1}")
  @MethodSource("taintCommands")
  void taintSyntax(List<String> args, boolean overwrite, String out, List<String> after) {
    Cp cp = new Cp();
    cp.node("n1");
    cp.ops.taint("n1", List.of("old=x:NoExecute"), false);
    assertThat(cp.ops.taint("n1", args, overwrite)).isEqualTo(out);
    assertThat(taints(cp.getNode("n1"))).containsExactlyElementsOf(after);
  }

  static Stream<Arguments> taintErrors() {
    return Stream.of(
        Arguments.of(
            List.of("old=y:NoExecute"),
            "node n1 already has old taint(s) with same effect(s) and --overwrite is false"),
        Arguments.of(
            List.of("k=v:Sometimes"), "invalid taint effect: Sometimes, unsupported taint effect"),
        Arguments.of(List.of("k=v"), "unknown taint spec: k=v"),
        Arguments.of(List.of("k=v=w:NoSchedule"), "invalid taint spec: k=v=w:NoSchedule"),
        Arguments.of(List.of("a:b:NoSchedule"), "invalid taint spec: a:b:NoSchedule"),
        Arguments.of(List.of("missing-"), "taint \"missing\" not found"),
        Arguments.of(List.of("old:NoSchedule-"), "taint \"old:NoSchedule\" not found"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("taintErrors")
  void taintErrorsAsKubectl(List<String> args, String message) {
    Cp cp = new Cp();
    cp.node("n1");
    cp.ops.taint("n1", List.of("old=x:NoExecute"), false);
    assertThatThrownBy(() -> cp.ops.taint("n1", args, false))
        .isInstanceOf(NodeOperationException.class)
        .hasMessage(message);
  }

  @Test
  void cordonSetsUnschedulableAndTheControllerAddsTheTaint() {
    Cp cp = new Cp();
    cp.node("n1");
    assertThat(cp.ops.cordon("n1")).isEqualTo("node/n1 cordoned");
    cp.loop.runDue();
    Node n = cp.getNode("n1");
    assertThat(n.spec().unschedulable()).isTrue();
    assertThat(n.spec().taints())
        .containsExactly(Taint.of(Taint.UNSCHEDULABLE, Taint.EFFECT_NO_SCHEDULE));
    assertThat(cp.ops.cordon("n1")).isEqualTo("node/n1 already cordoned");
    assertThat(cp.ops.uncordon("n1")).isEqualTo("node/n1 uncordoned");
    cp.loop.runDue();
    assertThat(cp.getNode("n1").spec().taints()).isEmpty();
    assertThat(cp.ops.uncordon("n1")).isEqualTo("node/n1 already uncordoned");
  }
}
