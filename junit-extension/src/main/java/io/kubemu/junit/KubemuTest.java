package io.kubemu.junit;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.kubemu.engine.Cluster;
import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives every test a fresh in-memory {@link Cluster}: the class is run with the {@link
 * KubemuExtension}, which injects the cluster into test and lifecycle-method parameters and into
 * fields of type {@code Cluster}, and closes it after the test.
 *
 * <pre>{@code
 * @KubemuTest(nodes = 3)
 * class RolloutTest {
 *   @Test
 *   void rolls_out(Cluster cluster) {
 *     cluster.apply(Manifests.readResource("seed/manifests/nginx-v1.12.yaml"));
 *     cluster.advance(Duration.ofMinutes(1));
 *   }
 * }
 * }</pre>
 *
 * <p>More nodes are declared with {@link WithNode @WithNode}, manifests applied before each test
 * with {@link WithManifests @WithManifests}. Settings are looked up from the test class outwards
 * through its enclosing classes ({@code @Nested}); the nearest {@code @KubemuTest} wins. The
 * annotation may be used as a meta-annotation on your own composed annotation.
 *
 * <p>Clusters share nothing (each owns its clock, seeded random source and id generators), so tests
 * may run in parallel; a cluster shared by a class ({@link Lifecycle#PER_CLASS}) is not
 * thread-safe, so run such a class in {@code SAME_THREAD} mode.
 *
 * @see KubemuExtension
 */
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Documented
@Inherited
@ExtendWith(KubemuExtension.class)
public @interface KubemuTest {

  /** The {@link #nodes()} value meaning "decide for me": {@value}. */
  int AUTO_NODES = -1;

  /**
   * How many plain nodes, named {@code node-1} … {@code node-N} (capacity as the kubelet reports by
   * default), the cluster starts with, in addition to the {@link WithNode @WithNode} nodes. Default
   * {@link #AUTO_NODES}: one node, {@code node-1}, when no node is declared anywhere (no
   * {@code @WithNode}, no {@code Node} in the {@code @WithManifests} manifests), none otherwise.
   */
  int nodes() default AUTO_NODES;

  /** The seed of every random choice in the cluster (names, uids, scheduler ties); default 1. */
  long seed() default 1;

  /** The virtual start time, an ISO-8601 instant; default {@value Cluster#DEFAULT_START}. */
  String start() default Cluster.DEFAULT_START;

  /** Require namespaces to exist before objects are created in them; default false. */
  boolean strictNamespaces() default false;

  /** How long a cluster lives; default {@link Lifecycle#DEFAULT}. */
  Lifecycle lifecycle() default Lifecycle.DEFAULT;

  /** How long a cluster lives, and so which tests share it. */
  enum Lifecycle {
    /**
     * {@link #PER_CLASS} when the test class has {@code @TestInstance(PER_CLASS)} or a static field
     * of type {@code Cluster}, {@link #PER_METHOD} otherwise.
     */
    DEFAULT,
    /** A fresh cluster for every test method (every invocation of a parameterized test). */
    PER_METHOD,
    /**
     * One cluster for all the tests of a class, created before {@code @BeforeAll} and closed after
     * {@code @AfterAll}; a {@code @Nested} class gets its own.
     */
    PER_CLASS
  }
}
