package io.kubemu.engine.scheduler.plugins.imagelocality;

import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.Handle;
import io.kubemu.engine.scheduler.ImageStateSummary;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.ScorePlugin;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Pod;

/**
 * Prefers nodes that already hold the pod's images: each present image adds its size times the
 * share of nodes holding it, and the sum, clamped to [23MB, 1000MB x containers], maps linearly
 * onto [0, 100]. Mirrors pkg/scheduler/framework/plugins/imagelocality/image_locality.go (v1.30).
 */
public final class ImageLocality implements ScorePlugin {

  static final long MB = 1024L * 1024;

  /** Below this sum the score is 0. */
  static final long MIN_THRESHOLD = 23 * MB;

  /** Per container; above this sum the score is 100. */
  static final long MAX_CONTAINER_THRESHOLD = 1000 * MB;

  private final Handle handle;
  // the normalized image names of the last pod scored: the same for every node of a cycle
  private Pod lastPod;
  private String[] lastImages;

  public ImageLocality(Handle handle) {
    this.handle = handle;
  }

  @Override
  public String name() {
    return Names.IMAGE_LOCALITY;
  }

  @Override
  public long score(CycleState state, Pod pod, NodeInfo nodeInfo) {
    int totalNumNodes = handle.nodeInfos().list().size();
    if (pod != lastPod) {
      lastImages = imageNames(pod);
      lastPod = pod;
    }
    long sum = sumImageScores(nodeInfo, lastImages, totalNumNodes);
    int containers =
        pod.spec() == null
            ? 0
            : pod.spec().initContainers().size() + pod.spec().containers().size();
    return calculatePriority(sum, containers);
  }

  // upstream calculatePriority
  static long calculatePriority(long sumScores, int numContainers) {
    long maxThreshold = MAX_CONTAINER_THRESHOLD * numContainers;
    if (sumScores < MIN_THRESHOLD) {
      sumScores = MIN_THRESHOLD;
    } else if (sumScores > maxThreshold) {
      sumScores = maxThreshold;
    }
    return MAX_NODE_SCORE * (sumScores - MIN_THRESHOLD) / (maxThreshold - MIN_THRESHOLD);
  }

  // the normalized images of the init containers, then of the containers
  static String[] imageNames(Pod pod) {
    if (pod.spec() == null) {
      return new String[0];
    }
    java.util.List<String> out = new java.util.ArrayList<>();
    for (Container c : pod.spec().initContainers()) {
      if (c.image() != null) out.add(normalizedImageName(c.image()));
    }
    for (Container c : pod.spec().containers()) {
      if (c.image() != null) out.add(normalizedImageName(c.image()));
    }
    return out.toArray(String[]::new);
  }

  // upstream sumImageScores
  static long sumImageScores(NodeInfo nodeInfo, String[] images, int totalNumNodes) {
    if (nodeInfo.imageStates().isEmpty()) {
      return 0;
    }
    long sum = 0;
    for (String image : images) {
      ImageStateSummary state = nodeInfo.imageStates().get(image);
      if (state != null) {
        // the size, scaled by how far the image has spread, against "node heating"
        double spread = (double) state.numNodes() / (double) totalNumNodes;
        sum += (long) ((double) state.size() * spread);
      }
    }
    return sum;
  }

  /** {@return the name with ":latest" when it has no tag} (upstream normalizedImageName) */
  public static String normalizedImageName(String name) {
    if (name.lastIndexOf(':') <= name.lastIndexOf('/')) {
      return name + ":latest";
    }
    return name;
  }
}
