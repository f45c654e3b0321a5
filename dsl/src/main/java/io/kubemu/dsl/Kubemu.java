package io.kubemu.dsl;

import io.kubemu.model.IntOrString;
import io.kubemu.model.Quantity;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobTemplateSpec;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.ConfigMapVolumeSource;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.EmptyDirVolumeSource;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.ExecAction;
import io.kubemu.model.core.GRPCAction;
import io.kubemu.model.core.HTTPGetAction;
import io.kubemu.model.core.HostPathVolumeSource;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeSelectorRequirement;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PersistentVolumeClaimVolumeSource;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.core.Secret;
import io.kubemu.model.core.SecretVolumeSource;
import io.kubemu.model.core.Service;
import io.kubemu.model.core.SleepAction;
import io.kubemu.model.core.TCPSocketAction;
import io.kubemu.model.core.Taint;
import io.kubemu.model.core.Volume;
import io.kubemu.model.policy.PodDisruptionBudget;
import io.kubemu.model.storage.StorageClass;
import java.util.List;

/**
 * The DSL's entry point: static factories for every builder and value, to be imported with {@code
 * import static io.kubemu.dsl.Kubemu.*;}. Each factory's javadoc shows the YAML it replaces.
 *
 * <pre>{@code
 * deployment("nginx-deploy").namespace("app").replicas(5).selector("app", "nginx")
 *     .rollingUpdate(maxSurge(1), maxUnavailable(0))
 *     .template(pod().labels("app", "nginx", "version", "v1.12")
 *         .container(container("nginx").image("nginx:1.12")
 *             .readiness(httpGet(80, "/health.html").initialDelaySeconds(5))))
 *     .build();
 * }</pre>
 *
 * <p>The builders add no defaults: a builder yields the record the equivalent YAML binds to, and
 * the API server defaults it. {@code toBuilder(object)} derives the next version of an object.
 * Stateless and thread-safe (the builders it returns are not).
 */
public final class Kubemu {
  private Kubemu() {}

  // ------------------------------------------------------------------ top-level objects

  /** {@code kind: Namespace, metadata: {name}} */
  public static NamespaceBuilder namespace(String name) {
    return new NamespaceBuilder().name(name);
  }

  /** {@code kind: Node, metadata: {name}} */
  public static NodeBuilder node(String name) {
    return new NodeBuilder().name(name);
  }

  /** {@code kind: Pod, metadata: {name}} */
  public static PodBuilder pod(String name) {
    return new PodBuilder().name(name);
  }

  /**
   * A pod template, for {@code template(...)}:
   *
   * <pre>{@code
   * template:                      .template(pod().labels("app", "web")
   *   metadata: {labels: {app: web}}     .container(container("web").image("nginx")))
   *   spec: {containers: [{name: web, image: nginx}]}
   * }</pre>
   */
  public static PodBuilder pod() {
    return new PodBuilder();
  }

  /** {@code - name: web} in {@code containers}: {@code container("web").image("nginx:1.25")} */
  public static ContainerBuilder container(String name) {
    return new ContainerBuilder(name);
  }

  /** {@code kind: Deployment, metadata: {name}} */
  public static DeploymentBuilder deployment(String name) {
    return new DeploymentBuilder().name(name);
  }

  /** {@code kind: ReplicaSet, metadata: {name}} */
  public static ReplicaSetBuilder replicaSet(String name) {
    return new ReplicaSetBuilder().name(name);
  }

  /** {@code kind: DaemonSet, metadata: {name}} */
  public static DaemonSetBuilder daemonSet(String name) {
    return new DaemonSetBuilder().name(name);
  }

  /** {@code kind: StatefulSet, metadata: {name}} */
  public static StatefulSetBuilder statefulSet(String name) {
    return new StatefulSetBuilder().name(name);
  }

  /** {@code kind: Job, metadata: {name}} */
  public static JobBuilder job(String name) {
    return new JobBuilder().name(name);
  }

  /**
   * A job template, for {@code cronJob(...).jobTemplate(...)}: {@code jobTemplate: {spec:
   * {template: ...}}} becomes {@code .jobTemplate(job().template(pod()...))}.
   */
  public static JobBuilder job() {
    return new JobBuilder();
  }

  /** {@code kind: CronJob, metadata: {name}, spec: {schedule}} */
  public static CronJobBuilder cronJob(String name, String schedule) {
    return new CronJobBuilder().name(name).schedule(schedule);
  }

  /** {@code kind: Service, metadata: {name}} */
  public static ServiceBuilder service(String name) {
    return new ServiceBuilder().name(name);
  }

  /** {@code kind: PersistentVolumeClaim, metadata: {name}} (also a StatefulSet claim template) */
  public static PersistentVolumeClaimBuilder pvc(String name) {
    return new PersistentVolumeClaimBuilder().name(name);
  }

  /** {@code kind: PersistentVolume, metadata: {name}} */
  public static PersistentVolumeBuilder pv(String name) {
    return new PersistentVolumeBuilder().name(name);
  }

  /** {@code kind: StorageClass, metadata: {name}, provisioner} */
  public static StorageClassBuilder storageClass(String name, String provisioner) {
    return new StorageClassBuilder().name(name).provisioner(provisioner);
  }

  /** {@code kind: PodDisruptionBudget, metadata: {name}} */
  public static PodDisruptionBudgetBuilder pdb(String name) {
    return new PodDisruptionBudgetBuilder().name(name);
  }

  /** {@code kind: ConfigMap, metadata: {name}} */
  public static ConfigMapBuilder configMap(String name) {
    return new ConfigMapBuilder().name(name);
  }

  /** {@code kind: Secret, metadata: {name}} */
  public static SecretBuilder secret(String name) {
    return new SecretBuilder().name(name);
  }

  /** {@code kind: Endpoints, metadata: {name}} */
  public static EndpointsBuilder endpoints(String name) {
    return new EndpointsBuilder().name(name);
  }

  // ------------------------------------------------------------------ probes and handlers

  /** {@code httpGet: {port: 80, path: /health}}, a probe or lifecycle handler */
  public static ProbeBuilder httpGet(int port, String path) {
    return ProbeBuilder.httpGet(new HTTPGetAction(IntOrString.of(port), null, null, path, null));
  }

  /** {@code httpGet: {port: http, path: /health}}, by container port name */
  public static ProbeBuilder httpGet(String port, String path) {
    return ProbeBuilder.httpGet(new HTTPGetAction(IntOrString.of(port), null, null, path, null));
  }

  /** {@code tcpSocket: {port: 3306}}, a probe or lifecycle handler */
  public static ProbeBuilder tcpSocket(int port) {
    return ProbeBuilder.tcpSocket(new TCPSocketAction(IntOrString.of(port), null));
  }

  /** {@code tcpSocket: {port: mysql}}, by container port name */
  public static ProbeBuilder tcpSocket(String port) {
    return ProbeBuilder.tcpSocket(new TCPSocketAction(IntOrString.of(port), null));
  }

  /** {@code exec: {command: [cat, /tmp/healthy]}}, a probe or lifecycle handler */
  public static ProbeBuilder exec(String... command) {
    return ProbeBuilder.exec(new ExecAction(List.of(command)));
  }

  /** {@code grpc: {port: 9090}}, a probe only */
  public static ProbeBuilder grpc(int port) {
    return ProbeBuilder.grpc(new GRPCAction(port, null));
  }

  /** {@code sleep: {seconds: 5}}, a lifecycle handler only ({@code preStop(sleep(5))}) */
  public static ProbeBuilder sleep(long seconds) {
    return ProbeBuilder.sleep(new SleepAction(seconds));
  }

  // ------------------------------------------------------------------ values

  /** {@code maxSurge: 1}, for {@code rollingUpdate(...)} */
  public static MaxSurge maxSurge(int maxSurge) {
    return new MaxSurge(IntOrString.of(maxSurge));
  }

  /** {@code maxSurge: 25%}, for {@code rollingUpdate(...)} */
  public static MaxSurge maxSurge(String maxSurge) {
    return new MaxSurge(IntOrString.of(maxSurge));
  }

  /** {@code maxUnavailable: 0}, for {@code rollingUpdate(...)} */
  public static MaxUnavailable maxUnavailable(int maxUnavailable) {
    return new MaxUnavailable(IntOrString.of(maxUnavailable));
  }

  /** {@code maxUnavailable: 25%}, for {@code rollingUpdate(...)} */
  public static MaxUnavailable maxUnavailable(String maxUnavailable) {
    return new MaxUnavailable(IntOrString.of(maxUnavailable));
  }

  /**
   * {@code - key: monitor} in {@code tolerations}: {@code
   * toleration("monitor").operator("Exists").effect("NoSchedule")}
   */
  public static TolerationBuilder toleration(String key) {
    return new TolerationBuilder(key);
  }

  /** {@code {key: k, effect: NoSchedule}} in a node's {@code taints} */
  public static Taint taint(String key, String effect) {
    return new Taint(key, null, effect, null);
  }

  /** {@code {key: k, value: v, effect: NoSchedule}} in a node's {@code taints} */
  public static Taint taint(String key, String value, String effect) {
    return new Taint(key, value, effect, null);
  }

  /** {@code - containerPort: 80} in a container's {@code ports}: {@code port(80).name("http")} */
  public static ContainerPortBuilder port(int containerPort) {
    return new ContainerPortBuilder(containerPort);
  }

  /** {@code - port: 80} in a service's {@code ports}: {@code servicePort(80).targetPort(8080)} */
  public static ServicePortBuilder servicePort(int port) {
    return new ServicePortBuilder(port);
  }

  /** {@code cpu: 500m} in requests, limits or capacity */
  public static Resource cpu(String quantity) {
    return resource("cpu", quantity);
  }

  /** {@code memory: 2Gi} in requests, limits or capacity */
  public static Resource memory(String quantity) {
    return resource("memory", quantity);
  }

  /** {@code storage: 2Gi} in a claim's requests or a volume's capacity */
  public static Resource storage(String quantity) {
    return resource("storage", quantity);
  }

  /** {@code ephemeral-storage: 1Gi} */
  public static Resource ephemeralStorage(String quantity) {
    return resource("ephemeral-storage", quantity);
  }

  /** {@code pods: 110} in a node's capacity */
  public static Resource pods(int pods) {
    return new Resource("pods", Quantity.parse(Integer.toString(pods)));
  }

  /**
   * {@code name: quantity}, any resource: {@code resource("nvidia.com/gpu", "1")}
   *
   * @throws IllegalArgumentException if the quantity does not parse
   */
  public static Resource resource(String name, String quantity) {
    return new Resource(name, Quantity.parse(quantity));
  }

  /** An empty label selector (matches everything), to add matchLabels and matchExpressions to */
  public static LabelSelectorBuilder labelSelector() {
    return new LabelSelectorBuilder();
  }

  /** {@code matchLabels: {app: web}}: {@code matchLabels("app", "web")} */
  public static LabelSelectorBuilder matchLabels(String... keyValues) {
    return new LabelSelectorBuilder().matchLabels(keyValues);
  }

  /** {@code - matchExpressions: [...]} in {@code nodeSelectorTerms} */
  public static NodeSelectorTermBuilder nodeSelectorTerm() {
    return new NodeSelectorTermBuilder();
  }

  /**
   * {@code {key: cpu, operator: In, values: [high]}} of a node selector term: {@code
   * expression("cpu", "In", "high")}; operator In, NotIn, Exists, DoesNotExist, Gt or Lt
   */
  public static NodeSelectorRequirement expression(String key, String operator, String... values) {
    return new NodeSelectorRequirement(key, operator, List.of(values));
  }

  /**
   * A pod (anti-)affinity term: {@code {labelSelector: {matchLabels: {app: nginx}}, topologyKey:
   * cpu}} becomes {@code podAffinityTerm().labelSelector("app", "nginx").topologyKey("cpu")}
   */
  public static PodAffinityTermBuilder podAffinityTerm() {
    return new PodAffinityTermBuilder();
  }

  /** {@code {name, emptyDir: {}}} in a pod's {@code volumes} */
  public static Volume emptyDirVolume(String name) {
    return volume(name, null, null, null, new EmptyDirVolumeSource(null, null), null);
  }

  /** {@code {name, persistentVolumeClaim: {claimName}}} in a pod's {@code volumes} */
  public static Volume claimVolume(String name, String claimName) {
    return volume(
        name, new PersistentVolumeClaimVolumeSource(claimName, null), null, null, null, null);
  }

  /** {@code {name, configMap: {name: configMap}}} in a pod's {@code volumes} */
  public static Volume configMapVolume(String name, String configMap) {
    return volume(
        name, null, new ConfigMapVolumeSource(configMap, null, null, null), null, null, null);
  }

  /** {@code {name, secret: {secretName}}} in a pod's {@code volumes} */
  public static Volume secretVolume(String name, String secretName) {
    return volume(
        name, null, null, new SecretVolumeSource(secretName, null, null, null), null, null);
  }

  /** {@code {name, hostPath: {path}}} in a pod's {@code volumes} */
  public static Volume hostPathVolume(String name, String path) {
    return volume(name, null, null, null, null, new HostPathVolumeSource(path, null));
  }

  private static Volume volume(
      String name,
      PersistentVolumeClaimVolumeSource claim,
      ConfigMapVolumeSource configMap,
      SecretVolumeSource secret,
      EmptyDirVolumeSource emptyDir,
      HostPathVolumeSource hostPath) {
    return new Volume(name, claim, configMap, secret, null, null, emptyDir, hostPath, null);
  }

  // ------------------------------------------------------------------ derivation

  /** {@return a builder holding every field of {@code namespace}} */
  public static NamespaceBuilder toBuilder(Namespace namespace) {
    return NamespaceBuilder.from(namespace);
  }

  /** {@return a builder holding every field of {@code node}} */
  public static NodeBuilder toBuilder(Node node) {
    return NodeBuilder.from(node);
  }

  /** {@return a builder holding every field of {@code pod}} */
  public static PodBuilder toBuilder(Pod pod) {
    return PodBuilder.from(pod);
  }

  /**
   * {@return a builder holding a pod template}, to derive a new template: {@code
   * .template(toBuilder(d.spec().template()).label("version", "v2"))}
   */
  public static PodBuilder toBuilder(PodTemplateSpec template) {
    return PodBuilder.from(template);
  }

  /** {@return a builder holding every field of {@code container}} */
  public static ContainerBuilder toBuilder(Container container) {
    return ContainerBuilder.from(container);
  }

  /** {@return a builder holding every field of {@code deployment}} */
  public static DeploymentBuilder toBuilder(Deployment deployment) {
    return DeploymentBuilder.from(deployment);
  }

  /** {@return a builder holding every field of {@code replicaSet}} */
  public static ReplicaSetBuilder toBuilder(ReplicaSet replicaSet) {
    return ReplicaSetBuilder.from(replicaSet);
  }

  /** {@return a builder holding every field of {@code daemonSet}} */
  public static DaemonSetBuilder toBuilder(DaemonSet daemonSet) {
    return DaemonSetBuilder.from(daemonSet);
  }

  /** {@return a builder holding every field of {@code statefulSet}} */
  public static StatefulSetBuilder toBuilder(StatefulSet statefulSet) {
    return StatefulSetBuilder.from(statefulSet);
  }

  /** {@return a builder holding every field of {@code job}} */
  public static JobBuilder toBuilder(Job job) {
    return JobBuilder.from(job);
  }

  /** {@return a builder holding a CronJob's job template} */
  public static JobBuilder toBuilder(JobTemplateSpec template) {
    return JobBuilder.from(template);
  }

  /** {@return a builder holding every field of {@code cronJob}} */
  public static CronJobBuilder toBuilder(CronJob cronJob) {
    return CronJobBuilder.from(cronJob);
  }

  /** {@return a builder holding every field of {@code service}} */
  public static ServiceBuilder toBuilder(Service service) {
    return ServiceBuilder.from(service);
  }

  /** {@return a builder holding every field of {@code claim}} */
  public static PersistentVolumeClaimBuilder toBuilder(PersistentVolumeClaim claim) {
    return PersistentVolumeClaimBuilder.from(claim);
  }

  /** {@return a builder holding every field of {@code volume}} */
  public static PersistentVolumeBuilder toBuilder(PersistentVolume volume) {
    return PersistentVolumeBuilder.from(volume);
  }

  /** {@return a builder holding every field of {@code storageClass}} */
  public static StorageClassBuilder toBuilder(StorageClass storageClass) {
    return StorageClassBuilder.from(storageClass);
  }

  /** {@return a builder holding every field of {@code budget}} */
  public static PodDisruptionBudgetBuilder toBuilder(PodDisruptionBudget budget) {
    return PodDisruptionBudgetBuilder.from(budget);
  }

  /** {@return a builder holding every field of {@code configMap}} */
  public static ConfigMapBuilder toBuilder(ConfigMap configMap) {
    return ConfigMapBuilder.from(configMap);
  }

  /** {@return a builder holding every field of {@code secret}} */
  public static SecretBuilder toBuilder(Secret secret) {
    return SecretBuilder.from(secret);
  }

  /** {@return a builder holding every field of {@code endpoints}} */
  public static EndpointsBuilder toBuilder(Endpoints endpoints) {
    return EndpointsBuilder.from(endpoints);
  }
}
