/**
 * The seed's section 2 (Deployment, namespace {@code app}, the two hdss7 nodes), one tutorial per
 * scenario, on the seed's manifests unmodified, printing the kubectl sessions a reader of the seed
 * recognises:
 *
 * <ul>
 *   <li>2.3.1 create with change-cause: {@link io.kubemu.examples.deployment.CreateDeploymentTest}
 *   <li>2.3.2 blue-green (v1.13, maxSurge 5): {@link io.kubemu.examples.deployment.BlueGreenTest}
 *   <li>2.3.3 rolling (v1.14, maxSurge 1, maxUnavailable 0): {@link
 *       io.kubemu.examples.deployment.RollingUpdateTest}
 *   <li>2.3.4 canary with pause and resume (v1.15): {@link
 *       io.kubemu.examples.deployment.CanaryTest}
 *   <li>2.3.5 rollback, {@code undo} and {@code undo --to-revision}: {@link
 *       io.kubemu.examples.deployment.RollbackTest}
 * </ul>
 *
 * <p>Beyond the seed: {@link io.kubemu.examples.deployment.NeverBelowReadyPodsTest} (a rollout of
 * your own Deployment never drops below N ready pods) and {@link
 * io.kubemu.examples.deployment.CanaryTrafficTest} (a canary takes about 1/6 of a Service's
 * traffic).
 */
package io.kubemu.examples.deployment;
