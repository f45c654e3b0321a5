package io.kubemu.model.core;

/**
 * One lifecycle hook action; exactly one is set.
 *
 * @param tcpSocket deprecated for hooks, accepted for compatibility
 */
public record LifecycleHandler(
    ExecAction exec, HTTPGetAction httpGet, SleepAction sleep, TCPSocketAction tcpSocket) {}
