package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * A container in a pod (core/v1 Container). Null means unset; the API server's defaulting fills in
 * the defaults stated here.
 *
 * @param name required, a DNS-1123 label unique in the pod
 * @param imagePullPolicy Always, IfNotPresent or Never; defaults to Always for a {@code :latest} or
 *     untagged image, else IfNotPresent
 * @param command the entrypoint; the image's when empty
 * @param args arguments to the entrypoint
 * @param restartPolicy only {@code Always}, only on init containers (a sidecar)
 * @param terminationMessagePath defaults to {@value #DEFAULT_TERMINATION_MESSAGE_PATH}
 * @param terminationMessagePolicy File or FallbackToLogsOnError; defaults to File
 */
public record Container(
    String name,
    String image,
    String imagePullPolicy,
    List<String> command,
    List<String> args,
    String workingDir,
    List<ContainerPort> ports,
    List<EnvVar> env,
    List<EnvFromSource> envFrom,
    List<VolumeMount> volumeMounts,
    List<VolumeDevice> volumeDevices,
    ResourceRequirements resources,
    String restartPolicy,
    Lifecycle lifecycle,
    String terminationMessagePath,
    String terminationMessagePolicy,
    Probe livenessProbe,
    Probe readinessProbe,
    Probe startupProbe,
    SecurityContext securityContext,
    Boolean stdin,
    Boolean stdinOnce,
    Boolean tty) {

  /** imagePullPolicy Always. */
  public static final String PULL_ALWAYS = "Always";

  /** imagePullPolicy IfNotPresent. */
  public static final String PULL_IF_NOT_PRESENT = "IfNotPresent";

  /** imagePullPolicy Never. */
  public static final String PULL_NEVER = "Never";

  /** The container restartPolicy that makes an init container a sidecar. */
  public static final String RESTART_ALWAYS = "Always";

  /** The default {@code terminationMessagePath}. */
  public static final String DEFAULT_TERMINATION_MESSAGE_PATH = "/dev/termination-log";

  /** terminationMessagePolicy File, the default. */
  public static final String TERMINATION_MESSAGE_FILE = "File";

  /** terminationMessagePolicy FallbackToLogsOnError. */
  public static final String TERMINATION_MESSAGE_FALLBACK_TO_LOGS_ON_ERROR =
      "FallbackToLogsOnError";

  /** {@code Container} with every field unset. */
  public static final Container EMPTY =
      new Container(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null);

  public Container {
    command = Copies.list(command);
    args = Copies.list(args);
    ports = Copies.list(ports);
    env = Copies.list(env);
    envFrom = Copies.list(envFrom);
    volumeMounts = Copies.list(volumeMounts);
    volumeDevices = Copies.list(volumeDevices);
  }

  public Container withName(String name) {
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

  public Container withImage(String image) {
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

  public Container withImagePullPolicy(String imagePullPolicy) {
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

  public Container withCommand(List<String> command) {
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

  public Container withArgs(List<String> args) {
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

  public Container withPorts(List<ContainerPort> ports) {
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

  public Container withEnv(List<EnvVar> env) {
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

  public Container withVolumeMounts(List<VolumeMount> volumeMounts) {
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

  public Container withResources(ResourceRequirements resources) {
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

  public Container withLifecycle(Lifecycle lifecycle) {
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

  public Container withTerminationMessagePath(String terminationMessagePath) {
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

  public Container withTerminationMessagePolicy(String terminationMessagePolicy) {
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

  public Container withLivenessProbe(Probe livenessProbe) {
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

  public Container withReadinessProbe(Probe readinessProbe) {
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

  public Container withStartupProbe(Probe startupProbe) {
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

  /** {@return a container with just a name and an image} */
  public static Container of(String name, String image) {
    return EMPTY.withName(name).withImage(image);
  }
}
