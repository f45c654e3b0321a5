package io.kubemu.dsl;

import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerPort;
import io.kubemu.model.core.EnvFromSource;
import io.kubemu.model.core.EnvVar;
import io.kubemu.model.core.Lifecycle;
import io.kubemu.model.core.Probe;
import io.kubemu.model.core.ResourceRequirements;
import io.kubemu.model.core.SecurityContext;
import io.kubemu.model.core.VolumeDevice;
import io.kubemu.model.core.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Container}. Every field is kept; the rare ones ({@code stdin}, {@code tty},
 * {@code envFrom}, ...) are reached with {@link #edit(UnaryOperator)}. Adds no defaults. Mutable,
 * not thread-safe.
 */
public final class ContainerBuilder {

  private String name;
  private String image;
  private String imagePullPolicy;
  private final List<String> command = new ArrayList<>();
  private final List<String> args = new ArrayList<>();
  private String workingDir;
  private final List<ContainerPort> ports = new ArrayList<>();
  private final List<EnvVar> env = new ArrayList<>();
  private final List<EnvFromSource> envFrom = new ArrayList<>();
  private final List<VolumeMount> volumeMounts = new ArrayList<>();
  private final List<VolumeDevice> volumeDevices = new ArrayList<>();
  private ResourceRequirements resources;
  private String restartPolicy;
  private Lifecycle lifecycle;
  private String terminationMessagePath;
  private String terminationMessagePolicy;
  private Probe livenessProbe;
  private Probe readinessProbe;
  private Probe startupProbe;
  private SecurityContext securityContext;
  private Boolean stdin;
  private Boolean stdinOnce;
  private Boolean tty;

  ContainerBuilder(String name) {
    this.name = name;
  }

  /** {@return a builder holding every field of {@code container}} */
  public static ContainerBuilder from(Container container) {
    return new ContainerBuilder(null).load(container);
  }

  /** {@code name}: unique in the pod. */
  public ContainerBuilder name(String name) {
    this.name = name;
    return this;
  }

  /** {@code image}. */
  public ContainerBuilder image(String image) {
    this.image = image;
    return this;
  }

  /**
   * {@code imagePullPolicy}: Always, IfNotPresent or Never (unset means Always for {@code :latest}
   * or untagged images, else IfNotPresent).
   */
  public ContainerBuilder imagePullPolicy(String imagePullPolicy) {
    this.imagePullPolicy = imagePullPolicy;
    return this;
  }

  /** {@code command}; replaces it. */
  public ContainerBuilder command(String... command) {
    this.command.clear();
    this.command.addAll(List.of(command));
    return this;
  }

  /** {@code args}; replaces them. */
  public ContainerBuilder args(String... args) {
    this.args.clear();
    this.args.addAll(List.of(args));
    return this;
  }

  /** {@code workingDir}. */
  public ContainerBuilder workingDir(String workingDir) {
    this.workingDir = workingDir;
    return this;
  }

  /** Appends to {@code ports}: {@code port(port(80).name("http").hostPort(10080))}. */
  public ContainerBuilder port(ContainerPortBuilder port) {
    return port(port.build());
  }

  /** Appends to {@code ports}. */
  public ContainerBuilder port(ContainerPort port) {
    ports.add(port);
    return this;
  }

  /** Appends {@code {containerPort}} to {@code ports}. */
  public ContainerBuilder port(int containerPort) {
    return port(new ContainerPort(containerPort, null, null, null, null));
  }

  /** Appends {@code {name, containerPort}} to {@code ports}. */
  public ContainerBuilder port(String name, int containerPort) {
    return port(new ContainerPort(containerPort, null, null, name, null));
  }

  /** Appends {@code {name, value}} to {@code env}. */
  public ContainerBuilder env(String name, String value) {
    return env(new EnvVar(name, value, null));
  }

  /** Appends to {@code env}. */
  public ContainerBuilder env(EnvVar var) {
    env.add(var);
    return this;
  }

  /** Appends {@code {name, mountPath}} to {@code volumeMounts}. */
  public ContainerBuilder volumeMount(String name, String mountPath) {
    return volumeMount(new VolumeMount(mountPath, name, null, null, null, null));
  }

  /** Appends to {@code volumeMounts}. */
  public ContainerBuilder volumeMount(VolumeMount mount) {
    volumeMounts.add(mount);
    return this;
  }

  /** Appends {@code {name, devicePath}} to {@code volumeDevices}. */
  public ContainerBuilder volumeDevice(String name, String devicePath) {
    volumeDevices.add(new VolumeDevice(devicePath, name));
    return this;
  }

  /** Merged into {@code resources.requests}: {@code requests(cpu("500m"), memory("1Gi"))}. */
  public ContainerBuilder requests(Resource... requests) {
    ResourceRequirements r = resources();
    resources = new ResourceRequirements(r.limits(), Resource.merge(r.requests(), requests));
    return this;
  }

  /** Merged into {@code resources.limits}: {@code limits(cpu("1"), memory("2Gi"))}. */
  public ContainerBuilder limits(Resource... limits) {
    ResourceRequirements r = resources();
    resources = new ResourceRequirements(Resource.merge(r.limits(), limits), r.requests());
    return this;
  }

  /** {@code resources}; replaces them. */
  public ContainerBuilder resources(ResourceRequirements resources) {
    this.resources = resources;
    return this;
  }

  /** {@code restartPolicy}: only {@code Always}, on an init container, making it a sidecar. */
  public ContainerBuilder restartPolicy(String restartPolicy) {
    this.restartPolicy = restartPolicy;
    return this;
  }

  /**
   * {@code lifecycle.postStart}: {@code postStart(exec("/bin/sh", "-c", "..."))}.
   *
   * @throws IllegalStateException if the handler sets probe timing fields
   */
  public ContainerBuilder postStart(ProbeBuilder handler) {
    Lifecycle l = lifecycle == null ? new Lifecycle(null, null) : lifecycle;
    lifecycle = new Lifecycle(handler.buildHandler(), l.preStop());
    return this;
  }

  /**
   * {@code lifecycle.preStop}: {@code preStop(sleep(5))}.
   *
   * @throws IllegalStateException if the handler sets probe timing fields
   */
  public ContainerBuilder preStop(ProbeBuilder handler) {
    Lifecycle l = lifecycle == null ? new Lifecycle(null, null) : lifecycle;
    lifecycle = new Lifecycle(l.postStart(), handler.buildHandler());
    return this;
  }

  /** {@code lifecycle}; replaces it. */
  public ContainerBuilder lifecycle(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
    return this;
  }

  /** {@code terminationMessagePath} (unset means /dev/termination-log). */
  public ContainerBuilder terminationMessagePath(String path) {
    this.terminationMessagePath = path;
    return this;
  }

  /** {@code terminationMessagePolicy}: File (the default) or FallbackToLogsOnError. */
  public ContainerBuilder terminationMessagePolicy(String policy) {
    this.terminationMessagePolicy = policy;
    return this;
  }

  /** {@code livenessProbe}: {@code liveness(httpGet(80, "/").periodSeconds(5))}. */
  public ContainerBuilder liveness(ProbeBuilder probe) {
    return liveness(probe.build());
  }

  /** {@code livenessProbe}. */
  public ContainerBuilder liveness(Probe probe) {
    this.livenessProbe = probe;
    return this;
  }

  /** {@code readinessProbe}: {@code readiness(httpGet(80, "/").initialDelaySeconds(5))}. */
  public ContainerBuilder readiness(ProbeBuilder probe) {
    return readiness(probe.build());
  }

  /** {@code readinessProbe}. */
  public ContainerBuilder readiness(Probe probe) {
    this.readinessProbe = probe;
    return this;
  }

  /** {@code startupProbe}: {@code startup(tcpSocket(80).failureThreshold(30))}. */
  public ContainerBuilder startup(ProbeBuilder probe) {
    return startup(probe.build());
  }

  /** {@code startupProbe}. */
  public ContainerBuilder startup(Probe probe) {
    this.startupProbe = probe;
    return this;
  }

  /** {@code securityContext}. */
  public ContainerBuilder securityContext(SecurityContext securityContext) {
    this.securityContext = securityContext;
    return this;
  }

  /** Escape hatch: edits the container as a record, for fields without a method here. */
  public ContainerBuilder edit(UnaryOperator<Container> edit) {
    return load(edit.apply(build()));
  }

  /** {@return a new container from the builder's current state} */
  public Container build() {
    return new Container(
        name,
        image,
        imagePullPolicy,
        command,
        args,
        workingDir,
        ports,
        env,
        envFrom,
        volumeMounts,
        volumeDevices,
        resources,
        restartPolicy,
        lifecycle,
        terminationMessagePath,
        terminationMessagePolicy,
        livenessProbe,
        readinessProbe,
        startupProbe,
        securityContext,
        stdin,
        stdinOnce,
        tty);
  }

  private ResourceRequirements resources() {
    return resources == null ? new ResourceRequirements(Map.of(), Map.of()) : resources;
  }

  private ContainerBuilder load(Container c) {
    name = c.name();
    image = c.image();
    imagePullPolicy = c.imagePullPolicy();
    command.clear();
    command.addAll(c.command());
    args.clear();
    args.addAll(c.args());
    workingDir = c.workingDir();
    ports.clear();
    ports.addAll(c.ports());
    env.clear();
    env.addAll(c.env());
    envFrom.clear();
    envFrom.addAll(c.envFrom());
    volumeMounts.clear();
    volumeMounts.addAll(c.volumeMounts());
    volumeDevices.clear();
    volumeDevices.addAll(c.volumeDevices());
    resources = c.resources();
    restartPolicy = c.restartPolicy();
    lifecycle = c.lifecycle();
    terminationMessagePath = c.terminationMessagePath();
    terminationMessagePolicy = c.terminationMessagePolicy();
    livenessProbe = c.livenessProbe();
    readinessProbe = c.readinessProbe();
    startupProbe = c.startupProbe();
    securityContext = c.securityContext();
    stdin = c.stdin();
    stdinOnce = c.stdinOnce();
    tty = c.tty();
    return this;
  }
}
