package io.kubemu.junit;

import static io.kubemu.junit.Fixtures.replicaSetRevision;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Pod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

class FailureReportTest {

  private static final String CLASS_DIR = "io.kubemu.junit.FailureReportTest$Failing";

  @KubemuTest
  @Scenario
  static class Failing {
    @Test
    void rollout_is_incomplete(Cluster cluster) {
      cluster.apply(replicaSetRevision("web-5d8f7c9b4", 1, 1));
      cluster.advance(Duration.ofSeconds(10));
      assertThat(cluster.list(Pod.class).size()).as("pods").isEqualTo(42);
    }

    @Test
    void throws_an_exception(Cluster cluster) {
      throw new IllegalStateException("boom");
    }

    @Test
    void passes(Cluster cluster) {}

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void parameterized(int n, Cluster cluster) {
      assertThat(n).isEqualTo(1);
    }
  }

  @TempDir Path reports;

  private EngineExecutionResults run(String... more) {
    String[] params = new String[2 + more.length];
    params[0] = KubemuExtension.REPORTS_DIR;
    params[1] = reports.toString();
    System.arraycopy(more, 0, params, 2, more.length);
    return Scenarios.run(Failing.class, params);
  }

  private static Throwable failureOf(EngineExecutionResults results, String method) {
    return results
        .testEvents()
        .failed()
        .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(method))
        .findFirst()
        .orElseThrow()
        .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
        .getThrowable()
        .orElseThrow();
  }

  private static List<Map<String, String>> reportEntries(EngineExecutionResults results) {
    return results
        .testEvents()
        .reportingEntryPublished()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .toList();
  }

  @Test
  void the_failure_message_ends_with_the_timeline_and_keeps_the_original() {
    EngineExecutionResults results = run();

    Throwable failure = failureOf(results, "rollout_is_incomplete");
    String report = reports.resolve(CLASS_DIR).resolve("rollout_is_incomplete.html").toString();
    assertThat(failure)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("[pods] \nexpected: 42\n but was: 1\n\n")
        .hasMessageContaining(
            "\n\nkubemu timeline of Failing.rollout_is_incomplete(): virtual time"
                + " 2026-01-01T00:00:00Z to 2026-01-01T00:00:10Z (+10s), ")
        .hasMessageContaining("\nHTML report: " + report + "\n")
        .hasMessageContaining("\n  ReplicaSet default/web-5d8f7c9b4 (revision 1): +0s 1/0")
        .hasMessageContaining("create Pod default/web-5d8f7c9b4-");
    assertThat(failure.getCause())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage("[pods] \nexpected: 42\n but was: 1");
    AssertionFailedError afe = (AssertionFailedError) failure;
    AssertionFailedError original = (AssertionFailedError) failure.getCause();
    assertThat(afe.getExpected()).isSameAs(original.getExpected());
    assertThat(afe.getActual()).isSameAs(original.getActual());
    assertThat(afe.getExpected().getStringRepresentation()).isEqualTo("42");
    assertThat(failure.getStackTrace()).isEqualTo(failure.getCause().getStackTrace());
  }

  @Test
  void other_exceptions_keep_their_type_and_carry_the_timeline_as_suppressed() {
    Throwable failure = failureOf(run(), "throws_an_exception");

    assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    assertThat(failure.getSuppressed()).hasSize(1);
    assertThat(failure.getSuppressed()[0])
        .isInstanceOf(Failures.KubemuTimeline.class)
        .hasMessageStartingWith("kubemu timeline of Failing.throws_an_exception():");
  }

  @Test
  void a_failed_test_publishes_its_timeline_and_writes_an_html_report() throws IOException {
    EngineExecutionResults results = run();

    Path file = reports.resolve(CLASS_DIR).resolve("rollout_is_incomplete.html");
    assertThat(reportEntries(results))
        .anySatisfy(
            entry -> {
              assertThat(entry).containsEntry("kubemu.report", file.toString());
              assertThat(entry.get("kubemu.timeline"))
                  .startsWith("kubemu timeline of Failing.rollout_is_incomplete(): virtual time")
                  .contains("ReplicaSet default/web-5d8f7c9b4 (revision 1)");
            });
    String html = Files.readString(file);
    assertThat(html)
        .contains("<title>kubemu report: Failing.rollout_is_incomplete()</title>")
        .contains("<h2>Pods per ReplicaSet / revision</h2>")
        .contains("ReplicaSet default/web-5d8f7c9b4 (revision 1)")
        .contains("<svg class=\"chart\" data-chart=\"ready\"")
        .contains("expected: 42")
        .doesNotContain("kubemu timeline of");
  }

  @Test
  void passing_tests_leave_no_report_and_invocations_get_their_own_file() {
    EngineExecutionResults results = run();

    results.testEvents().assertStatistics(s -> s.started(5).succeeded(2).failed(3));
    assertThat(reportEntries(results)).hasSize(3);
    assertThat(reports.resolve(CLASS_DIR).resolve("passes.html")).doesNotExist();
    assertThat(reports.resolve(CLASS_DIR).resolve("parameterized[1].html")).doesNotExist();
    assertThat(reports.resolve(CLASS_DIR).resolve("parameterized[2].html")).exists();
  }

  @Test
  void the_appended_timeline_is_capped_and_can_be_turned_off() {
    Throwable capped =
        failureOf(run(KubemuExtension.TIMELINE_MAX_CHARS, "200"), "rollout_is_incomplete");
    Throwable off =
        failureOf(run(KubemuExtension.TIMELINE_MAX_CHARS, "0"), "rollout_is_incomplete");

    String original = "[pods] \nexpected: 42\n but was: 1";
    assertThat(capped.getMessage().length()).isLessThanOrEqualTo(original.length() + 2 + 200);
    assertThat(capped)
        .hasMessageEndingWith("… (cut at 200 characters; the HTML report has everything)");
    assertThat(off).hasMessage(original).hasNoCause();
  }
}
