package io.kubemu.engine.scheduler;

import java.util.List;

/**
 * A plugin that can reject pods names the cluster events that could make them schedulable again;
 * the queue moves a pod it rejected only on those. A rejecting plugin that does not implement this
 * is interested in every event. Mirrors framework.EnqueueExtensions (v1.30, queueing hints off).
 */
public interface EnqueueExtensions {

  /** {@return the events worth retrying on} */
  List<ClusterEvent> eventsToRegister();
}
