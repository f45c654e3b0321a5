package io.kubemu.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.HasStatus;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.ObjectMeta;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CONTRIBUTING rules for model records, checked on every record of the package. */
class ModelConventionsTest {

  static Stream<Class<?>> records() throws URISyntaxException {
    File dir = new File(Pod.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    File pkg = new File(dir, Pod.class.getPackageName().replace('.', '/'));
    return Arrays.stream(Objects.requireNonNull(pkg.list()))
        .filter(f -> f.endsWith(".class") && !f.contains("$"))
        .sorted()
        .<Class<?>>map(f -> load(Pod.class.getPackageName() + "." + f.replace(".class", "")))
        .filter(Class::isRecord);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void allNullsGiveEmptyCollectionsAndNoGetters(Class<?> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Constructor<?> canonical =
        type.getDeclaredConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    Object empty = canonical.newInstance(new Object[components.length]);

    for (RecordComponent c : components) {
      assertThat(c.getType().isPrimitive()).as("%s is boxed", c.getName()).isFalse();
      Object value = c.getAccessor().invoke(empty);
      if (c.getType() == List.class) assertThat((List<?>) value).as(c.getName()).isEmpty();
      if (c.getType() == Map.class) assertThat((Map<?, ?>) value).as(c.getName()).isEmpty();
    }
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) continue;
      assertThat(m.getName()).as("Jackson would serialise %s", m).doesNotStartWith("get");
      assertThat(m.getName().matches("is[A-Z].*")).as("Jackson would serialise %s", m).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void topLevelKindsNeverHaveNullMetadataAndDeriveTheirOwnType(Class<?> type) throws Exception {
    if (!KubernetesObject.class.isAssignableFrom(type)) return;
    RecordComponent[] components = type.getRecordComponents();
    Object empty =
        type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
            .newInstance(new Object[components.length]);
    KubernetesObject object = (KubernetesObject) empty;

    assertThat(object.metadata()).isSameAs(ObjectMeta.EMPTY);
    assertThat(object.apiVersion()).isEqualTo("v1");
    assertThat(object.kind()).isEqualTo(type.getSimpleName());
    assertThat(object.withMetadata(ObjectMeta.named("x"))).isInstanceOf(type);
    assertThat(type.getMethod("withMetadata", ObjectMeta.class).getReturnType()).isEqualTo(type);
    if (object instanceof HasStatus<?>) {
      Class<?> statusType = type.getMethod("status").getReturnType();
      assertThat(type.getMethod("withStatus", statusType).getReturnType()).isEqualTo(type);
      assertThat(type.getMethod("withSpec", type.getMethod("spec").getReturnType()).getReturnType())
          .isEqualTo(type);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
