package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * No node fits the pod. Mirrors framework.FitError (v1.30), whose message is the one kubectl shows
 * in FailedScheduling events.
 *
 * @param pod the pod
 * @param numAllNodes the nodes in the snapshot
 * @param diagnosis why each node was rejected
 */
public record FitError(Pod pod, int numAllNodes, Diagnosis diagnosis) {

  /** The message prefix with the node count (upstream NoNodeAvailableMsg). */
  public static final String NO_NODE_AVAILABLE_MSG = "0/%d nodes are available";

  /**
   * {@return "0/X nodes are available: &lt;PreFilterMsg&gt;. &lt;FilterMsg&gt;.
   * &lt;PostFilterMsg&gt;."} where FilterMsg counts each reason over the rejected nodes as "N
   * reason" and sorts those strings (so "3 node(s) didn't match ..." precedes "3 node(s) had ..."),
   * as upstream FitError.Error().
   */
  public String message() {
    StringBuilder msg = new StringBuilder(String.format(NO_NODE_AVAILABLE_MSG, numAllNodes));
    msg.append(':');
    String preFilterMsg = diagnosis.preFilterMsg();
    if (!preFilterMsg.isEmpty()) {
      msg.append(' ').append(preFilterMsg).append('.');
    } else {
      List<String> histogram = histogram(diagnosis.nodeToStatus());
      if (!histogram.isEmpty()) {
        msg.append(' ').append(String.join(", ", histogram)).append('.');
      }
    }
    String postFilterMsg = diagnosis.postFilterMsg();
    if (!postFilterMsg.isEmpty()) {
      msg.append(' ').append(postFilterMsg).append('.');
    }
    return msg.toString();
  }

  /** {@return "count reason" for every reason of the statuses, sorted as strings} */
  static List<String> histogram(Map<String, Status> nodeToStatus) {
    Map<String, Integer> reasons = new LinkedHashMap<>();
    for (Status s : nodeToStatus.values()) {
      for (String r : s.reasons()) {
        reasons.merge(r, 1, Integer::sum);
      }
    }
    List<String> out = new ArrayList<>(reasons.size());
    reasons.forEach((r, n) -> out.add(n + " " + r));
    Collections.sort(out);
    return out;
  }

  @Override
  public String toString() {
    return message();
  }
}
