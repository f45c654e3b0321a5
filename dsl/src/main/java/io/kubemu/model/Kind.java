package io.kubemu.model;

import java.util.List;

/**
 * What the API knows about one kind: its group/version, plural resource name, scope, and the older
 * apiVersions Kubernetes once served it under (accepted when reading, converted to {@link
 * #apiVersion()}).
 *
 * @param group API group, "" for core
 * @param version the served version, e.g. "v1"
 * @param kind e.g. "Deployment"
 * @param plural the resource name, e.g. "deployments"
 * @param namespaced whether objects live in a namespace
 * @param type the model record
 * @param aliases older apiVersions accepted on input, e.g. "batch/v1beta1"
 */
public record Kind(
    String group,
    String version,
    String kind,
    String plural,
    boolean namespaced,
    Class<? extends KubernetesObject> type,
    List<String> aliases) {

  public Kind {
    aliases = List.copyOf(aliases);
  }

  /** {@return "apps/v1", or "v1" for the core group} */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /**
   * {@return the qualified kind used in "is invalid" messages: {@code Deployment.apps}, or {@code
   * Pod} for the core group}
   */
  public String qualifiedKind() {
    return group.isEmpty() ? kind : kind + "." + group;
  }

  /**
   * {@return the qualified resource used in "not found" and "already exists" messages: {@code
   * deployments.apps}, or {@code pods}}
   */
  public String qualifiedResource() {
    return group.isEmpty() ? plural : plural + "." + group;
  }

  /** {@return whether this kind is read from the given apiVersion} */
  public boolean accepts(String apiVersion) {
    return apiVersion().equals(apiVersion) || aliases.contains(apiVersion);
  }
}
