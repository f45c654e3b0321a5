package io.kubemu.junit;

import static io.kubemu.dsl.Kubemu.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

class ParallelExecutionTest {

  static final Map<String, String> TIMELINES = new ConcurrentHashMap<>();
  static final Map<String, Cluster> CLUSTERS = new ConcurrentHashMap<>();
  static final Map<String, String> THREADS = new ConcurrentHashMap<>();

  @KubemuTest(nodes = 3, seed = 11)
  @Execution(ExecutionMode.CONCURRENT)
  @Scenario
  static class Concurrent {
    @RepeatedTest(8)
    void same_work(org.junit.jupiter.api.RepetitionInfo info, Cluster cluster) {
      for (int i = 0; i < 20; i++) {
        cluster.apply(configMap("cm-" + i).namespace("app").data("i", Integer.toString(i)));
        cluster.advance(Duration.ofSeconds(1));
      }
      String key = "run-" + info.getCurrentRepetition();
      CLUSTERS.put(key, cluster);
      THREADS.put(key, Thread.currentThread().getName());
      List<String> uids = new ArrayList<>();
      for (Node n : cluster.list(Node.class)) uids.add(n.metadata().uid());
      for (ConfigMap c : cluster.list(ConfigMap.class, "app")) uids.add(c.metadata().uid());
      TIMELINES.put(key, cluster.timeline().render() + "\n" + uids);
    }
  }

  @Test
  void tests_run_in_parallel_each_with_its_own_cluster_and_the_same_result() {
    TIMELINES.clear();
    CLUSTERS.clear();
    THREADS.clear();

    Scenarios.run(
            Concurrent.class,
            "junit.jupiter.execution.parallel.enabled",
            "true",
            "junit.jupiter.execution.parallel.mode.default",
            "concurrent",
            "junit.jupiter.execution.parallel.config.strategy",
            "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism",
            "4")
        .testEvents()
        .assertStatistics(s -> s.started(8).succeeded(8));

    assertThat(CLUSTERS).hasSize(8);
    assertThat(CLUSTERS.values()).doesNotHaveDuplicates();
    assertThat(CLUSTERS.values()).allSatisfy(c -> assertThat(c.isClosed()).isTrue());
    assertThat(TIMELINES.values()).containsOnly(TIMELINES.get("run-1"));
    assertThat(TIMELINES.get("run-1")).contains("create ConfigMap app/cm-19");
    assertThat(THREADS.values())
        .as("run by the parallel executor's workers")
        .doesNotContain(Thread.currentThread().getName());
  }
}
