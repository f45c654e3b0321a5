package io.kubemu.model.core;

import io.kubemu.model.IntOrString;

/**
 * Open a TCP connection; success when it connects.
 *
 * @param port required, a number or a container port name
 * @param host defaults to the pod IP
 */
public record TCPSocketAction(IntOrString port, String host) {}
