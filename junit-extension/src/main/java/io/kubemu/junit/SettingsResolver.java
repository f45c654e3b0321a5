package io.kubemu.junit;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest.Lifecycle;
import io.kubemu.model.core.Node;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Reads the configuration of a test's cluster: the extension's builder or the nearest {@link
 * KubemuTest @KubemuTest} (test class, then enclosing classes), plus every {@link
 * WithNode @WithNode} and {@link WithManifests @WithManifests} from the outermost class in to the
 * test method.
 */
final class SettingsResolver {
  private SettingsResolver() {}

  /** {@return the settings of the cluster whose scope is the given class or method context} */
  static Settings resolve(ExtensionContext scope, ProgrammaticConfig config) {
    List<AnnotatedElement> chain = chain(scope);
    Optional<KubemuTest> annotation = nearestKubemuTest(chain);
    if (config != null && annotation.isPresent()) {
      throw registeredTwice(scope);
    }
    ProgrammaticConfig base =
        config != null
            ? config
            : annotation.map(a -> fromAnnotation(a, scope)).orElse(ProgrammaticConfig.DEFAULTS);
    List<Node> nodes = new ArrayList<>(base.declaredNodes());
    List<ManifestSource> manifests = new ArrayList<>(base.manifests());
    for (int i = chain.size() - 1; i >= 0; i--) {
      AnnotatedElement e = chain.get(i);
      for (WithNode n : AnnotationSupport.findRepeatableAnnotations(e, WithNode.class)) {
        nodes.add(NodeDeclarations.toNode(n, describe(e)));
      }
      AnnotationSupport.findAnnotation(e, WithManifests.class)
          .ifPresent(m -> manifests.addAll(sources(m, describe(e))));
    }
    List<Consumer<Cluster.Builder>> customizers = base.customizers();
    return new Settings(
        base.seed(),
        base.start(),
        base.nodes(),
        base.strictNamespaces(),
        nodes,
        manifests,
        customizers);
  }

  /**
   * {@return PER_METHOD or PER_CLASS, the lifecycle of the clusters of a test class}
   *
   * @param classContext the context of the test class
   */
  static Lifecycle lifecycle(ExtensionContext classContext, ProgrammaticConfig config) {
    List<AnnotatedElement> chain = chain(classContext);
    Optional<KubemuTest> annotation = nearestKubemuTest(chain);
    Lifecycle declared =
        config != null
            ? config.lifecycle()
            : annotation.map(KubemuTest::lifecycle).orElse(Lifecycle.DEFAULT);
    Class<?> testClass = classContext.getRequiredTestClass();
    boolean staticFields = !ClusterFields.find(testClass, true).isEmpty();
    if (declared == Lifecycle.PER_METHOD && staticFields) {
      throw new ExtensionConfigurationException(
          "static Cluster field "
              + ClusterFields.find(testClass, true).get(0).getName()
              + " of "
              + testClass.getName()
              + " would be shared by every test, but the lifecycle is PER_METHOD. Make the field"
              + " non-static for a cluster per test, or remove lifecycle = PER_METHOD to share"
              + " one cluster per class.");
    }
    if (declared != Lifecycle.DEFAULT) return declared;
    boolean perClassInstance =
        classContext.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD)
            == TestInstance.Lifecycle.PER_CLASS;
    return perClassInstance || staticFields ? Lifecycle.PER_CLASS : Lifecycle.PER_METHOD;
  }

  /**
   * Rejects {@code @WithNode} and {@code @WithManifests} on a test method whose class shares one
   * cluster: they could not apply to it.
   */
  static void checkNoMethodSettings(Method method) {
    for (Class<? extends java.lang.annotation.Annotation> type :
        List.of(WithNode.class, WithNodes.class, WithManifests.class)) {
      if (AnnotationSupport.isAnnotated(method, type)) {
        String name = type == WithNodes.class ? "WithNode" : type.getSimpleName();
        throw new ExtensionConfigurationException(
            "@"
                + name
                + " on test method "
                + describe(method)
                + " cannot apply: the class shares one cluster (PER_CLASS lifecycle). Move it to"
                + " the class, or use @KubemuTest(lifecycle = PER_METHOD) for a cluster per"
                + " test.");
      }
    }
  }

  /**
   * {@return the annotated elements from the context outwards: method, class, enclosing classes}
   */
  static List<AnnotatedElement> chain(ExtensionContext context) {
    List<AnnotatedElement> chain = new ArrayList<>();
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      c.getElement().filter(e -> !chain.contains(e)).ifPresent(chain::add);
    }
    return chain;
  }

  private static Optional<KubemuTest> nearestKubemuTest(List<AnnotatedElement> chain) {
    for (AnnotatedElement e : chain) {
      Optional<KubemuTest> found = AnnotationSupport.findAnnotation(e, KubemuTest.class);
      if (found.isPresent()) return found;
    }
    return Optional.empty();
  }

  private static ProgrammaticConfig fromAnnotation(KubemuTest a, ExtensionContext scope) {
    if (a.nodes() < KubemuTest.AUTO_NODES) {
      throw new ExtensionConfigurationException(
          "@KubemuTest(nodes = "
              + a.nodes()
              + ") on "
              + scope.getRequiredTestClass().getName()
              + ": nodes must be >= 0 (or left out for one default node)");
    }
    Instant start;
    try {
      start = Instant.parse(a.start());
    } catch (DateTimeParseException e) {
      throw new ExtensionConfigurationException(
          "@KubemuTest(start = \""
              + a.start()
              + "\") on "
              + scope.getRequiredTestClass().getName()
              + " is not an ISO-8601 instant; write it as e.g. \""
              + Cluster.DEFAULT_START
              + "\"",
          e);
    }
    return ProgrammaticConfig.DEFAULTS.withScalars(
        a.seed(), start, a.nodes(), a.strictNamespaces(), a.lifecycle());
  }

  private static List<ManifestSource> sources(WithManifests m, String origin) {
    List<ManifestSource> list = new ArrayList<>();
    String where = "@WithManifests on " + origin;
    for (String r : m.value()) list.add(new ManifestSource(r, true, where));
    for (String f : m.files()) list.add(new ManifestSource(f, false, where));
    return list;
  }

  /** {@return the error for two registrations (or configurations) of the extension} */
  static ExtensionConfigurationException registeredTwice(ExtensionContext context) {
    return new ExtensionConfigurationException(
        "KubemuExtension is registered twice for "
            + context.getRequiredTestClass().getName()
            + ": by @KubemuTest (or @ExtendWith) and by a @RegisterExtension field, which would"
            + " create two clusters per test. Keep one: move the @KubemuTest settings to"
            + " KubemuExtension.builder(), or remove the field.");
  }

  /** {@return a class's name, or {@code Class.method()} for a method} */
  static String describe(AnnotatedElement e) {
    if (e instanceof Class<?> c) return c.getName();
    if (e instanceof Method m)
      return m.getDeclaringClass().getSimpleName() + "." + m.getName() + "()";
    return e.toString();
  }
}
