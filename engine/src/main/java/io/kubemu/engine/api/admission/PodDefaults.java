package io.kubemu.engine.api.admission;

import io.kubemu.model.Quantity;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerPort;
import io.kubemu.model.core.DownwardAPIVolumeFile;
import io.kubemu.model.core.DownwardAPIVolumeSource;
import io.kubemu.model.core.EmptyDirVolumeSource;
import io.kubemu.model.core.EnvVar;
import io.kubemu.model.core.EnvVarSource;
import io.kubemu.model.core.GRPCAction;
import io.kubemu.model.core.HTTPGetAction;
import io.kubemu.model.core.HostPathVolumeSource;
import io.kubemu.model.core.Lifecycle;
import io.kubemu.model.core.LifecycleHandler;
import io.kubemu.model.core.ObjectFieldSelector;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSecurityContext;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.core.Probe;
import io.kubemu.model.core.ProjectedVolumeSource;
import io.kubemu.model.core.ResourceRequirements;
import io.kubemu.model.core.ServiceAccountTokenProjection;
import io.kubemu.model.core.Volume;
import io.kubemu.model.core.VolumeProjection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The core/v1 defaults of pods and everything a pod template holds (upstream
 * pkg/apis/core/v1/defaults.go with the walk of zz_generated.defaults.go). Pure functions: each
 * returns its argument when nothing needed a default.
 *
 * <ul>
 *   <li>PodSpec: restartPolicy Always, dnsPolicy ClusterFirst, securityContext {}, {@code
 *       terminationGracePeriodSeconds} 30, schedulerName default-scheduler.
 *   <li>Pod only (not templates): requests default to limits, enableServiceLinks true, host ports
 *       mirror container ports with hostNetwork.
 *   <li>Container: imagePullPolicy Always for a {@code :latest} or untagged image, else
 *       IfNotPresent; terminationMessagePath /dev/termination-log; terminationMessagePolicy File;
 *       port protocol TCP; resource quantities rounded up to milli units.
 *   <li>Probe: timeoutSeconds 1, periodSeconds 10, successThreshold 1, failureThreshold 3; httpGet
 *       path "/" and scheme HTTP (also in lifecycle hooks); grpc service "".
 *   <li>Volume: no source means emptyDir; secret/configMap/downwardAPI/projected defaultMode 0644;
 *       hostPath type ""; projected token expirationSeconds 3600; fieldRef apiVersion v1.
 * </ul>
 */
public final class PodDefaults {
  private PodDefaults() {}

  /** The default file mode of secret, configMap, downwardAPI and projected volumes (0644). */
  public static final int DEFAULT_MODE = 0644;

  /** SetObjectDefaults_Pod: SetDefaults_Pod, then the pod spec's defaults. */
  public static Pod pod(Pod pod) {
    PodSpec spec = pod.spec() == null ? PodSpec.EMPTY : pod.spec();
    PodSpec out = podSpec(podOnly(spec));
    return out == pod.spec() ? pod : pod.withSpec(out);
  }

  /**
   * {@return the template with its pod spec defaulted (templates skip the Pod-only defaults)}; an
   * absent template is an empty one, as Go's struct value is
   */
  public static PodTemplateSpec template(PodTemplateSpec template) {
    if (template == null) template = new PodTemplateSpec(null, null);
    PodSpec spec = template.spec() == null ? PodSpec.EMPTY : template.spec();
    PodSpec out = podSpec(spec);
    return out == template.spec() ? template : template.withSpec(out);
  }

  /** SetDefaults_Pod: what only pods (not templates) get. */
  static PodSpec podOnly(PodSpec spec) {
    PodSpec s =
        spec.withContainers(requestsFromLimits(spec.containers()))
            .withInitContainers(requestsFromLimits(spec.initContainers()));
    if (s.enableServiceLinks() == null) s = s.withEnableServiceLinks(true);
    if (Boolean.TRUE.equals(s.hostNetwork())) {
      // defaultHostNetworkPorts
      s =
          s.withContainers(map(s.containers(), PodDefaults::hostNetworkPorts))
              .withInitContainers(map(s.initContainers(), PodDefaults::hostNetworkPorts));
    }
    return s.equals(spec) ? spec : s;
  }

  /** SetDefaults_PodSpec and the defaults of everything the spec holds. */
  public static PodSpec podSpec(PodSpec spec) {
    RecordEdit<PodSpec> e = RecordEdit.of(spec);
    e.orElse("dnsPolicy", spec.dnsPolicy(), PodSpec.DNS_CLUSTER_FIRST)
        .orElse("restartPolicy", spec.restartPolicy(), Pod.RESTART_ALWAYS)
        .orElse("securityContext", spec.securityContext(), PodSecurityContext.EMPTY)
        .orElse(
            "terminationGracePeriodSeconds",
            spec.terminationGracePeriodSeconds(),
            PodSpec.DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS)
        .orElse("schedulerName", spec.schedulerName(), PodSpec.DEFAULT_SCHEDULER)
        .replace("volumes", spec.volumes(), map(spec.volumes(), PodDefaults::volume))
        .replace(
            "initContainers",
            spec.initContainers(),
            map(spec.initContainers(), PodDefaults::container))
        .replace("containers", spec.containers(), map(spec.containers(), PodDefaults::container))
        .replace("overhead", spec.overhead(), resourceList(spec.overhead()));
    return e.build();
  }

  /** SetDefaults_Container and the defaults of its ports, env, resources, probes and hooks. */
  public static Container container(Container c) {
    RecordEdit<Container> e = RecordEdit.of(c);
    if (c.imagePullPolicy() == null) e.set("imagePullPolicy", imagePullPolicy(c.image()));
    e.orElse(
            "terminationMessagePath",
            c.terminationMessagePath(),
            Container.DEFAULT_TERMINATION_MESSAGE_PATH)
        .orElse(
            "terminationMessagePolicy",
            c.terminationMessagePolicy(),
            Container.TERMINATION_MESSAGE_FILE)
        .replace("ports", c.ports(), map(c.ports(), PodDefaults::port))
        .replace("env", c.env(), map(c.env(), PodDefaults::envVar))
        .replace("resources", c.resources(), resources(c.resources()))
        .replace("livenessProbe", c.livenessProbe(), probe(c.livenessProbe()))
        .replace("readinessProbe", c.readinessProbe(), probe(c.readinessProbe()))
        .replace("startupProbe", c.startupProbe(), probe(c.startupProbe()))
        .replace("lifecycle", c.lifecycle(), lifecycle(c.lifecycle()));
    return e.build();
  }

  /**
   * {@return Always when the image's tag is {@code latest} or it has neither tag nor digest, else
   * IfNotPresent} (SetDefaults_Container with parsers.ParseImageName; an unparsable reference has
   * no tag, so IfNotPresent)
   */
  public static String imagePullPolicy(String image) {
    return "latest".equals(ImageReference.tag(image))
        ? Container.PULL_ALWAYS
        : Container.PULL_IF_NOT_PRESENT;
  }

  /** SetDefaults_Probe, SetDefaults_HTTPGetAction and the grpc service default. */
  public static Probe probe(Probe p) {
    if (p == null) return null;
    RecordEdit<Probe> e = RecordEdit.of(p);
    e.orElse("timeoutSeconds", p.timeoutSeconds(), Probe.DEFAULT_TIMEOUT_SECONDS)
        .orElse("periodSeconds", p.periodSeconds(), Probe.DEFAULT_PERIOD_SECONDS)
        .orElse("successThreshold", p.successThreshold(), Probe.DEFAULT_SUCCESS_THRESHOLD)
        .orElse("failureThreshold", p.failureThreshold(), Probe.DEFAULT_FAILURE_THRESHOLD)
        .replace("httpGet", p.httpGet(), httpGet(p.httpGet()));
    if (p.grpc() != null && p.grpc().service() == null) {
      e.set("grpc", new GRPCAction(p.grpc().port(), ""));
    }
    return e.build();
  }

  /** SetDefaults_HTTPGetAction: path "/", scheme HTTP. */
  public static HTTPGetAction httpGet(HTTPGetAction a) {
    if (a == null) return null;
    HTTPGetAction out = a;
    if (out.path() == null || out.path().isEmpty()) out = out.withPath("/");
    if (out.scheme() == null || out.scheme().isEmpty())
      out = out.withScheme(HTTPGetAction.SCHEME_HTTP);
    return out;
  }

  /** SetDefaults_Volume and its sources' defaults. */
  public static Volume volume(Volume v) {
    RecordEdit<Volume> e = RecordEdit.of(v);
    if (v.persistentVolumeClaim() == null
        && v.configMap() == null
        && v.secret() == null
        && v.downwardAPI() == null
        && v.projected() == null
        && v.emptyDir() == null
        && v.hostPath() == null
        && v.nfs() == null) {
      e.set("emptyDir", new EmptyDirVolumeSource(null, null));
    }
    if (v.secret() != null && v.secret().defaultMode() == null) {
      e.set("secret", RecordEdit.of(v.secret()).set("defaultMode", DEFAULT_MODE).build());
    }
    if (v.configMap() != null && v.configMap().defaultMode() == null) {
      e.set("configMap", RecordEdit.of(v.configMap()).set("defaultMode", DEFAULT_MODE).build());
    }
    if (v.downwardAPI() != null) e.set("downwardAPI", downwardAPI(v.downwardAPI()));
    if (v.projected() != null) e.set("projected", projected(v.projected()));
    if (v.hostPath() != null && v.hostPath().type() == null) {
      e.set("hostPath", new HostPathVolumeSource(v.hostPath().path(), ""));
    }
    return e.build();
  }

  private static DownwardAPIVolumeSource downwardAPI(DownwardAPIVolumeSource d) {
    return RecordEdit.of(d)
        .orElse("defaultMode", DEFAULT_MODE)
        .set("items", map(d.items(), PodDefaults::downwardAPIFile))
        .build();
  }

  private static DownwardAPIVolumeFile downwardAPIFile(DownwardAPIVolumeFile f) {
    return RecordEdit.of(f).set("fieldRef", fieldRef(f.fieldRef())).build();
  }

  private static ProjectedVolumeSource projected(ProjectedVolumeSource p) {
    List<VolumeProjection> sources = new ArrayList<>();
    for (VolumeProjection s : p.sources()) {
      ServiceAccountTokenProjection t = s.serviceAccountToken();
      if (t != null && t.expirationSeconds() == null) {
        // SetDefaults_ServiceAccountTokenProjection: one hour
        t = new ServiceAccountTokenProjection(t.audience(), 3600L, t.path());
        s = new VolumeProjection(s.secret(), s.downwardAPI(), s.configMap(), t);
      }
      sources.add(s);
    }
    return RecordEdit.of(p).orElse("defaultMode", DEFAULT_MODE).set("sources", sources).build();
  }

  // SetDefaults_ObjectFieldSelector
  private static ObjectFieldSelector fieldRef(ObjectFieldSelector f) {
    if (f == null || (f.apiVersion() != null && !f.apiVersion().isEmpty())) return f;
    return new ObjectFieldSelector("v1", f.fieldPath());
  }

  private static EnvVar envVar(EnvVar v) {
    EnvVarSource from = v.valueFrom();
    if (from == null || from.fieldRef() == null) return v;
    ObjectFieldSelector ref = fieldRef(from.fieldRef());
    if (ref == from.fieldRef()) return v;
    return new EnvVar(
        v.name(),
        v.value(),
        new EnvVarSource(
            from.configMapKeyRef(), ref, from.resourceFieldRef(), from.secretKeyRef()));
  }

  // the +default="TCP" of ContainerPort.protocol
  private static ContainerPort port(ContainerPort p) {
    return p.protocol() == null || p.protocol().isEmpty()
        ? p.withProtocol(ContainerPort.PROTOCOL_TCP)
        : p;
  }

  private static Lifecycle lifecycle(Lifecycle l) {
    if (l == null) return null;
    LifecycleHandler post = hook(l.postStart());
    LifecycleHandler pre = hook(l.preStop());
    return post == l.postStart() && pre == l.preStop() ? l : new Lifecycle(post, pre);
  }

  private static LifecycleHandler hook(LifecycleHandler h) {
    if (h == null || h.httpGet() == null) return h;
    HTTPGetAction a = httpGet(h.httpGet());
    return a == h.httpGet() ? h : new LifecycleHandler(h.exec(), a, h.sleep(), h.tcpSocket());
  }

  private static ResourceRequirements resources(ResourceRequirements r) {
    if (r == null) return null;
    Map<String, Quantity> limits = resourceList(r.limits());
    Map<String, Quantity> requests = resourceList(r.requests());
    if (limits == r.limits() && requests == r.requests()) return r;
    return new ResourceRequirements(limits, requests);
  }

  /**
   * SetDefaults_ResourceList: every quantity rounded up to milli units ({@code 0.0001} becomes
   * {@code 1m}); the same map when nothing needed rounding.
   */
  public static Map<String, Quantity> resourceList(Map<String, Quantity> list) {
    Map<String, Quantity> out = null;
    for (Map.Entry<String, Quantity> en : list.entrySet()) {
      Quantity q = en.getValue();
      if (q == null) continue;
      BigDecimal v = q.toBigDecimal().stripTrailingZeros();
      if (v.scale() <= 3) continue;
      if (out == null) out = new LinkedHashMap<>(list);
      out.put(en.getKey(), Quantity.of(v.setScale(3, RoundingMode.UP), q.format()));
    }
    return out == null ? list : out;
  }

  // SetDefaults_Pod: a limit without a request sets the request
  private static List<Container> requestsFromLimits(List<Container> containers) {
    return map(
        containers,
        c -> {
          ResourceRequirements r = c.resources();
          if (r == null || r.limits().isEmpty()) return c;
          Map<String, Quantity> requests = new LinkedHashMap<>(r.requests());
          r.limits().forEach(requests::putIfAbsent);
          return requests.equals(r.requests()) ? c : c.withResources(r.withRequests(requests));
        });
  }

  private static Container hostNetworkPorts(Container c) {
    return c.withPorts(
        map(
            c.ports(),
            p ->
                p.hostPort() == null || p.hostPort() == 0
                    ? new ContainerPort(
                        p.containerPort(), p.hostIP(), p.containerPort(), p.name(), p.protocol())
                    : p));
  }

  /** {@return the list with {@code f} applied; the same list when nothing changed} */
  static <T> List<T> map(List<T> list, UnaryOperator<T> f) {
    List<T> out = null;
    for (int i = 0; i < list.size(); i++) {
      T before = list.get(i);
      T after = f.apply(before);
      if (after != before && out == null) out = new ArrayList<>(list.subList(0, i));
      if (out != null) out.add(after);
    }
    return out == null ? list : out;
  }

  /**
   * The tag of an image reference as docker's reference.ParseNormalizedNamed reads it: {@code
   * [domain[:port]/]path-component(/path-component)*[:tag][@digest]}, scanned by hand (the
   * grammar's regular expression is slow).
   */
  static final class ImageReference {
    private ImageReference() {}

    /**
     * {@return the tag: the written one, {@code latest} when neither tag nor digest is given, ""
     * for a digest-only or unparsable reference} (parsers.ParseImageName)
     */
    static String tag(String image) {
      if (image == null || image.isEmpty() || isHex64(image)) return "";
      String rest = image;
      boolean digest = false;
      int at = rest.indexOf('@');
      if (at >= 0) {
        if (!isDigest(rest.substring(at + 1))) return "";
        digest = true;
        rest = rest.substring(0, at);
      }
      String tag = null;
      int colon = rest.lastIndexOf(':');
      if (colon > rest.lastIndexOf('/')) {
        tag = rest.substring(colon + 1);
        if (!isTag(tag)) return "";
        rest = rest.substring(0, colon);
      }
      if (rest.length() > 255 || !isName(rest)) return "";
      if (tag == null) return digest ? "" : "latest";
      return tag;
    }

    // [domain/]component(/component)*
    private static boolean isName(String name) {
      String[] parts = name.split("/", -1);
      for (int i = 0; i < parts.length; i++) {
        boolean domainAllowed = i == 0 && parts.length > 1;
        if (!isComponent(parts[i]) && !(domainAllowed && isDomain(parts[i]))) return false;
      }
      return true;
    }

    // [a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*
    private static boolean isComponent(String s) {
      if (s.isEmpty() || !lowerAlnum(s.charAt(0)) || !lowerAlnum(s.charAt(s.length() - 1))) {
        return false;
      }
      for (int i = 0; i < s.length(); ) {
        char c = s.charAt(i);
        if (lowerAlnum(c)) {
          i++;
          continue;
        }
        int j = i;
        while (j < s.length() && !lowerAlnum(s.charAt(j))) j++;
        String sep = s.substring(i, j);
        if (!sep.equals(".") && !sep.equals("_") && !sep.equals("__") && !sep.matches("-+")) {
          return false;
        }
        i = j;
      }
      return true;
    }

    // domain-component(\.domain-component)*(:port)?
    private static boolean isDomain(String s) {
      String host = s;
      int colon = s.indexOf(':');
      if (colon >= 0) {
        String port = s.substring(colon + 1);
        if (port.isEmpty() || !port.chars().allMatch(Character::isDigit)) return false;
        host = s.substring(0, colon);
      }
      for (String label : host.split("\\.", -1)) {
        if (label.isEmpty()
            || !alnum(label.charAt(0))
            || !alnum(label.charAt(label.length() - 1))
            || !label.chars().allMatch(c -> alnum((char) c) || c == '-')) {
          return false;
        }
      }
      return true;
    }

    // [\w][\w.-]{0,127}
    private static boolean isTag(String tag) {
      if (tag.isEmpty() || tag.length() > 128 || !word(tag.charAt(0))) return false;
      return tag.chars().allMatch(c -> word((char) c) || c == '.' || c == '-');
    }

    // [A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}
    private static boolean isDigest(String d) {
      int colon = d.indexOf(':');
      if (colon <= 0) return false;
      String algorithm = d.substring(0, colon);
      String hex = d.substring(colon + 1);
      for (String part : algorithm.split("[-_+.]", -1)) {
        if (part.isEmpty() || !Character.isLetter(part.charAt(0))) return false;
        if (!part.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) return false;
      }
      return hex.length() >= 32 && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static boolean isHex64(String s) {
      return s.length() == 64
          && s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static boolean lowerAlnum(char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean alnum(char c) {
      return lowerAlnum(c) || (c >= 'A' && c <= 'Z');
    }

    private static boolean word(char c) {
      return alnum(c) || c == '_';
    }
  }
}
