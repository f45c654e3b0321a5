package io.kubemu.model.apps;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.HasStatus;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.batch.Job;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.policy.PodDisruptionBudget;
import io.kubemu.model.storage.StorageClass;
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

/** The CONTRIBUTING rules for model records, on every record of apps, batch, policy, storage. */
class WorkloadModelConventionsTest {

  private static final Map<String, String> API_VERSIONS =
      Map.of(
          "io.kubemu.model.apps", "apps/v1",
          "io.kubemu.model.batch", "batch/v1",
          "io.kubemu.model.policy", "policy/v1",
          "io.kubemu.model.storage", "storage.k8s.io/v1");

  static Stream<Class<?>> records() throws URISyntaxException {
    File root =
        new File(Deployment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Stream.<Class<?>>of(
            Deployment.class, Job.class, PodDisruptionBudget.class, StorageClass.class)
        .map(Class::getPackageName)
        .flatMap(
            pkg ->
                Arrays.stream(Objects.requireNonNull(new File(root, pkg.replace('.', '/')).list()))
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .sorted()
                    .<Class<?>>map(f -> load(pkg + "." + f.replace(".class", ""))))
        .filter(Class::isRecord);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void allNullsGiveEmptyCollectionsAndNoGetters(Class<?> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Object empty = canonical(type).newInstance(new Object[components.length]);

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
    Object empty = canonical(type).newInstance(new Object[type.getRecordComponents().length]);
    KubernetesObject object = (KubernetesObject) empty;

    assertThat(object.metadata()).isSameAs(ObjectMeta.EMPTY);
    assertThat(object.apiVersion()).isEqualTo(API_VERSIONS.get(type.getPackageName()));
    assertThat(object.kind()).isEqualTo(type.getSimpleName());
    assertThat(type.getField("API_VERSION").get(null)).isEqualTo(object.apiVersion());
    assertThat(type.getField("KIND").get(null)).isEqualTo(object.kind());
    assertThat(object.withMetadata(ObjectMeta.named("x")).metadata().name()).isEqualTo("x");
    assertThat(type.getMethod("withMetadata", ObjectMeta.class).getReturnType()).isEqualTo(type);
    if (object instanceof HasStatus<?>) {
      Class<?> statusType = type.getMethod("status").getReturnType();
      assertThat(type.getMethod("withStatus", statusType).getReturnType()).isEqualTo(type);
      assertThat(type.getMethod("withSpec", type.getMethod("spec").getReturnType()).getReturnType())
          .isEqualTo(type);
    }
  }

  private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
    return type.getDeclaredConstructor(
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new));
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
