/**
 * Seed section 8, scheduling, as executable examples on the seed's six nodes ({@code
 * seed/manifests/nodes-centos7.yaml}) and its unmodified {@code sched-*.yaml} manifests:
 *
 * <ul>
 *   <li>8.2 {@code nodeName} and {@code nodeSelector}: {@link
 *       io.kubemu.examples.scheduling.NodeNameAndSelectorTest}
 *   <li>8.3 node affinity, cases 1 to 4: {@link io.kubemu.examples.scheduling.NodeAffinityTest}
 *   <li>8.4 pod affinity, required and preferred: {@link
 *       io.kubemu.examples.scheduling.PodAffinityTest}
 *   <li>8.5 taints (NoSchedule, NoExecute) and a dedicated Prometheus node: {@link
 *       io.kubemu.examples.scheduling.TaintsTest}
 *   <li>8.6 drain: {@link io.kubemu.examples.scheduling.DrainTest}
 * </ul>
 *
 * <p>Each test prints the kubectl commands and their output as the seed's terminal sessions show
 * them, and the scheduler's explanation (per node: the plugin that filtered it out, or each
 * plugin's raw, normalized and weighted score) where the placement needs one.
 */
package io.kubemu.examples.scheduling;
