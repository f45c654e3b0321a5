package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** What plugins may use of the framework that runs them. Mirrors framework.Handle (v1.30). */
public interface Handle {

  /** {@return the current cycle's node snapshot} (upstream SnapshotSharedLister().NodeInfos()) */
  NodeInfoLister nodeInfos();

  /** {@return the other listers} */
  ClusterLookup lookup();

  /** {@return the API writes} (upstream ClientSet and EventRecorder) */
  SchedulerClient client();

  /** {@return the cluster's seeded random source} */
  Random random();

  /** {@return the current virtual time} */
  Instant now();

  /** {@return the profile's scheduler name} */
  String profileName();

  /** {@return the pods nominated to run on the node} */
  List<PodInfo> nominatedPodsForNode(String nodeName);

  /** Runs every PreFilter plugin's AddPod. */
  Status runPreFilterExtensionAddPod(
      CycleState state, Pod podToSchedule, PodInfo podToAdd, NodeInfo nodeInfo);

  /** Runs every PreFilter plugin's RemovePod. */
  Status runPreFilterExtensionRemovePod(
      CycleState state, Pod podToSchedule, PodInfo podToRemove, NodeInfo nodeInfo);

  /** Runs the filters with the node's nominated pods of at least equal priority in place. */
  Status runFilterPluginsWithNominatedPods(CycleState state, Pod pod, NodeInfo nodeInfo);
}
