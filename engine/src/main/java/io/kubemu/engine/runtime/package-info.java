/**
 * The simulated container runtime: what runs in a container and how it answers.
 *
 * <p>Public API for users: {@link io.kubemu.engine.runtime.ContainerBehavior} (implement or mock it
 * to override start delay, time to ready, exit, memory use, probe answers, pulls and the stop
 * signal; every method defaults to "as the image and command make it"), registered per image or per
 * container in {@link io.kubemu.engine.runtime.ContainerBehaviors}; {@link
 * io.kubemu.engine.runtime.Images} (the image catalogue: ENTRYPOINT, CMD, server ports, size, pull
 * time of busybox, nginx, centos, ...) with {@link io.kubemu.engine.runtime.ImageConfig}; {@link
 * io.kubemu.engine.runtime.ClaimStorage} (the hook for persistentVolumeClaim files).
 *
 * <p>Engine-internal (the kubelet drives them): {@link io.kubemu.engine.runtime.ContainerRuntime}
 * per node, {@link io.kubemu.engine.runtime.PodSandbox}, {@link
 * io.kubemu.engine.runtime.RuntimeContainer}, {@link io.kubemu.engine.runtime.ImageStore}, {@link
 * io.kubemu.engine.runtime.ContainerCommand}. A container's process is its command line run by the
 * simulated shell ({@link io.kubemu.engine.runtime.shell}) over its files ({@link
 * io.kubemu.engine.runtime.fs}); a command the shell does not simulate (an image's server) runs
 * forever and serves TCP and HTTP on its ports: files under the image's document root for nginx and
 * httpd (200 or 404), 200 for anything else.
 *
 * <p>Everything runs on the event loop's thread and is deterministic.
 */
package io.kubemu.engine.runtime;
