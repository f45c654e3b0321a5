/**
 * kube-scheduler (v1.30): the scheduling framework (extension points, {@link
 * io.kubemu.engine.scheduler.Status}, {@link io.kubemu.engine.scheduler.CycleState}, {@link
 * io.kubemu.engine.scheduler.NodeInfo}, the plugin registry and profiles), the scheduling algorithm
 * ({@link io.kubemu.engine.scheduler.SchedulingAlgorithm}), the {@link
 * io.kubemu.engine.scheduler.Scheduler} loop over the API server, and {@link
 * io.kubemu.engine.scheduler.Explanation}s of every attempt. The in-tree plugins are in {@code
 * plugins.<name>}; the queue and the cache in {@code queue} and {@code cache}.
 */
package io.kubemu.engine.scheduler;
