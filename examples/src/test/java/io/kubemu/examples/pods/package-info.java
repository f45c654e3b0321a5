/**
 * Seed section 1, Pods, as executable examples on the seed's manifests ({@code
 * seed/manifests/pod-demo.yaml}, {@code pod-01-liveness.yaml}, nodes {@code nodes-hdss7.yaml}).
 * Each test prints the kubectl session a reader of the seed would recognise.
 *
 * <ul>
 *   <li>1.1.3 Pod phases: {@link io.kubemu.examples.pods.PodPhasesTest}
 *   <li>1.2.4 command/args versus the image's ENTRYPOINT/CMD: {@link
 *       io.kubemu.examples.pods.CommandAndArgsTest}
 *   <li>1.2.4 readiness versus liveness probes: {@link
 *       io.kubemu.examples.pods.ReadinessVersusLivenessTest}
 *   <li>1.3.1 a simple pod ({@code pod-demo}): {@link io.kubemu.examples.pods.PodDemoTest}
 *   <li>1.3.2 a pod with a liveness probe ({@code pod-01}): {@link
 *       io.kubemu.examples.pods.LivenessProbeTest}
 * </ul>
 */
package io.kubemu.examples.pods;
