package io.kubemu.engine.controller.nodelifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.Toleration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaintEvictionControllerTest {

  static Pod tolerating(Pod p, Long seconds) {
    List<Toleration> ts = new ArrayList<>(p.spec().tolerations());
    ts.add(new Toleration("dedicated", "Equal", "db", "NoExecute", seconds));
    return p.withSpec(p.spec().withTolerations(ts));
  }

  @Test
  void noExecuteEvictsIntolerantPodAtOnceAndToleratingPodAfterItsSeconds() {
    Cp cp = new Cp();
    cp.node("n1");
    cp.pod("default", "plain", "n1", p -> p);
    cp.pod("default", "sixty", "n1", p -> tolerating(p, 60L));
    cp.pod("default", "forever", "n1", p -> tolerating(p, null));
    cp.advanceTo(10);

    assertThat(cp.ops.taint("n1", List.of("dedicated=db:NoExecute"), false))
        .isEqualTo("node/n1 tainted");
    cp.loop.runDue();

    Pod plain = cp.pod("default", "plain");
    assertThat(plain.metadata().deletionTimestamp()).isEqualTo(cp.at(10).plusSeconds(30));
    PodCondition dt = plain.status().condition(PodCondition.DISRUPTION_TARGET);
    assertThat(dt.status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(dt.reason()).isEqualTo("DeletionByTaintManager");
    assertThat(dt.message()).isEqualTo("Taint manager: deleting due to NoExecute taint");
    assertThat(cp.pod("default", "sixty").metadata().deletionTimestamp()).isNull();

    cp.advanceTo(69);
    assertThat(cp.pod("default", "sixty").metadata().deletionTimestamp()).isNull();
    cp.advanceTo(70);
    assertThat(cp.pod("default", "sixty").metadata().deletionTimestamp()).isEqualTo(cp.at(100));
    cp.advanceTo(1000);
    assertThat(cp.pod("default", "sixty")).isNull();
    assertThat(cp.pod("default", "forever").metadata().deletionTimestamp()).isNull();
    assertThat(cp.events("TaintManagerEviction"))
        .containsExactly(
            "plain: Marking for deletion Pod default/plain",
            "sixty: Marking for deletion Pod default/sixty");
  }

  @Test
  void untaintBeforeTheTolerationEndsCancelsTheEviction() {
    Cp cp = new Cp();
    cp.node("n1");
    cp.pod("default", "sixty", "n1", p -> tolerating(p, 60L));
    cp.ops.taint("n1", List.of("dedicated=db:NoExecute"), false);
    cp.advanceTo(59);
    assertThat(cp.ops.taint("n1", List.of("dedicated:NoExecute-"), false))
        .isEqualTo("node/n1 untainted");
    cp.advanceTo(600);
    assertThat(cp.pod("default", "sixty").metadata().deletionTimestamp()).isNull();
    assertThat(cp.events("TaintManagerEviction"))
        .containsExactly("sixty: Cancelling deletion of Pod default/sixty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NoSchedule", "PreferNoSchedule"})
  void otherEffectsNeverEvict(String effect) {
    Cp cp = new Cp();
    cp.node("n1");
    cp.pod("default", "plain", "n1", p -> p);
    cp.ops.taint("n1", List.of("dedicated=db:" + effect), false);
    cp.advanceTo(3600);
    assertThat(cp.pod("default", "plain").metadata().deletionTimestamp()).isNull();
    assertThat(cp.events("TaintManagerEviction")).isEmpty();
  }

  static Stream<Arguments> minTolerations() {
    Toleration none = new Toleration("a", null, null, "NoExecute", null);
    Toleration t10 = new Toleration("a", null, null, "NoExecute", 10L);
    Toleration t20 = new Toleration("b", null, null, "NoExecute", 20L);
    Toleration neg = new Toleration("c", null, null, "NoExecute", -5L);
    return Stream.of(
        Arguments.of("no tolerations", List.of(), -1L),
        Arguments.of("no tolerationSeconds", List.of(none), -1L),
        Arguments.of("minimum", List.of(t20, none, t10), 10L),
        Arguments.of("negative counts as zero", List.of(t20, neg), 0L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("minTolerations")
  void minTolerationTime(String name, List<Toleration> ts, long expected) {
    assertThat(TaintEvictionController.minTolerationSeconds(ts)).isEqualTo(expected);
  }
}
