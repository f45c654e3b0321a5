package io.kubemu.engine.kubectl;

import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resource type names as kubectl resolves them through discovery (v1.30): plural ({@code
 * deployments}), singular ({@code deployment}), short names ({@code deploy}), each optionally
 * qualified by the group ({@code deployments.apps}), and the {@code all} category. Stateless.
 */
public final class ResourceTypes {
  private ResourceTypes() {}

  // the short names the API server advertises in discovery
  private static final Map<String, String> SHORT_NAMES =
      Map.ofEntries(
          Map.entry("po", "pods"),
          Map.entry("svc", "services"),
          Map.entry("ep", "endpoints"),
          Map.entry("pvc", "persistentvolumeclaims"),
          Map.entry("pv", "persistentvolumes"),
          Map.entry("no", "nodes"),
          Map.entry("ns", "namespaces"),
          Map.entry("cm", "configmaps"),
          Map.entry("ev", "events"),
          Map.entry("deploy", "deployments"),
          Map.entry("rs", "replicasets"),
          Map.entry("ds", "daemonsets"),
          Map.entry("sts", "statefulsets"),
          Map.entry("cj", "cronjobs"),
          Map.entry("pdb", "poddisruptionbudgets"),
          Map.entry("sc", "storageclasses"));

  /** The {@code all} category, in discovery order. */
  private static final List<String> ALL =
      List.of(
          "pods",
          "services",
          "daemonsets",
          "deployments",
          "replicasets",
          "statefulsets",
          "cronjobs",
          "jobs");

  /**
   * {@return the kinds a resource argument names: one kind, or the kinds of {@code all}}
   *
   * @throws KubectlException {@code the server doesn't have a resource type "x"}
   */
  public static List<Kind> resolveAll(String resource) {
    String r = resource.toLowerCase(Locale.ROOT);
    if (r.equals("all")) {
      List<Kind> out = new ArrayList<>();
      for (String plural : ALL) out.add(resolve(plural));
      return out;
    }
    return List.of(resolve(r));
  }

  /**
   * {@return the kind a resource name names}
   *
   * @throws KubectlException {@code the server doesn't have a resource type "x"}
   */
  public static Kind resolve(String resource) {
    String r = resource.toLowerCase(Locale.ROOT);
    String group = null;
    int dot = r.indexOf('.');
    if (dot > 0) {
      group = r.substring(dot + 1);
      r = r.substring(0, dot);
    }
    String plural = SHORT_NAMES.getOrDefault(r, r);
    for (Kind k : Kinds.all()) {
      boolean named = k.plural().equals(plural) || k.kind().toLowerCase(Locale.ROOT).equals(plural);
      if (named && (group == null || groupMatches(k, group))) return k;
    }
    throw KubectlException.error("the server doesn't have a resource type \"" + resource + "\"");
  }

  private static boolean groupMatches(Kind k, String group) {
    // "deployments.apps" and "deployments.v1.apps" both name apps/v1 deployments
    return k.group().equals(group) || (k.version() + "." + k.group()).equals(group);
  }

  /**
   * {@return how kubectl names objects of the kind in messages: {@code deployment.apps}, {@code
   * pod}}
   */
  public static String kindName(Kind kind) {
    String k = kind.kind().toLowerCase(Locale.ROOT);
    return kind.group().isEmpty() ? k : k + "." + kind.group();
  }

  /** {@return {@code deployment.apps/web}, as {@code -o name} and most write commands print} */
  public static String objectName(Kind kind, String name) {
    return kindName(kind) + "/" + name;
  }

  /** {@return {@code deployment.apps/web} for an object} */
  public static String objectName(KubernetesObject o) {
    return objectName(Kinds.of(o.getClass()), o.metadata().name());
  }

  /** {@return the kind of an object} */
  public static Kind kindOf(KubernetesObject o) {
    return Kinds.of(o.getClass());
  }
}
