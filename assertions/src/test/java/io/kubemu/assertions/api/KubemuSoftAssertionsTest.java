package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.createPod;
import static io.kubemu.assertions.api.Fixtures.running;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Pod;
import org.junit.jupiter.api.Test;

class KubemuSoftAssertionsTest {

  private final Cluster cluster = Fixtures.cluster();

  @Test
  void should_collect_every_failure_navigation_included() {
    createPod(cluster, "app/web-0", "n1", "app", "web");
    createPod(cluster, "app/web-1", "n1", "app", "web");
    running(cluster, "app/web-1", false);
    KubemuSoftAssertions softly = new KubemuSoftAssertions();

    softly.assertThat(cluster).pod("app/web-0").isRunning().isScheduledOn("n1").isReady();
    softly
        .assertThat(cluster)
        .pods("app", "app=web")
        .hasSize(2)
        .areSpreadOverNodes(2)
        .onNode("n1")
        .allAreReady();
    softly.assertThat(cluster).pod("app/web-9").isRunning();
    softly
        .assertThat(cluster)
        .pod("app/web-1")
        .container("web")
        .isRunning()
        .isReady()
        .returnToPod()
        .isRunning();
    softly
        .assertThat(cluster.timeline())
        .count(Pod.class, "app=web")
        .neverExceeded(2)
        .max()
        .isEqualTo(3);

    then(softly.errorsCollected())
        // AssertJ appends where each soft assertion was made: "at Test.method(Test.java:24)"
        .extracting(e -> e.getMessage().replaceFirst("\\R+at \\S+\\(\\S+\\.java:\\d+\\)$", ""))
        .containsExactly(
            format(
                "%nExpecting pod:%n  pod/web-0 (Pending, n1)%nto have phase:%n  Running%nbut had:%n"
                    + "  Pending"),
            format(
                "%nExpecting pod:%n  pod/web-0 (Pending, n1)%nto be Ready%nbut it has no Ready"
                    + " condition"),
            format(
                "%nExpecting pods:%n  [pod/web-0 (Pending, n1), pod/web-1 (Running, n1)]%n"
                    + "to be spread over 2 nodes%nbut they were on 1 node:%n  n1: web-0, web-1"),
            format(
                "%nExpecting every pod of:%n  [pod/web-0 (Pending, n1), pod/web-1 (Running,"
                    + " n1)]%nto be Ready%nbut not these 2:%n  pod/web-0 (Pending, n1)%n  pod/web-1"
                    + " (Running, n1)"),
            format(
                "%nExpecting the cluster to have pod:%n  app/web-9%nbut it has none; pods in"
                    + " namespace \"app\" are:%n  [pod/web-0 (Pending, n1), pod/web-1 (Running,"
                    + " n1)]"),
            format("%nExpecting actual not to be null"),
            format(
                "%nExpecting container \"web\" of pod:%n  pod/web-1 (Running, n1)%nto have ready:%n"
                    + "  true%nbut had:%n  false"),
            format("[max of pods matching app=web] %nexpected: 3%n but was: 2"));
  }

  @Test
  void assertSoftly_should_report_every_failure_at_the_end() {
    createPod(cluster, "app/web-0", "n1", "app", "web");
    thenThrownBy(
            () ->
                KubemuSoftAssertions.assertSoftly(
                    softly -> {
                      softly.assertThat(cluster).pod("app/web-0").isRunning();
                      softly.assertThat(cluster).node("n1").isUnschedulable();
                    }))
        .hasMessageStartingWith(format("%nMultiple Failures (2 failures)%n-- failure 1 --"))
        .hasMessageContaining("to have phase:")
        .hasMessageContaining("-- failure 2 --")
        .hasMessageContaining("to have spec.unschedulable:");
  }

  @Test
  void should_pass_when_nothing_fails() {
    createPod(cluster, "app/web-0", "n1", "app", "web");
    KubemuSoftAssertions.assertSoftly(
        softly -> {
          softly.assertThat(cluster).pod("app/web-0").isPending().isScheduledOn("n1");
          softly.assertThat(cluster).pods("app").hasSize(1).atMostPerNode(1);
          softly.assertThat(cluster.get(Pod.class, "app/web-0")).hasLabel("app", "web");
        });
  }
}
