package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldHaveRolloutHistory.shouldHaveRolloutHistory;

import io.kubemu.assertions.internal.Lines;
import io.kubemu.engine.controller.deployment.RolloutHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a Deployment's rollout history, as {@code kubectl rollout history} lists it: its
 * revisions, each revision's change-cause and images, and the current (highest) revision. Reached
 * with {@link DeploymentAssert#rolloutHistory()} or {@link
 * KubemuAssertions#assertThat(RolloutHistory)} on {@code cluster.rollout().history(key)}. Failure
 * messages print the whole history.
 *
 * <pre><code class='java'>assertThat(cluster).deployment("app/nginx-deploy").rolloutHistory()
 *     .hasRevisions(1, 2, 4, 5)
 *     .hasCurrentRevision(5)
 *     .hasImages(5, "harbor.od.com/public/nginx:v1.14")
 *     .hasChangeCause(5, "kubectl apply --filename=seed/manifests/nginx-v1.14.yaml --record=true");</code>
 * </pre>
 */
public class RolloutHistoryAssert
    extends AbstractObjectAssert<RolloutHistoryAssert, RolloutHistory> {

  /** An assert on a rollout history (public for soft-assertion proxies). */
  public RolloutHistoryAssert(RolloutHistory actual) {
    super(actual, RolloutHistoryAssert.class);
  }

  /** {@return an assert made soft when {@code nav} is} */
  static RolloutHistoryAssert of(Nav nav, RolloutHistory history) {
    return nav.soft == null
        ? new RolloutHistoryAssert(history)
        : nav.soft.proxy(RolloutHistoryAssert.class, RolloutHistory.class, history);
  }

  /**
   * Verifies the revision numbers, lowest first.
   *
   * <pre><code class='java'>// passes after the seed's undo from revision 4: revision 3 became 5
   * assertThat(history).hasRevisions(1, 2, 4, 5);
   * // fails before the undo, printing the history</code></pre>
   */
  public RolloutHistoryAssert hasRevisions(long... expected) {
    isNotNull();
    List<Long> want = Arrays.stream(expected).boxed().toList();
    if (!want.equals(actual.numbers())) fail("revisions", want, actual.numbers());
    return myself;
  }

  /**
   * Verifies the current revision: the highest, the one the Deployment's pods run.
   *
   * <pre><code class='java'>assertThat(history).hasCurrentRevision(5);</code></pre>
   */
  public RolloutHistoryAssert hasCurrentRevision(long expected) {
    isNotNull();
    Long current = actual.current().map(RolloutHistory.Revision::revision).orElse(null);
    if (!Objects.equals(current, expected)) {
      fail("current revision", expected, current == null ? "<none>" : current);
    }
    return myself;
  }

  /**
   * Verifies a revision's {@code kubernetes.io/change-cause} (null: none recorded).
   *
   * <pre>
   * <code class='java'>assertThat(history).hasChangeCause(2, "kubectl apply --filename=nginx-v1.13.yaml --record=true");</code>
   * </pre>
   */
  public RolloutHistoryAssert hasChangeCause(long revision, String expected) {
    RolloutHistory.Revision r = revision(revision);
    if (!Objects.equals(expected, r.changeCause())) {
      fail("change-cause of revision " + revision, quote(expected), quote(r.changeCause()));
    }
    return myself;
  }

  /**
   * Verifies every revision's change-cause, in revision order ({@code <none>}: none recorded).
   *
   * <pre>
   * <code class='java'>assertThat(history).hasChangeCauses("kubectl apply ... nginx-v1.12.yaml ...", "&lt;none&gt;");</code>
   * </pre>
   */
  public RolloutHistoryAssert hasChangeCauses(String... expected) {
    isNotNull();
    List<String> causes = new ArrayList<>();
    for (RolloutHistory.Revision r : actual.revisions()) {
      causes.add(r.changeCause() == null || r.changeCause().isEmpty() ? "<none>" : r.changeCause());
    }
    if (!causes.equals(List.of(expected))) fail("change-causes", List.of(expected), causes);
    return myself;
  }

  /**
   * Verifies the images of a revision's pod template, in container order.
   *
   * <pre>
   * <code class='java'>assertThat(history).hasImages(4, "harbor.od.com/public/nginx:v1.15");</code>
   * </pre>
   */
  public RolloutHistoryAssert hasImages(long revision, String... expected) {
    RolloutHistory.Revision r = revision(revision);
    if (!r.images().equals(List.of(expected))) {
      fail("images of revision " + revision, List.of(expected), r.images());
    }
    return myself;
  }

  /**
   * Verifies which ReplicaSet holds a revision: after an undo the old ReplicaSet (same
   * pod-template-hash) gets the new revision.
   */
  public RolloutHistoryAssert hasReplicaSet(long revision, String expected) {
    RolloutHistory.Revision r = revision(revision);
    if (!Objects.equals(expected, r.replicaSet())) {
      fail("ReplicaSet of revision " + revision, expected, r.replicaSet());
    }
    return myself;
  }

  private RolloutHistory.Revision revision(long number) {
    isNotNull();
    RolloutHistory.Revision r = actual.revision(number).orElse(null);
    if (r == null) fail("revision", number, "revisions " + actual.numbers());
    return r;
  }

  private void fail(String property, Object expected, Object found) {
    throwAssertionError(
        shouldHaveRolloutHistory(actual.deployment(), property, expected, found, table(actual)));
  }

  private static String quote(String s) {
    return s == null ? "<none>" : "\"" + s + "\"";
  }

  /** {@return the history as a table: REVISION, REPLICASET, IMAGES, CHANGE-CAUSE, indented} */
  static String table(RolloutHistory h) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"REVISION", "REPLICASET", "IMAGES", "CHANGE-CAUSE"});
    for (RolloutHistory.Revision r : h.revisions()) {
      rows.add(
          new String[] {
            Long.toString(r.revision()),
            r.replicaSet(),
            String.join(",", r.images()),
            r.changeCause() == null || r.changeCause().isEmpty() ? "<none>" : r.changeCause()
          });
    }
    int[] widths = new int[4];
    for (String[] row : rows) {
      for (int c = 0; c < 4; c++) widths[c] = Math.max(widths[c], row[c].length());
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < 3; c++)
        b.append(row[c]).append(" ".repeat(widths[c] - row[c].length() + 2));
      lines.add(b.append(row[3]).toString());
    }
    if (h.revisions().isEmpty()) lines.add("(no revisions)");
    return Lines.indented(lines);
  }
}
