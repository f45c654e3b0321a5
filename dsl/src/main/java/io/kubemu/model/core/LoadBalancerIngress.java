package io.kubemu.model.core;

/** An ingress point of a load balancer. */
public record LoadBalancerIngress(String ip, String hostname) {}
