package io.kubemu.engine.kubectl;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ListOptions;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What every command works with: the cluster, the backend of controller-side verbs, the default
 * namespace and the directory {@code -f} paths are resolved against.
 */
record Context(Cluster cluster, KubectlBackend backend, String namespace, Path baseDirectory) {

  Instant now() {
    return cluster.now();
  }

  /** {@return the namespace a command works in: {@code -n}, else the default} */
  String namespace(Flags.Args args) {
    String ns = args.value("namespace");
    return ns == null || ns.isEmpty() ? namespace : ns;
  }

  /** {@return the store key of an object: {@code ns/name}, or {@code name} if cluster-scoped} */
  static String key(Kind kind, String namespace, String name) {
    return kind.namespaced() ? namespace + "/" + name : name;
  }

  /**
   * {@return the object}
   *
   * @throws ApiException.NotFound if there is none
   */
  KubernetesObject get(Kind kind, String namespace, String name) {
    return cluster.get(kind.type(), key(kind, namespace, name));
  }

  /** {@return the object, if there is one} */
  @SuppressWarnings("unchecked")
  Optional<KubernetesObject> find(Kind kind, String namespace, String name) {
    return (Optional<KubernetesObject>) cluster.find(kind.type(), key(kind, namespace, name));
  }

  /**
   * {@return the objects of a kind in a namespace (null: all) matching the selectors, sorted by
   * namespace and name}
   *
   * @throws ApiException.BadRequest for a bad selector
   */
  @SuppressWarnings("unchecked")
  List<KubernetesObject> list(Kind kind, String namespace, String labels, String fields) {
    ListOptions opts = new ListOptions(kind.namespaced() ? namespace : null, null, null);
    if (labels != null && !labels.isEmpty()) opts = opts.labels(labels);
    if (fields != null && !fields.isEmpty()) opts = opts.fields(fields);
    Class<KubernetesObject> type = (Class<KubernetesObject>) kind.type();
    return cluster.api().list(type, opts).items();
  }
}
