package io.kubemu.engine.scheduler.plugins.defaultpreemption;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.St;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Upstream pickOneNodeForPreemption's tie-break order (default_preemption_test.go). */
class PickOneNodeForPreemptionTest {

  static final Instant NOW = Instant.parse("2024-01-01T00:10:00Z");
  static final Pod P5_OLD =
      St.pod("a").priority(5).startTime(Instant.parse("2024-01-01T00:00:00Z")).obj();
  static final Pod P5_NEW =
      St.pod("b").priority(5).startTime(Instant.parse("2024-01-01T00:05:00Z")).obj();
  static final Pod P3 = St.pod("c").priority(3).obj();
  static final Pod P1 = St.pod("d").priority(1).obj();

  static String pick(Candidate... candidates) {
    return Evaluator.pickOneNodeForPreemption(List.of(candidates), NOW).name();
  }

  @Test
  void fewestPdbViolationsFirst() {
    assertThat(pick(new Candidate("x", List.of(P1), 1), new Candidate("y", List.of(P5_OLD), 0)))
        .isEqualTo("y");
  }

  @Test
  void thenTheLowestHighestPriorityVictim() {
    assertThat(pick(new Candidate("x", List.of(P5_OLD), 0), new Candidate("y", List.of(P3, P1), 0)))
        .isEqualTo("y");
  }

  @Test
  void thenTheLowestSumOfPrioritiesShiftedToBePositive() {
    // 3+3 vs 3+1; and one pod of 3 beats two pods of 3 and 1, as each counts 2^31 more
    assertThat(pick(new Candidate("x", List.of(P3, P3), 0), new Candidate("y", List.of(P3, P1), 0)))
        .isEqualTo("y");
    assertThat(pick(new Candidate("x", List.of(P3, P1), 0), new Candidate("y", List.of(P3), 0)))
        .isEqualTo("y");
  }

  @Test
  void thenTheLatestStartOfTheHighestPriorityVictims() {
    assertThat(pick(new Candidate("x", List.of(P5_OLD), 0), new Candidate("y", List.of(P5_NEW), 0)))
        .isEqualTo("y");
    // a victim that has not started counts as starting now: the latest
    Pod unstarted = St.pod("u").priority(5).obj();
    assertThat(
            pick(new Candidate("x", List.of(unstarted), 0), new Candidate("y", List.of(P5_NEW), 0)))
        .isEqualTo("x");
  }

  @Test
  void thenTheFirst() {
    assertThat(pick(new Candidate("x", List.of(P5_NEW), 0), new Candidate("y", List.of(P5_NEW), 0)))
        .isEqualTo("x");
  }
}
