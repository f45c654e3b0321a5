package io.kubemu.model.core;

/**
 * Facts a kubelet reports about its node (core/v1 NodeSystemInfo).
 *
 * @param containerRuntimeVersion {@code <runtime>://<version>}
 */
public record NodeSystemInfo(
    String machineID,
    String systemUUID,
    String bootID,
    String kernelVersion,
    String osImage,
    String containerRuntimeVersion,
    String kubeletVersion,
    String kubeProxyVersion,
    String operatingSystem,
    String architecture) {}
