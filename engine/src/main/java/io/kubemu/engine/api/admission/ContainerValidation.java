package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.model.IntOrString;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerPort;
import io.kubemu.model.core.EnvFromSource;
import io.kubemu.model.core.EnvVar;
import io.kubemu.model.core.EnvVarSource;
import io.kubemu.model.core.ExecAction;
import io.kubemu.model.core.GRPCAction;
import io.kubemu.model.core.HTTPGetAction;
import io.kubemu.model.core.HTTPHeader;
import io.kubemu.model.core.Lifecycle;
import io.kubemu.model.core.LifecycleHandler;
import io.kubemu.model.core.ObjectFieldSelector;
import io.kubemu.model.core.Probe;
import io.kubemu.model.core.ResourceFieldSelector;
import io.kubemu.model.core.SecurityContext;
import io.kubemu.model.core.SleepAction;
import io.kubemu.model.core.TCPSocketAction;
import io.kubemu.model.core.Volume;
import io.kubemu.model.core.VolumeDevice;
import io.kubemu.model.core.VolumeMount;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validation of a pod's containers (upstream pkg/apis/core/validation: validateContainers,
 * validateInitContainers, validateContainerCommon, probes, hooks, ports, env, mounts), appending
 * Kubernetes' field errors. Resources are in {@link ResourceValidation}. Stateless.
 */
final class ContainerValidation {
  private ContainerValidation() {}

  private static final List<String> PULL_POLICIES = List.of("Always", "IfNotPresent", "Never");
  private static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
  private static final List<String> ENV_FIELD_PATHS =
      List.of(
          "metadata.name",
          "metadata.namespace",
          "metadata.uid",
          "spec.nodeName",
          "spec.serviceAccountName",
          "status.hostIP",
          "status.hostIPs",
          "status.podIP",
          "status.podIPs");
  private static final Set<String> DOWNWARD_API_LABELS =
      Set.of(
          "metadata.annotations",
          "metadata.labels",
          "metadata.name",
          "metadata.namespace",
          "metadata.uid",
          "spec.nodeName",
          "spec.restartPolicy",
          "spec.serviceAccountName",
          "spec.schedulerName",
          "status.phase",
          "status.hostIP",
          "status.hostIPs",
          "status.podIP",
          "status.podIPs",
          "spec.host");
  private static final List<String> CONTAINER_RESOURCE_FIELDS =
      List.of(
          "limits.cpu",
          "limits.ephemeral-storage",
          "limits.memory",
          "requests.cpu",
          "requests.ephemeral-storage",
          "requests.memory");

  /** validateContainers: required, each valid, names unique, probes and hooks, host ports. */
  static void containers(
      List<FieldError> errs,
      List<Container> containers,
      Map<String, Volume> volumes,
      Long gracePeriod,
      FieldPath path) {
    if (containers.isEmpty()) {
      errs.add(FieldError.required(path, ""));
      return;
    }
    Set<String> names = new HashSet<>(); // lookups only
    for (int i = 0; i < containers.size(); i++) {
      Container c = containers.get(i);
      FieldPath p = path.index(i);
      common(errs, c, volumes, p);
      if (!names.add(nz(c.name()))) errs.add(FieldError.duplicate(p.child("name"), nz(c.name())));
      if (c.lifecycle() != null) lifecycle(errs, c.lifecycle(), gracePeriod, p.child("lifecycle"));
      livenessProbe(errs, c.livenessProbe(), gracePeriod, p.child("livenessProbe"));
      readinessProbe(errs, c.readinessProbe(), gracePeriod, p.child("readinessProbe"));
      startupProbe(errs, c.startupProbe(), gracePeriod, p.child("startupProbe"));
      if (c.restartPolicy() != null) {
        errs.add(
            FieldError.forbidden(
                p.child("restartPolicy"), "may not be set for non-init containers"));
      }
    }
    hostPortConflicts(errs, containers, path);
  }

  /** validateInitContainers: names unique across init and regular containers; sidecar rules. */
  static void initContainers(
      List<FieldError> errs,
      List<Container> inits,
      List<Container> regular,
      Map<String, Volume> volumes,
      Long gracePeriod,
      FieldPath path) {
    Set<String> names = new HashSet<>(); // lookups only
    for (Container c : regular) names.add(nz(c.name()));
    for (int i = 0; i < inits.size(); i++) {
      Container c = inits.get(i);
      FieldPath p = path.index(i);
      common(errs, c, volumes, p);
      boolean restartAlways = false;
      if (c.restartPolicy() != null) {
        if (!Container.RESTART_ALWAYS.equals(c.restartPolicy())) {
          errs.add(
              FieldError.notSupported(
                  p.child("restartPolicy"), c.restartPolicy(), List.of(Container.RESTART_ALWAYS)));
        }
        restartAlways = Container.RESTART_ALWAYS.equals(c.restartPolicy());
      }
      if (names.contains(nz(c.name()))) {
        errs.add(FieldError.duplicate(p.child("name"), nz(c.name())));
      } else if (!nz(c.name()).isEmpty()) {
        names.add(c.name());
      }
      // init containers run one by one: their ports conflict only within one container
      hostPortConflicts(errs, List.of(c), path);
      if (restartAlways) {
        if (c.lifecycle() != null)
          lifecycle(errs, c.lifecycle(), gracePeriod, p.child("lifecycle"));
        livenessProbe(errs, c.livenessProbe(), gracePeriod, p.child("livenessProbe"));
        readinessProbe(errs, c.readinessProbe(), gracePeriod, p.child("readinessProbe"));
        startupProbe(errs, c.startupProbe(), gracePeriod, p.child("startupProbe"));
      } else {
        String msg = "may not be set for init containers without restartPolicy=Always";
        if (c.lifecycle() != null) errs.add(FieldError.forbidden(p.child("lifecycle"), msg));
        if (c.livenessProbe() != null)
          errs.add(FieldError.forbidden(p.child("livenessProbe"), msg));
        if (c.readinessProbe() != null) {
          errs.add(FieldError.forbidden(p.child("readinessProbe"), msg));
        }
        if (c.startupProbe() != null) errs.add(FieldError.forbidden(p.child("startupProbe"), msg));
      }
    }
  }

  // validateContainerCommon
  private static void common(
      List<FieldError> errs, Container c, Map<String, Volume> volumes, FieldPath path) {
    if (nz(c.name()).isEmpty()) {
      errs.add(FieldError.required(path.child("name"), ""));
    } else {
      NameValidation.dns1123Label(errs, c.name(), path.child("name"));
    }
    if (nz(c.image()).isEmpty()) errs.add(FieldError.required(path.child("image"), ""));
    String tmp = nz(c.terminationMessagePolicy());
    switch (tmp) {
      case Container.TERMINATION_MESSAGE_FILE,
          Container.TERMINATION_MESSAGE_FALLBACK_TO_LOGS_ON_ERROR -> {}
      case "" -> errs.add(FieldError.required(path.child("terminationMessagePolicy"), ""));
      default ->
          errs.add(
              FieldError.notSupported(
                  path.child("terminationMessagePolicy"),
                  tmp,
                  List.of(
                      Container.TERMINATION_MESSAGE_FILE,
                      Container.TERMINATION_MESSAGE_FALLBACK_TO_LOGS_ON_ERROR)));
    }
    ports(errs, c.ports(), path.child("ports"));
    env(errs, c.env(), path.child("env"));
    envFrom(errs, c.envFrom(), path.child("envFrom"));
    volumeMounts(errs, c, volumes, path.child("volumeMounts"));
    volumeDevices(errs, c, volumes, path.child("volumeDevices"));
    String pull = nz(c.imagePullPolicy());
    if (pull.isEmpty()) {
      errs.add(FieldError.required(path.child("imagePullPolicy"), ""));
    } else if (!PULL_POLICIES.contains(pull)) {
      errs.add(FieldError.notSupported(path.child("imagePullPolicy"), pull, PULL_POLICIES));
    }
    ResourceValidation.containerResources(errs, c.resources(), path.child("resources"));
    securityContext(errs, c.securityContext(), path.child("securityContext"));
  }

  // validateContainerPorts
  static void ports(List<FieldError> errs, List<ContainerPort> ports, FieldPath path) {
    Set<String> names = new HashSet<>(); // lookups only
    for (int i = 0; i < ports.size(); i++) {
      ContainerPort port = ports.get(i);
      FieldPath p = path.index(i);
      String name = nz(port.name());
      if (!name.isEmpty()) {
        List<String> msgs = NameValidation.isValidPortName(name);
        if (!msgs.isEmpty()) {
          for (String m : msgs) errs.add(FieldError.invalid(p.child("name"), name, m));
        } else if (!names.add(name)) {
          errs.add(FieldError.duplicate(p.child("name"), name));
        }
      }
      int containerPort = port.containerPort() == null ? 0 : port.containerPort();
      if (containerPort == 0) {
        errs.add(FieldError.required(p.child("containerPort"), ""));
      } else {
        for (String m : NameValidation.isValidPortNum(containerPort)) {
          errs.add(FieldError.invalid(p.child("containerPort"), containerPort, m));
        }
      }
      int hostPort = port.hostPort() == null ? 0 : port.hostPort();
      if (hostPort != 0) {
        for (String m : NameValidation.isValidPortNum(hostPort)) {
          errs.add(FieldError.invalid(p.child("hostPort"), hostPort, m));
        }
      }
      String protocol = nz(port.protocol());
      if (protocol.isEmpty()) {
        errs.add(FieldError.required(p.child("protocol"), ""));
      } else if (!PROTOCOLS.contains(protocol)) {
        errs.add(FieldError.notSupported(p.child("protocol"), protocol, PROTOCOLS));
      }
    }
  }

  // checkHostPortConflicts / AccumulateUniqueHostPorts
  private static void hostPortConflicts(
      List<FieldError> errs, List<Container> containers, FieldPath path) {
    Set<String> seen = new HashSet<>(); // lookups only
    for (int ci = 0; ci < containers.size(); ci++) {
      List<ContainerPort> ports = containers.get(ci).ports();
      for (int pi = 0; pi < ports.size(); pi++) {
        ContainerPort port = ports.get(pi);
        if (port.hostPort() == null || port.hostPort() == 0) continue;
        String key = nz(port.protocol()) + "/" + nz(port.hostIP()) + "/" + port.hostPort();
        if (!seen.add(key)) {
          errs.add(
              FieldError.duplicate(path.index(ci).child("ports").index(pi).child("hostPort"), key));
        }
      }
    }
  }

  // ValidateEnv
  private static void env(List<FieldError> errs, List<EnvVar> vars, FieldPath path) {
    for (int i = 0; i < vars.size(); i++) {
      EnvVar v = vars.get(i);
      FieldPath p = path.index(i);
      if (nz(v.name()).isEmpty()) {
        errs.add(FieldError.required(p.child("name"), ""));
      } else {
        for (String m : NameValidation.isEnvVarName(v.name())) {
          errs.add(FieldError.invalid(p.child("name"), v.name(), m));
        }
      }
      valueFrom(errs, v, p.child("valueFrom"));
    }
  }

  // validateEnvVarValueFrom
  private static void valueFrom(List<FieldError> errs, EnvVar v, FieldPath path) {
    EnvVarSource from = v.valueFrom();
    if (from == null) return;
    int sources = 0;
    if (from.fieldRef() != null) {
      sources++;
      fieldRef(errs, from.fieldRef(), path.child("fieldRef"));
    }
    if (from.resourceFieldRef() != null) {
      sources++;
      resourceFieldRef(errs, from.resourceFieldRef(), path.child("resourceFieldRef"));
    }
    if (from.configMapKeyRef() != null) {
      sources++;
      keySelector(
          errs,
          from.configMapKeyRef().name(),
          from.configMapKeyRef().key(),
          path.child("configMapKeyRef"));
    }
    if (from.secretKeyRef() != null) {
      sources++;
      keySelector(
          errs, from.secretKeyRef().name(), from.secretKeyRef().key(), path.child("secretKeyRef"));
    }
    if (sources == 0) {
      errs.add(
          FieldError.invalid(
              path,
              "",
              "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or"
                  + " `secretKeyRef`"));
    } else if (!nz(v.value()).isEmpty()) {
      errs.add(FieldError.invalid(path, "", "may not be specified when `value` is not empty"));
    } else if (sources > 1) {
      errs.add(
          FieldError.invalid(path, "", "may not have more than one field specified at a time"));
    }
  }

  // validateObjectFieldSelector for env vars
  private static void fieldRef(List<FieldError> errs, ObjectFieldSelector f, FieldPath path) {
    if (nz(f.apiVersion()).isEmpty()) {
      errs.add(FieldError.required(path.child("apiVersion"), ""));
      return;
    }
    String fieldPath = nz(f.fieldPath());
    if (fieldPath.isEmpty()) {
      errs.add(FieldError.required(path.child("fieldPath"), ""));
      return;
    }
    // podshelper.ConvertDownwardAPIFieldLabel
    String error = null;
    int bracket = fieldPath.indexOf('[');
    String base = bracket > 0 && fieldPath.endsWith("]") ? fieldPath.substring(0, bracket) : null;
    if (!"v1".equals(f.apiVersion())) {
      error = "unsupported pod version: " + f.apiVersion();
    } else if (base != null) {
      if (!base.equals("metadata.annotations") && !base.equals("metadata.labels")) {
        error = "field label does not support subscript: " + fieldPath;
      }
    } else if (!DOWNWARD_API_LABELS.contains(fieldPath)) {
      error = "field label not supported: " + fieldPath;
    }
    if (error != null) {
      errs.add(
          FieldError.invalid(
              path.child("fieldPath"), fieldPath, "error converting fieldPath: " + error));
      return;
    }
    if (base != null) {
      String subscript = fieldPath.substring(bracket + 1, fieldPath.length() - 1);
      if (subscript.length() >= 2 && subscript.startsWith("'") && subscript.endsWith("'")) {
        subscript = subscript.substring(1, subscript.length() - 1);
      }
      LabelValidation.qualifiedName(
          errs, base.equals("metadata.annotations") ? subscript.toLowerCase() : subscript, path);
      return;
    }
    String converted = fieldPath.equals("spec.host") ? "spec.nodeName" : fieldPath;
    if (!ENV_FIELD_PATHS.contains(converted)) {
      errs.add(FieldError.notSupported(path.child("fieldPath"), converted, ENV_FIELD_PATHS));
    }
  }

  // validateContainerResourceFieldSelector, for env vars (no containerName needed)
  private static void resourceFieldRef(
      List<FieldError> errs, ResourceFieldSelector f, FieldPath path) {
    String resource = nz(f.resource());
    if (resource.isEmpty()) {
      errs.add(FieldError.required(path.child("resource"), ""));
    } else if (!CONTAINER_RESOURCE_FIELDS.contains(resource)
        && !resource.startsWith("requests.hugepages-")
        && !resource.startsWith("limits.hugepages-")) {
      errs.add(
          FieldError.notSupported(path.child("resource"), resource, CONTAINER_RESOURCE_FIELDS));
    }
  }

  // validateConfigMapKeySelector / validateSecretKeySelector
  private static void keySelector(List<FieldError> errs, String name, String key, FieldPath path) {
    for (String m : NameValidation.nameIsDNSSubdomain(nz(name), false)) {
      errs.add(FieldError.invalid(path.child("name"), nz(name), m));
    }
    if (nz(key).isEmpty()) {
      errs.add(FieldError.required(path.child("key"), ""));
    } else {
      for (String m : NameValidation.isConfigMapKey(key)) {
        errs.add(FieldError.invalid(path.child("key"), key, m));
      }
    }
  }

  // ValidateEnvFrom
  private static void envFrom(List<FieldError> errs, List<EnvFromSource> vars, FieldPath path) {
    for (int i = 0; i < vars.size(); i++) {
      EnvFromSource v = vars.get(i);
      FieldPath p = path.index(i);
      if (!nz(v.prefix()).isEmpty()) {
        for (String m : NameValidation.isEnvVarName(v.prefix())) {
          errs.add(FieldError.invalid(p.child("prefix"), v.prefix(), m));
        }
      }
      int sources = 0;
      if (v.configMapRef() != null) {
        sources++;
        refName(errs, v.configMapRef().name(), p.child("configMapRef").child("name"));
      }
      if (v.secretRef() != null) {
        sources++;
        refName(errs, v.secretRef().name(), p.child("secretRef").child("name"));
      }
      if (sources == 0) {
        errs.add(
            FieldError.invalid(path, "", "must specify one of: `configMapRef` or `secretRef`"));
      } else if (sources > 1) {
        errs.add(
            FieldError.invalid(path, "", "may not have more than one field specified at a time"));
      }
    }
  }

  private static void refName(List<FieldError> errs, String name, FieldPath path) {
    if (nz(name).isEmpty()) {
      errs.add(FieldError.required(path, ""));
    } else {
      for (String m : NameValidation.nameIsDNSSubdomain(name, true)) {
        errs.add(FieldError.invalid(path, name, m));
      }
    }
  }

  // ValidateVolumeMounts
  private static void volumeMounts(
      List<FieldError> errs, Container c, Map<String, Volume> volumes, FieldPath path) {
    Set<String> mountPoints = new HashSet<>(); // lookups only
    Set<String> deviceNames = new HashSet<>();
    Set<String> devicePaths = new HashSet<>();
    for (VolumeDevice d : c.volumeDevices()) {
      deviceNames.add(nz(d.name()));
      devicePaths.add(nz(d.devicePath()));
    }
    for (int i = 0; i < c.volumeMounts().size(); i++) {
      VolumeMount m = c.volumeMounts().get(i);
      FieldPath p = path.index(i);
      String name = nz(m.name());
      String mountPath = nz(m.mountPath());
      if (name.isEmpty()) errs.add(FieldError.required(p.child("name"), ""));
      if (!volumes.containsKey(name)) errs.add(FieldError.notFound(p.child("name"), name));
      if (mountPath.isEmpty()) errs.add(FieldError.required(p.child("mountPath"), ""));
      if (!mountPoints.add(mountPath)) {
        errs.add(FieldError.invalid(p.child("mountPath"), mountPath, "must be unique"));
      }
      if (deviceNames.contains(name)) {
        errs.add(
            FieldError.invalid(p.child("name"), name, "must not already exist in volumeDevices"));
      }
      if (devicePaths.contains(mountPath)) {
        errs.add(
            FieldError.invalid(
                p.child("mountPath"),
                mountPath,
                "must not already exist as a path in volumeDevices"));
      }
      if (!nz(m.subPath()).isEmpty()) {
        PodValidation.localDescendingPath(errs, m.subPath(), path.child("subPath"));
      }
      if (!nz(m.subPathExpr()).isEmpty()) {
        if (!nz(m.subPath()).isEmpty()) {
          errs.add(
              FieldError.invalid(
                  p.child("subPathExpr"),
                  m.subPathExpr(),
                  "subPathExpr and subPath are mutually exclusive"));
        }
        PodValidation.localDescendingPath(errs, m.subPathExpr(), path.child("subPathExpr"));
      }
    }
  }

  // ValidateVolumeDevices
  private static void volumeDevices(
      List<FieldError> errs, Container c, Map<String, Volume> volumes, FieldPath path) {
    Set<String> paths = new HashSet<>(); // lookups only
    Set<String> names = new HashSet<>();
    Set<String> mountNames = new HashSet<>();
    Set<String> mountPaths = new HashSet<>();
    for (VolumeMount m : c.volumeMounts()) {
      mountNames.add(nz(m.name()));
      mountPaths.add(nz(m.mountPath()));
    }
    for (int i = 0; i < c.volumeDevices().size(); i++) {
      VolumeDevice d = c.volumeDevices().get(i);
      FieldPath p = path.index(i);
      String name = nz(d.name());
      String devicePath = nz(d.devicePath());
      Volume v = volumes.get(name);
      if (name.isEmpty()) errs.add(FieldError.required(p.child("name"), ""));
      if (names.contains(name))
        errs.add(FieldError.invalid(p.child("name"), name, "must be unique"));
      if (v != null && v.persistentVolumeClaim() == null) {
        errs.add(
            FieldError.invalid(
                p.child("name"),
                name,
                "can only use volume source type of PersistentVolumeClaim or Ephemeral for block"
                    + " mode"));
      }
      if (v == null) errs.add(FieldError.notFound(p.child("name"), name));
      if (devicePath.isEmpty()) errs.add(FieldError.required(p.child("devicePath"), ""));
      if (paths.contains(devicePath)) {
        errs.add(FieldError.invalid(p.child("devicePath"), devicePath, "must be unique"));
      }
      if (!devicePath.isEmpty() && PodValidation.hasBacksteps(devicePath)) {
        errs.add(
            FieldError.invalid(
                p.child("devicePath"), devicePath, "can not contain backsteps ('..')"));
      } else {
        paths.add(devicePath);
      }
      if (mountNames.contains(name)) {
        errs.add(
            FieldError.invalid(p.child("name"), name, "must not already exist in volumeMounts"));
      }
      if (mountPaths.contains(devicePath)) {
        errs.add(
            FieldError.invalid(
                p.child("devicePath"),
                devicePath,
                "must not already exist as a path in volumeMounts"));
      }
      if (!name.isEmpty()) names.add(name);
    }
  }

  // ValidateSecurityContext (the checks of modelled fields)
  private static void securityContext(List<FieldError> errs, SecurityContext sc, FieldPath path) {
    if (sc == null) return;
    ResourceValidation.idRange(errs, sc.runAsUser(), path.child("runAsUser"));
    ResourceValidation.idRange(errs, sc.runAsGroup(), path.child("runAsGroup"));
    if (Boolean.FALSE.equals(sc.allowPrivilegeEscalation())) {
      if (Boolean.TRUE.equals(sc.privileged())) {
        errs.add(
            FieldError.invalid(
                path,
                GoValues.opaque("core.SecurityContext"),
                "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
      }
      if (sc.capabilities() != null && sc.capabilities().add().contains("CAP_SYS_ADMIN")) {
        errs.add(
            FieldError.invalid(
                path,
                GoValues.opaque("core.SecurityContext"),
                "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add`"
                    + " CAP_SYS_ADMIN"));
      }
    }
  }

  // validateLivenessProbe
  private static void livenessProbe(
      List<FieldError> errs, Probe probe, Long gracePeriod, FieldPath path) {
    if (probe == null) return;
    probe(errs, probe, gracePeriod, path);
    int success = probe.successThreshold() == null ? 0 : probe.successThreshold();
    if (success != 1)
      errs.add(FieldError.invalid(path.child("successThreshold"), success, "must be 1"));
  }

  // validateReadinessProbe
  private static void readinessProbe(
      List<FieldError> errs, Probe probe, Long gracePeriod, FieldPath path) {
    if (probe == null) return;
    probe(errs, probe, gracePeriod, path);
    if (probe.terminationGracePeriodSeconds() != null) {
      errs.add(
          FieldError.invalid(
              path.child("terminationGracePeriodSeconds"),
              probe.terminationGracePeriodSeconds(),
              "must not be set for readinessProbes"));
    }
  }

  // validateStartupProbe
  private static void startupProbe(
      List<FieldError> errs, Probe probe, Long gracePeriod, FieldPath path) {
    livenessProbe(errs, probe, gracePeriod, path);
  }

  // validateProbe
  private static void probe(List<FieldError> errs, Probe probe, Long gracePeriod, FieldPath path) {
    handler(
        errs,
        probe.exec(),
        probe.httpGet(),
        probe.tcpSocket(),
        probe.grpc(),
        null,
        gracePeriod,
        path);
    MetaValidation.nonNegative(
        errs, nz(probe.initialDelaySeconds()), path.child("initialDelaySeconds"));
    MetaValidation.nonNegative(errs, nz(probe.timeoutSeconds()), path.child("timeoutSeconds"));
    MetaValidation.nonNegative(errs, nz(probe.periodSeconds()), path.child("periodSeconds"));
    MetaValidation.nonNegative(errs, nz(probe.successThreshold()), path.child("successThreshold"));
    MetaValidation.nonNegative(errs, nz(probe.failureThreshold()), path.child("failureThreshold"));
    Long grace = probe.terminationGracePeriodSeconds();
    if (grace != null && grace <= 0) {
      errs.add(
          FieldError.invalid(
              path.child("terminationGracePeriodSeconds"), grace, "must be greater than 0"));
    }
  }

  // validateLifecycle
  private static void lifecycle(
      List<FieldError> errs, Lifecycle l, Long gracePeriod, FieldPath path) {
    hook(errs, l.postStart(), gracePeriod, path.child("postStart"));
    hook(errs, l.preStop(), gracePeriod, path.child("preStop"));
  }

  private static void hook(
      List<FieldError> errs, LifecycleHandler h, Long gracePeriod, FieldPath path) {
    if (h == null) return;
    handler(errs, h.exec(), h.httpGet(), h.tcpSocket(), null, h.sleep(), gracePeriod, path);
  }

  // validateHandler: exactly one handler type
  private static void handler(
      List<FieldError> errs,
      ExecAction exec,
      HTTPGetAction httpGet,
      TCPSocketAction tcpSocket,
      GRPCAction grpc,
      SleepAction sleep,
      Long gracePeriod,
      FieldPath path) {
    int handlers = 0;
    String more = "may not specify more than 1 handler type";
    if (exec != null) {
      handlers++;
      if (exec.command().isEmpty())
        errs.add(FieldError.required(path.child("exec", "command"), ""));
    }
    if (httpGet != null) {
      if (handlers > 0) {
        errs.add(FieldError.forbidden(path.child("httpGet"), more));
      } else {
        handlers++;
        httpGet(errs, httpGet, path.child("httpGet"));
      }
    }
    if (tcpSocket != null) {
      if (handlers > 0) {
        errs.add(FieldError.forbidden(path.child("tcpSocket"), more));
      } else {
        handlers++;
        portNumOrName(errs, tcpSocket.port(), path.child("tcpSocket", "port"));
      }
    }
    if (grpc != null) {
      if (handlers > 0) {
        errs.add(FieldError.forbidden(path.child("grpc"), more));
      } else {
        handlers++;
        portNumOrName(
            errs,
            IntOrString.of(grpc.port() == null ? 0 : grpc.port()),
            path.child("grpc", "port"));
      }
    }
    if (sleep != null) {
      if (handlers > 0) {
        errs.add(FieldError.forbidden(path.child("sleep"), more));
      } else {
        handlers++;
        long seconds = sleep.seconds() == null ? 0 : sleep.seconds();
        if (gracePeriod != null && (seconds <= 0 || seconds > gracePeriod)) {
          errs.add(
              FieldError.invalid(
                  path.child("sleep"),
                  seconds,
                  "must be greater than 0 and less than terminationGracePeriodSeconds ("
                      + gracePeriod
                      + ")"));
        }
      }
    }
    if (handlers == 0) errs.add(FieldError.required(path, "must specify a handler type"));
  }

  // validateHTTPGetAction
  private static void httpGet(List<FieldError> errs, HTTPGetAction a, FieldPath path) {
    if (nz(a.path()).isEmpty()) errs.add(FieldError.required(path.child("path"), ""));
    portNumOrName(errs, a.port(), path.child("port"));
    String scheme = nz(a.scheme());
    if (!scheme.equals("HTTP") && !scheme.equals("HTTPS")) {
      errs.add(FieldError.notSupported(path.child("scheme"), scheme, List.of("HTTP", "HTTPS")));
    }
    for (HTTPHeader h : a.httpHeaders()) {
      for (String m : NameValidation.isHTTPHeaderName(nz(h.name()))) {
        errs.add(FieldError.invalid(path.child("httpHeaders"), nz(h.name()), m));
      }
    }
  }

  /** ValidatePortNumOrName: a port number 1-65535 or an IANA_SVC_NAME. */
  static void portNumOrName(List<FieldError> errs, IntOrString port, FieldPath path) {
    IntOrString p = port == null ? IntOrString.of(0) : port;
    if (p.type() == IntOrString.Type.INT) {
      for (String m : NameValidation.isValidPortNum(p.intVal())) {
        errs.add(FieldError.invalid(path, p.intVal(), m));
      }
    } else {
      for (String m : NameValidation.isValidPortName(p.strVal())) {
        errs.add(FieldError.invalid(path, p.strVal(), m));
      }
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static int nz(Integer i) {
    return i == null ? 0 : i;
  }
}
