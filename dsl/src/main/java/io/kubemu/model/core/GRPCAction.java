package io.kubemu.model.core;

/**
 * A gRPC health check (grpc.health.v1).
 *
 * @param port required
 * @param service the service name sent in the request
 */
public record GRPCAction(Integer port, String service) {}
