package io.kubemu.junit;

import io.kubemu.engine.Cluster;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** Finds and sets the fields of type {@link Cluster} of a test class. */
final class ClusterFields {
  private ClusterFields() {}

  /** {@return the static ({@code statics}) or instance fields of type Cluster, superclass first} */
  static List<Field> find(Class<?> testClass, boolean statics) {
    return ReflectionSupport.findFields(
        testClass,
        f -> f.getType() == Cluster.class && Modifier.isStatic(f.getModifiers()) == statics,
        HierarchyTraversalMode.TOP_DOWN);
  }

  /** Sets the static Cluster fields of the class. */
  static void injectStatic(Class<?> testClass, Cluster cluster) {
    for (Field f : find(testClass, true)) set(f, null, cluster);
  }

  /** Sets the instance Cluster fields of the test instance. */
  static void injectInstance(Object instance, Cluster cluster) {
    for (Field f : find(instance.getClass(), false)) set(f, instance, cluster);
  }

  private static void set(Field field, Object target, Cluster cluster) {
    try {
      field.setAccessible(true);
      if (Modifier.isFinal(field.getModifiers())) {
        if (field.get(target) == cluster) return; // assigned from a constructor parameter
        throw new ExtensionConfigurationException(
            "Cluster field ["
                + field
                + "] must not be final: the kubemu extension injects the test's cluster into"
                + " fields of type Cluster. Remove 'final' and any initializer, or assign the"
                + " field from a Cluster constructor parameter.");
      }
      field.set(target, cluster);
    } catch (IllegalAccessException | RuntimeException e) {
      if (e instanceof ExtensionConfigurationException ece) throw ece;
      throw new ExtensionConfigurationException(
          "cannot inject the cluster into field [" + field + "]: " + e.getMessage(), e);
    }
  }
}
