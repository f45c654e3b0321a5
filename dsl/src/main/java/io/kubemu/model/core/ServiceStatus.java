package io.kubemu.model.core;

/** The observed state of a service. */
public record ServiceStatus(LoadBalancerStatus loadBalancer) {}
