/**
 * The simulated kubelets: one per Node, running the pods bound to it as the real kubelet (v1.30)
 * does, on the virtual clock.
 *
 * <p>Public API: {@link io.kubemu.engine.kubelet.Kubelets} (construct once per cluster: it starts a
 * {@link io.kubemu.engine.kubelet.Kubelet} for each Node), {@link io.kubemu.engine.kubelet.Faults}
 * (fault injection), {@link io.kubemu.engine.kubelet.KubeletConfig} (settings and defaults).
 *
 * <p>Inside, split as upstream splits pkg/kubelet: {@code PodWorker} (pod_workers.go with SyncPod,
 * SyncTerminatingPod), {@code PodActions} (computePodActions), {@code ContainerStarter} (doBackOff,
 * startContainer), {@code ContainerKiller} (killContainer), {@code ImageManager} (images/), {@code
 * ProbeManager}, {@code ProbeWorker}, {@code Prober} (prober/), {@code HandlerRunner} (lifecycle/),
 * {@code StatusManager} (status/), {@code PodStatusGenerator}, {@code ContainerStatuses}, {@code
 * PodPhases}, {@code PodConditions} (generateAPIPodStatus, getPhase, status/generate.go), {@code
 * QosClasses}, {@code Backoff} (client-go flowcontrol), {@code NodeRegistration}.
 *
 * <p>Timing model: syncs and status writes happen at the instant their cause does (a watch event, a
 * container exit, a probe result); a sync that changed the runtime is followed at once by another
 * (the PLEG's), a failed one is retried after 10 s (workerBackOffPeriod, without jitter), and a
 * restart or pull held by back-off happens exactly when the back-off ends (upstream: at the next
 * sync after that). Image pulls take their configured time, one at a time per node; a
 * SIGTERM-ignoring process is killed when its grace period runs out.
 *
 * <p>Task modes, for {@code runUntilIdle}: work that ends by itself is foreground (pulls, hooks,
 * grace periods, syncs, startup probes, readiness probes of a running container until they first
 * pass or 10 minutes passed, the processes of init containers and of pods whose restartPolicy is
 * not Always); steady-state work is background (liveness probes, settled readiness probes,
 * long-running containers' wake-ups, back-off retries, active deadlines).
 */
package io.kubemu.engine.kubelet;
