package io.kubemu.engine.kubelet;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.EnvFromSource;
import io.kubemu.model.core.EnvVar;
import io.kubemu.model.core.EnvVarSource;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container's environment (kubelet_pods.go makeEnvironmentVariables): {@code envFrom} first, then
 * {@code env} in order, {@code $(VAR)} references expanded from the variables before; {@code
 * fieldRef} (metadata.name/namespace/uid, labels and annotations, spec.nodeName,
 * spec.serviceAccountName, status.hostIP(s), status.podIP(s)); ConfigMap and Secret keys read from
 * the API server. Service links are not generated.
 */
final class Environment {
  private Environment() {}

  /** A missing ConfigMap, Secret or key: the container cannot be created. */
  static final class ConfigException extends Exception {
    ConfigException(String message) {
      super(message);
    }
  }

  private static final Pattern ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

  static Map<String, String> resolve(
      ApiServer api, Pod pod, Container c, String podIp, String hostIp) throws ConfigException {
    String ns = pod.metadata().namespace();
    Map<String, String> env = new LinkedHashMap<>();
    for (EnvFromSource from : c.envFrom()) {
      String prefix = from.prefix() == null ? "" : from.prefix();
      if (from.configMapRef() != null) {
        String name = from.configMapRef().name();
        Optional<ConfigMap> cm = api.find(ConfigMap.class, ns, name);
        if (cm.isEmpty()) {
          if (Boolean.TRUE.equals(from.configMapRef().optional())) continue;
          throw new ConfigException("configmap \"" + name + "\" not found");
        }
        for (Map.Entry<String, String> e : cm.get().data().entrySet()) {
          String k = prefix + e.getKey();
          if (ENV_NAME.matcher(k).matches()) env.put(k, e.getValue());
        }
      }
      if (from.secretRef() != null) {
        String name = from.secretRef().name();
        Optional<Secret> s = api.find(Secret.class, ns, name);
        if (s.isEmpty()) {
          if (Boolean.TRUE.equals(from.secretRef().optional())) continue;
          throw new ConfigException("secret \"" + name + "\" not found");
        }
        for (Map.Entry<String, String> e : secretData(s.get()).entrySet()) {
          String k = prefix + e.getKey();
          if (ENV_NAME.matcher(k).matches()) env.put(k, e.getValue());
        }
      }
    }
    for (EnvVar v : c.env()) {
      String value;
      if (v.valueFrom() == null) {
        value =
            v.value() == null
                ? ""
                : io.kubemu.engine.runtime.ContainerCommand.expandVariables(v.value(), env);
      } else {
        Optional<String> from = valueFrom(api, pod, v.valueFrom(), podIp, hostIp);
        if (from.isEmpty()) continue; // optional reference to something missing
        value = from.get();
      }
      env.put(v.name(), value);
    }
    return env;
  }

  private static Optional<String> valueFrom(
      ApiServer api, Pod pod, EnvVarSource src, String podIp, String hostIp)
      throws ConfigException {
    String ns = pod.metadata().namespace();
    if (src.fieldRef() != null)
      return Optional.of(field(pod, src.fieldRef().fieldPath(), podIp, hostIp));
    if (src.configMapKeyRef() != null) {
      var ref = src.configMapKeyRef();
      boolean optional = Boolean.TRUE.equals(ref.optional());
      Optional<ConfigMap> cm = api.find(ConfigMap.class, ns, ref.name());
      if (cm.isEmpty()) {
        if (optional) return Optional.empty();
        throw new ConfigException("configmap \"" + ref.name() + "\" not found");
      }
      String value = cm.get().data().get(ref.key());
      if (value == null) {
        if (optional) return Optional.empty();
        throw new ConfigException(
            "couldn't find key " + ref.key() + " in ConfigMap " + ns + "/" + ref.name());
      }
      return Optional.of(value);
    }
    if (src.secretKeyRef() != null) {
      var ref = src.secretKeyRef();
      boolean optional = Boolean.TRUE.equals(ref.optional());
      Optional<Secret> s = api.find(Secret.class, ns, ref.name());
      if (s.isEmpty()) {
        if (optional) return Optional.empty();
        throw new ConfigException("secret \"" + ref.name() + "\" not found");
      }
      String value = secretData(s.get()).get(ref.key());
      if (value == null) {
        if (optional) return Optional.empty();
        throw new ConfigException(
            "couldn't find key " + ref.key() + " in Secret " + ns + "/" + ref.name());
      }
      return Optional.of(value);
    }
    return Optional.of("");
  }

  /** {@return a secret's values, decoded (stringData overrides data, as the API merges them)} */
  static Map<String, String> secretData(Secret s) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : s.data().entrySet()) {
      try {
        out.put(
            e.getKey(),
            new String(Base64.getDecoder().decode(e.getValue()), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException ex) {
        out.put(e.getKey(), e.getValue());
      }
    }
    out.putAll(s.stringData());
    return out;
  }

  // podFieldSelectorRuntimeValue + fieldpath.ExtractFieldPathAsString
  static String field(Pod pod, String path, String podIp, String hostIp) {
    if (path == null) return "";
    switch (path) {
      case "metadata.name":
        return pod.metadata().name();
      case "metadata.namespace":
        return pod.metadata().namespace();
      case "metadata.uid":
        return pod.metadata().uid();
      case "spec.nodeName":
        return pod.spec().nodeName();
      case "spec.serviceAccountName":
        return pod.spec().serviceAccountName() == null ? "" : pod.spec().serviceAccountName();
      case "status.hostIP":
      case "status.hostIPs":
        return hostIp == null ? "" : hostIp;
      case "status.podIP":
      case "status.podIPs":
        return podIp == null ? "" : podIp;
      default:
        break;
    }
    if (path.startsWith("metadata.labels['") && path.endsWith("']")) {
      String k = path.substring("metadata.labels['".length(), path.length() - 2);
      String v = pod.metadata().labels().get(k);
      return v == null ? "" : v;
    }
    if (path.startsWith("metadata.annotations['") && path.endsWith("']")) {
      String k = path.substring("metadata.annotations['".length(), path.length() - 2);
      String v = pod.metadata().annotations().get(k);
      return v == null ? "" : v;
    }
    return "";
  }
}
