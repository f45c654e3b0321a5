package io.kubemu.model.core;

/**
 * A port of endpoints.
 *
 * @param name the service port's name
 * @param port required
 * @param protocol defaults to TCP
 */
public record EndpointPort(String name, Integer port, String protocol, String appProtocol) {}
