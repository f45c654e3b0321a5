package io.kubemu.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static String page() {
    TimelineSnapshot snapshot = PodHistoryTest.rollout();
    return HtmlReport.render(
        snapshot,
        PodHistory.of(snapshot),
        "MyTest.rolls_out()",
        "java.lang.AssertionError: <boom>");
  }

  @Test
  void is_self_contained() {
    String html = page();

    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html)
        .doesNotContain("src=\"http", "href=\"http", "<link", "src=\"//", "@import", "<script src");
    assertThat(html).contains("<style>", "<script>", "<svg");
  }

  @Test
  void charts_pods_and_ready_pods_per_revision_as_step_lines() {
    String html = page();

    assertThat(html)
        .contains("<h2>Pods per ReplicaSet / revision</h2>")
        .contains("<h2>Ready pods per ReplicaSet / revision</h2>")
        .contains("ReplicaSet default/web-a (revision 1)")
        .contains("ReplicaSet default/web-b (revision 2)");
    // web-a in the pods chart (max 2 pods, plot 10..195 px, x 50..940 px over 20 s):
    // 2 pods from +0s, 1 pod from +15s (x = 50 + 890 * 15/20 = 717.5), to the end (940).
    assertThat(html)
        .contains(
            "<polyline data-series=\"0\" fill=\"none\" stroke-width=\"2\" stroke=\"#1f77b4\""
                + " points=\"50.0,10.0 717.5,10.0 717.5,102.5 940.0,102.5\">");
  }

  @Test
  void shows_each_pod_state_the_events_the_writes_and_the_failure_escaped() {
    String html = page();

    assertThat(html)
        .contains("<h2>Pod states</h2>")
        .contains(
            "<title>default/web-a-1 Terminating +13s to +15s (ReplicaSet default/web-a (revision"
                + " 1))</title>")
        .contains("<h2>Timeline</h2>")
        .contains("<td>deleted-final</td><td>Pod</td><td>default/web-a-1</td>")
        .contains("java.lang.AssertionError: &lt;boom&gt;")
        .doesNotContain("<boom>");
  }
}
