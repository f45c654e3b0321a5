package io.kubemu.junit;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A node the test's cluster starts with; repeat it for several.
 *
 * <pre>{@code
 * @KubemuTest
 * @WithNode(name = "n1", labels = "disktype=ssd", cpu = "4", memory = "8Gi")
 * @WithNode(name = "n2", taints = "dedicated=gpu:NoSchedule")
 * class PlacementTest { ... }
 * }</pre>
 *
 * <p>On a class, the node is in the cluster of every test of the class and of its {@code @Nested}
 * classes (outer classes' nodes first); on a test method, only in that test's cluster (which needs
 * the per-method lifecycle). Empty attributes leave the value to the kubelet's defaults.
 */
@Target({TYPE, METHOD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Documented
@Inherited
@Repeatable(WithNodes.class)
public @interface WithNode {

  /** The node's name. */
  String name();

  /** Labels as {@code key=value}, e.g. {@code "disktype=ssd"}; default none. */
  String[] labels() default {};

  /**
   * Taints as kubectl writes them: {@code key=value:Effect} or {@code key:Effect}, the effect one
   * of {@code NoSchedule}, {@code PreferNoSchedule}, {@code NoExecute}; default none.
   */
  String[] taints() default {};

  /** The CPU capacity, a quantity such as {@code "4"} or {@code "3500m"}; default the kubelet's. */
  String cpu() default "";

  /** The memory capacity, a quantity such as {@code "8Gi"}; default the kubelet's. */
  String memory() default "";

  /** The pods capacity; default (-1) the kubelet's. */
  int pods() default -1;

  /** Whether the node is cordoned ({@code spec.unschedulable}); default false. */
  boolean unschedulable() default false;
}
