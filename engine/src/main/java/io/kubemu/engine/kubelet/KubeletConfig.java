package io.kubemu.engine.kubelet;

import io.kubemu.model.Quantity;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings shared by every simulated kubelet of a cluster.
 *
 * @param capacity a node's capacity where its Node object states none; default cpu 4, memory 8Gi,
 *     pods 110, ephemeral-storage 100Gi (allocatable defaults to capacity)
 * @param podCidrPrefix the first two octets of the per-node pod CIDRs: node number {@code i}
 *     (counted from 0 in the order kubelets start) gets {@code <prefix>.<i>.0/24}, {@code .1} being
 *     its gateway; default {@value #DEFAULT_POD_CIDR_PREFIX}
 * @param nodeIpPrefix the first three octets of the nodes' InternalIPs: node number {@code i} gets
 *     {@code <prefix>.<i + 10>}; default {@value #DEFAULT_NODE_IP_PREFIX}
 * @param relistPeriod the pod lifecycle event generator's relist period: a failed image pull turns
 *     into ImagePullBackOff this long after ErrImagePull; default 1 s
 * @param serializeImagePulls pull one image at a time per node, as the kubelet does by default;
 *     default true
 * @param kubeletVersion default {@value #DEFAULT_KUBELET_VERSION}
 * @param containerRuntimeVersion default {@value #DEFAULT_RUNTIME_VERSION}
 * @param osImage default {@value #DEFAULT_OS_IMAGE}
 * @param kernelVersion default {@value #DEFAULT_KERNEL_VERSION}
 */
public record KubeletConfig(
    Map<String, Quantity> capacity,
    String podCidrPrefix,
    String nodeIpPrefix,
    Duration relistPeriod,
    boolean serializeImagePulls,
    String kubeletVersion,
    String containerRuntimeVersion,
    String osImage,
    String kernelVersion) {

  /** The default pod CIDR prefix. */
  public static final String DEFAULT_POD_CIDR_PREFIX = "10.244";

  /** The default node IP prefix. */
  public static final String DEFAULT_NODE_IP_PREFIX = "192.168.0";

  /** The default kubelet version. */
  public static final String DEFAULT_KUBELET_VERSION = "v1.30.0";

  /** The default container runtime version. */
  public static final String DEFAULT_RUNTIME_VERSION = "kubemu://1.0";

  /** The default OS image. */
  public static final String DEFAULT_OS_IMAGE = "kubemu simulated Linux";

  /** The default kernel version. */
  public static final String DEFAULT_KERNEL_VERSION = "6.1.0-kubemu";

  /** The defaults. */
  public static final KubeletConfig DEFAULT =
      new KubeletConfig(
          defaultCapacity(),
          DEFAULT_POD_CIDR_PREFIX,
          DEFAULT_NODE_IP_PREFIX,
          Duration.ofSeconds(1),
          true,
          DEFAULT_KUBELET_VERSION,
          DEFAULT_RUNTIME_VERSION,
          DEFAULT_OS_IMAGE,
          DEFAULT_KERNEL_VERSION);

  public KubeletConfig {
    capacity = Map.copyOf(capacity);
    Objects.requireNonNull(podCidrPrefix);
    Objects.requireNonNull(nodeIpPrefix);
    Objects.requireNonNull(relistPeriod);
  }

  private static Map<String, Quantity> defaultCapacity() {
    Map<String, Quantity> m = new LinkedHashMap<>();
    m.put("cpu", Quantity.parse("4"));
    m.put("ephemeral-storage", Quantity.parse("100Gi"));
    m.put("memory", Quantity.parse("8Gi"));
    m.put("pods", Quantity.parse("110"));
    return m;
  }

  public KubeletConfig withCapacity(Map<String, Quantity> capacity) {
    return new KubeletConfig(
        capacity,
        podCidrPrefix,
        nodeIpPrefix,
        relistPeriod,
        serializeImagePulls,
        kubeletVersion,
        containerRuntimeVersion,
        osImage,
        kernelVersion);
  }

  public KubeletConfig withSerializeImagePulls(boolean serialize) {
    return new KubeletConfig(
        capacity,
        podCidrPrefix,
        nodeIpPrefix,
        relistPeriod,
        serialize,
        kubeletVersion,
        containerRuntimeVersion,
        osImage,
        kernelVersion);
  }

  public KubeletConfig withRelistPeriod(Duration relistPeriod) {
    return new KubeletConfig(
        capacity,
        podCidrPrefix,
        nodeIpPrefix,
        relistPeriod,
        serializeImagePulls,
        kubeletVersion,
        containerRuntimeVersion,
        osImage,
        kernelVersion);
  }
}
