package io.kubemu.engine.scheduler;

/**
 * A change in the cluster that may make unschedulable pods schedulable: a resource kind and a bit
 * set of actions. Mirrors framework.ClusterEvent and ActionType (v1.30) and the event constants of
 * internal/queue/events.go.
 *
 * @param resource {@value #POD}, {@value #NODE}, {@value #PERSISTENT_VOLUME_CLAIM}, {@value
 *     #PERSISTENT_VOLUME}, {@value #STORAGE_CLASS} or {@value #WILDCARD}
 * @param actionType a bit set of {@link #ADD}, {@link #DELETE} and the node update bits
 * @param label a readable name
 */
public record ClusterEvent(String resource, int actionType, String label) {

  /** Resource Pod. */
  public static final String POD = "Pod";

  /** Resource Node. */
  public static final String NODE = "Node";

  /** Resource PersistentVolumeClaim. */
  public static final String PERSISTENT_VOLUME_CLAIM = "PersistentVolumeClaim";

  /** Resource PersistentVolume. */
  public static final String PERSISTENT_VOLUME = "PersistentVolume";

  /** Resource StorageClass. */
  public static final String STORAGE_CLASS = "storage.k8s.io/StorageClass";

  /** Any resource. */
  public static final String WILDCARD = "*";

  /** Action: the object was added. */
  public static final int ADD = 1;

  /** Action: the object was deleted. */
  public static final int DELETE = 1 << 1;

  /** Action: a node's allocatable changed. */
  public static final int UPDATE_NODE_ALLOCATABLE = 1 << 2;

  /** Action: a node's labels changed. */
  public static final int UPDATE_NODE_LABEL = 1 << 3;

  /** Action: a node's taints (or spec.unschedulable) changed. */
  public static final int UPDATE_NODE_TAINT = 1 << 4;

  /** Action: a node's conditions changed. */
  public static final int UPDATE_NODE_CONDITION = 1 << 5;

  /** Action: a node's annotations changed. */
  public static final int UPDATE_NODE_ANNOTATION = 1 << 6;

  /** Every action. */
  public static final int ALL = (1 << 7) - 1;

  /** Any update. */
  public static final int UPDATE =
      UPDATE_NODE_ALLOCATABLE
          | UPDATE_NODE_LABEL
          | UPDATE_NODE_TAINT
          | UPDATE_NODE_CONDITION
          | UPDATE_NODE_ANNOTATION;

  /** A pod was bound (or observed bound). */
  public static final ClusterEvent ASSIGNED_POD_ADD = new ClusterEvent(POD, ADD, "AssignedPodAdd");

  /** A bound pod changed. */
  public static final ClusterEvent ASSIGNED_POD_UPDATE =
      new ClusterEvent(POD, UPDATE, "AssignedPodUpdate");

  /** A bound pod went away (deleted, or finished). */
  public static final ClusterEvent ASSIGNED_POD_DELETE =
      new ClusterEvent(POD, DELETE, "AssignedPodDelete");

  /** A node was added. */
  public static final ClusterEvent NODE_ADD = new ClusterEvent(NODE, ADD, "NodeAdd");

  /** A node was cordoned or uncordoned. */
  public static final ClusterEvent NODE_SPEC_UNSCHEDULABLE_CHANGE =
      new ClusterEvent(NODE, UPDATE_NODE_TAINT, "NodeSpecUnschedulableChange");

  /** A node's allocatable changed. */
  public static final ClusterEvent NODE_ALLOCATABLE_CHANGE =
      new ClusterEvent(NODE, UPDATE_NODE_ALLOCATABLE, "NodeAllocatableChange");

  /** A node's labels changed. */
  public static final ClusterEvent NODE_LABEL_CHANGE =
      new ClusterEvent(NODE, UPDATE_NODE_LABEL, "NodeLabelChange");

  /** A node's taints changed. */
  public static final ClusterEvent NODE_TAINT_CHANGE =
      new ClusterEvent(NODE, UPDATE_NODE_TAINT, "NodeTaintChange");

  /** A node's conditions changed. */
  public static final ClusterEvent NODE_CONDITION_CHANGE =
      new ClusterEvent(NODE, UPDATE_NODE_CONDITION, "NodeConditionChange");

  /** A node's annotations changed. */
  public static final ClusterEvent NODE_ANNOTATION_CHANGE =
      new ClusterEvent(NODE, UPDATE_NODE_ANNOTATION, "NodeAnnotationChange");

  /** A PersistentVolumeClaim was created. */
  public static final ClusterEvent PVC_ADD =
      new ClusterEvent(PERSISTENT_VOLUME_CLAIM, ADD, "PvcAdd");

  /** A PersistentVolumeClaim changed (bound, for one). */
  public static final ClusterEvent PVC_UPDATE =
      new ClusterEvent(PERSISTENT_VOLUME_CLAIM, UPDATE, "PvcUpdate");

  /** A PersistentVolume was created. */
  public static final ClusterEvent PV_ADD = new ClusterEvent(PERSISTENT_VOLUME, ADD, "PvAdd");

  /** A PersistentVolume changed. */
  public static final ClusterEvent PV_UPDATE =
      new ClusterEvent(PERSISTENT_VOLUME, UPDATE, "PvUpdate");

  /** A StorageClass was created. */
  public static final ClusterEvent STORAGE_CLASS_ADD =
      new ClusterEvent(STORAGE_CLASS, ADD, "StorageClassAdd");

  /** A StorageClass changed. */
  public static final ClusterEvent STORAGE_CLASS_UPDATE =
      new ClusterEvent(STORAGE_CLASS, UPDATE, "StorageClassUpdate");

  /** A pod stayed unschedulable longer than the 5-minute limit. */
  public static final ClusterEvent UNSCHEDULABLE_TIMEOUT =
      new ClusterEvent(WILDCARD, ALL, "UnschedulableTimeout");

  /** {@return whether this is the wildcard event, which moves every pod} */
  public boolean isWildCard() {
    return WILDCARD.equals(resource) && actionType == ALL;
  }

  /**
   * {@return whether a plugin that registered this event is interested in {@code other}}: same
   * resource (or a wildcard) and overlapping actions
   */
  public boolean matches(ClusterEvent other) {
    return isWildCard()
        || (resource.equals(other.resource) && (actionType & other.actionType) != 0);
  }

  /** {@return a registration for a resource and actions} */
  public static ClusterEvent of(String resource, int actionType) {
    return new ClusterEvent(resource, actionType, "");
  }
}
