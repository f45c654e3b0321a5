package io.kubemu.model.core;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A Node (core/v1): a machine pods run on. Cluster-scoped.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param status the observed state, or null before a kubelet wrote one
 */
public record Node(ObjectMeta metadata, NodeSpec spec, NodeStatus status)
    implements HasStatus<NodeStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "v1";

  /** The kind {@value}. */
  public static final String KIND = "Node";

  /** The well-known label holding the node's name. */
  public static final String LABEL_HOSTNAME = "kubernetes.io/hostname";

  /** The well-known label holding the node's OS. */
  public static final String LABEL_OS = "kubernetes.io/os";

  /** The well-known label holding the node's architecture. */
  public static final String LABEL_ARCH = "kubernetes.io/arch";

  /** The well-known label holding the node's zone. */
  public static final String LABEL_ZONE = "topology.kubernetes.io/zone";

  /** The well-known label holding the node's region. */
  public static final String LABEL_REGION = "topology.kubernetes.io/region";

  public Node {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
  }

  @Override
  public String apiVersion() {
    return API_VERSION;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Node withMetadata(ObjectMeta metadata) {
    return new Node(metadata, spec, status);
  }

  public Node withSpec(NodeSpec spec) {
    return new Node(metadata, spec, status);
  }

  @Override
  public Node withStatus(NodeStatus status) {
    return new Node(metadata, spec, status);
  }
}
