package io.kubemu.junit;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Manifests applied to the test's cluster before the test, as {@code kubectl apply -f} would, each
 * file all or nothing.
 *
 * <pre>{@code
 * @KubemuTest
 * @WithManifests("seed/manifests/nodes-hdss7.yaml")
 * class NginxTest {
 *   @Test
 *   @WithManifests("seed/manifests/nginx-v1.12.yaml")
 *   void rolls_out(Cluster cluster) { ... }
 * }
 * }</pre>
 *
 * <p>Order: outer classes' manifests first, then the test class's, then the test method's; within
 * one annotation, {@link #value()} before {@link #files()}. Manifests on a test method need the
 * per-method lifecycle. Virtual time does not move: the cluster is at its start time, settled.
 */
@Target({TYPE, METHOD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Documented
@Inherited
public @interface WithManifests {

  /** Classpath resources, e.g. {@code "seed/manifests/nginx-v1.12.yaml"}; default none. */
  String[] value() default {};

  /** Files, absolute or relative to the working directory; default none. */
  String[] files() default {};
}
