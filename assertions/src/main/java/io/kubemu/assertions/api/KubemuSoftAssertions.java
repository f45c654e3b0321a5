package io.kubemu.assertions.api;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions over a cluster: failures are collected and reported together by {@link
 * #assertAll()}, as AssertJ's {@code SoftAssertions} does, navigation included.
 *
 * <pre><code class='java'>KubemuSoftAssertions.assertSoftly(softly -&gt; {
 *   softly.assertThat(cluster).pod("app/web-0").isRunning().isReady();
 *   softly.assertThat(cluster).pods("app", "app=web").hasSize(3).areSpreadOverNodes(3);
 * });
 * // Multiple Failures (2 failures) -- failure 1 -- ... -- failure 2 -- ...</code></pre>
 *
 * <p>Also usable with AssertJ's {@code SoftAssertionsExtension} ({@code @InjectSoftAssertions}).
 * Not thread-safe; one instance per test.
 */
public class KubemuSoftAssertions extends AbstractSoftAssertions
    implements KubemuSoftAssertionsProvider {

  /** New soft assertions with no failure collected. */
  public KubemuSoftAssertions() {}

  /**
   * Runs the assertions softly, then fails with every failure collected.
   *
   * @throws AssertionError (AssertJ's multiple-failures error) if any assertion failed
   */
  public static void assertSoftly(Consumer<KubemuSoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(KubemuSoftAssertions.class, softly);
  }
}
