package io.kubemu.engine.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchedulingAlgorithmTest {

  // upstream schedule_one_test.go TestNumFeasibleNodesToFind, row for row
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "null",
      value = {
        "not set percentageOfNodesToScore and nodes number not more than 50, null, 0, 10, 10",
        "set profile percentageOfNodesToScore and nodes number not more than 50, 40, 0, 10, 10",
        "not set percentageOfNodesToScore and nodes number more than 50, null, 0, 1000, 420",
        "set profile percentageOfNodesToScore and nodes number more than 50, 40, 0, 1000, 400",
        "set global and profile percentageOfNodesToScore and nodes number more than 50, 40, 100,"
            + " 1000, 400",
        "set global percentageOfNodesToScore and nodes number more than 50, null, 40, 1000, 400",
        "not set profile percentageOfNodesToScore and nodes number more than 50*125, null, 0,"
            + " 6000, 300",
        "set profile percentageOfNodesToScore and nodes number more than 50*125, 40, 0, 6000,"
            + " 2400",
      })
  void numFeasibleNodesToFind(
      String name, Integer profilePercentage, int globalPercentage, int numAllNodes, int want) {
    SchedulingAlgorithm a = new SchedulingAlgorithm(globalPercentage, new Random(1));
    assertThat(a.numFeasibleNodesToFind(profilePercentage, numAllNodes)).isEqualTo(want);
  }

  @Test
  void numFeasibleNodesToFindNeverGoesBelowAHundredNorFivePercent() {
    SchedulingAlgorithm a = new SchedulingAlgorithm(0, new Random(1));
    assertThat(a.numFeasibleNodesToFind(null, 99)).isEqualTo(99);
    assertThat(a.numFeasibleNodesToFind(null, 150)).isEqualTo(100); // 49% of 150 is 73: raised
    assertThat(a.numFeasibleNodesToFind(null, 5000)).isEqualTo(500); // 10%
    assertThat(a.numFeasibleNodesToFind(null, 10000)).isEqualTo(500); // floor at 5%
    assertThat(a.numFeasibleNodesToFind(1, 1000)).isEqualTo(100);
  }

  private static ScoreTable table(long... totals) {
    List<String> nodes = new ArrayList<>();
    for (int i = 0; i < totals.length; i++) nodes.add("n" + i);
    return new ScoreTable(List.of(), new int[0], nodes, new long[0][], new long[0][], totals);
  }

  @Test
  void selectHostPicksTheHighestScore() {
    assertThat(SchedulingAlgorithm.selectHost(table(1, 5, 3), new Random(7))).isEqualTo("n1");
  }

  @Test
  void selectHostBreaksTiesUniformlyAndDeterministicallyForASeed() {
    ScoreTable t = table(10, 3, 10, 10, 9);
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    Random r1 = new Random(42);
    Random r2 = new Random(42);
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < 3000; i++) {
      String a = SchedulingAlgorithm.selectHost(t, r1);
      first.add(a);
      second.add(SchedulingAlgorithm.selectHost(t, r2));
      counts.merge(a, 1, Integer::sum);
    }
    assertThat(first).isEqualTo(second);
    assertThat(counts).containsOnlyKeys("n0", "n2", "n3");
    assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(850, 1150));
  }
}
