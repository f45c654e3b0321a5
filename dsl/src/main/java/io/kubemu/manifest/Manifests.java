package io.kubemu.manifest;

import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes Kubernetes manifests (YAML or JSON, one or many documents) as model records.
 *
 * <pre>{@code
 * List<KubernetesObject> objects = Manifests.read(Path.of("nginx-v1.12.yaml"));
 * Deployment web = Manifests.readOne(yaml, Deployment.class);
 * String back = Manifests.toYaml(web);             // what kubectl apply accepts
 *
 * ManifestResult lenient =                         // kubectl apply --validate=warn
 *     Manifests.reader(ManifestOptions.DEFAULTS.withValidation(Validation.WARN)).read(yaml);
 * lenient.warnings();                              // unknown and duplicate fields
 * }</pre>
 *
 * <p>Reading follows {@code kubectl apply}: the record is chosen by {@code apiVersion} and {@code
 * kind} (older apiVersions such as {@code batch/v1beta1} CronJob or {@code extensions/v1beta1}
 * Deployment are accepted and yield the current record); empty documents are skipped; a {@code
 * kind: List} stands for its {@code items}; unknown and duplicate fields are errors (kubectl's
 * {@code --validate=strict}; see {@link ManifestOptions} for warn and ignore, and for the bounds on
 * aliases, nesting and size that make hostile input fail fast). Errors are {@link
 * ManifestException}s naming the source, document, object, line, column and field path.
 *
 * <p>YAML is read as Kubernetes reads it (go-yaml v2, YAML 1.1 scalars): unquoted {@code yes},
 * {@code no}, {@code on}, {@code off}, {@code y}, {@code n}, {@code true}, {@code false} (and their
 * capitalised forms) are booleans, so in a string field such as a label value they are an error,
 * exactly as {@code kubectl apply} says: {@code json: cannot unmarshal bool into Go struct field
 * ObjectMeta.metadata.labels of type string}. Quote them ({@code "on"}). Likewise {@code 1.10}
 * unquoted is a number. Written YAML quotes every such string.
 *
 * <p>All methods are thread-safe.
 */
public final class Manifests {
  private Manifests() {}

  private static final ManifestReader STRICT = new ManifestReader(ManifestOptions.DEFAULTS);

  /** {@return a reader with the given options} */
  public static ManifestReader reader(ManifestOptions options) {
    return new ManifestReader(options);
  }

  /** {@return the objects in a YAML or JSON string, in document order} */
  public static List<KubernetesObject> read(String text) {
    return STRICT.read(text).objects();
  }

  /** {@return the objects in a file, in document order} */
  public static List<KubernetesObject> read(Path path) {
    return STRICT.read(path).objects();
  }

  /** {@return the objects in a UTF-8 stream (not closed here), in document order} */
  public static List<KubernetesObject> read(InputStream in, String sourceName) {
    return STRICT.read(in, sourceName).objects();
  }

  /** {@return the objects in a classpath resource, e.g. {@code seed/manifests/job.yaml}} */
  public static List<KubernetesObject> readResource(String resource) {
    return STRICT.readResource(resource).objects();
  }

  /** {@return the one object in the text, which must be a {@code type}} */
  public static <T extends KubernetesObject> T readOne(String text, Class<T> type) {
    return one(read(text), type, "<string>");
  }

  /** {@return the one object in the file, which must be a {@code type}} */
  public static <T extends KubernetesObject> T readOne(Path path, Class<T> type) {
    return one(read(path), type, path.toString());
  }

  /** {@return the one object in the classpath resource, which must be a {@code type}} */
  public static <T extends KubernetesObject> T readOneResource(String resource, Class<T> type) {
    return one(readResource(resource), type, resource);
  }

  /** {@return the object as YAML, without a {@code ---} line} */
  public static String toYaml(KubernetesObject object) {
    return ManifestWriter.yaml(object, false);
  }

  /** {@return the object as YAML, starting with a {@code ---} line if asked} */
  public static String toYaml(KubernetesObject object, boolean documentStartMarker) {
    return ManifestWriter.yaml(object, documentStartMarker);
  }

  /** {@return the objects as a multi-document YAML stream, separated by {@code ---} lines} */
  public static String toYaml(List<? extends KubernetesObject> objects) {
    return ManifestWriter.yaml(objects);
  }

  /** {@return the object as indented JSON} */
  public static String toJson(KubernetesObject object) {
    return ManifestWriter.json(object);
  }

  /** {@return the objects as an indented JSON {@code v1 List}, as kubectl prints several} */
  public static String toJson(List<? extends KubernetesObject> objects) {
    return ManifestWriter.json(objects);
  }

  private static <T extends KubernetesObject> T one(
      List<KubernetesObject> objects, Class<T> type, String source) {
    String wanted = Kinds.of(type).kind();
    if (objects.size() != 1) {
      throw new ManifestException(
          source,
          0,
          null,
          null,
          null,
          "expected one " + wanted + ", found " + objects.size() + " objects",
          null);
    }
    KubernetesObject o = objects.get(0);
    if (!type.isInstance(o)) {
      throw new ManifestException(
          source,
          1,
          o.kind() + " \"" + o.metadata().name() + "\"",
          null,
          null,
          "expected a " + wanted + ", found a " + o.kind(),
          null);
    }
    return type.cast(o);
  }
}
