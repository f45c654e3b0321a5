package io.kubemu.model.core;

/**
 * One endpoint address.
 *
 * @param ip required
 * @param targetRef the pod
 */
public record EndpointAddress(
    String ip, String hostname, String nodeName, ObjectReference targetRef) {}
