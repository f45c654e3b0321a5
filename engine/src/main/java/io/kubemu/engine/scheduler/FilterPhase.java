package io.kubemu.engine.scheduler;

import io.kubemu.engine.scheduler.helper.Pods;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PreFilter, Filter and PostFilter extension points of the {@link Framework}. Mirrors
 * frameworkImpl RunPreFilterPlugins, RunPreFilterExtensionAddPod/RemovePod, RunFilterPlugins,
 * RunFilterPluginsWithNominatedPods and RunPostFilterPlugins (v1.30), sequential.
 */
final class FilterPhase {

  private FilterPhase() {}

  static PreFilterResult runPreFilterPlugins(
      List<PreFilterPlugin> preFilter, CycleState state, Pod pod) {
    Set<String> nodes = null;
    List<String> pluginsWithNodes = new ArrayList<>();
    Set<String> skip = new TreeSet<>();
    for (PreFilterPlugin pl : preFilter) {
      PreFilterResult r;
      try {
        r = pl.preFilter(state, pod);
      } catch (RuntimeException e) {
        r = PreFilterResult.of(Status.error(e.getMessage()));
      }
      Status s = r.status();
      if (s.isSkip()) {
        skip.add(pl.name());
        continue;
      }
      if (!s.isSuccess()) {
        if (s.isRejected()) {
          return PreFilterResult.of(s.withPlugin(pl.name()));
        }
        return PreFilterResult.of(
            Status.error("running PreFilter plugin \"" + pl.name() + "\": " + s.message())
                .withPlugin(pl.name()));
      }
      if (!r.allNodes()) {
        pluginsWithNodes.add(pl.name());
      }
      nodes = PreFilterResult.merge(nodes, r.nodeNames());
      if (nodes != null && nodes.isEmpty()) {
        String msg =
            pluginsWithNodes.size() == 1
                ? "node(s) didn't satisfy plugin " + pluginsWithNodes.get(0)
                : "node(s) didn't satisfy plugin(s) ["
                    + String.join(" ", pluginsWithNodes)
                    + "] simultaneously";
        return PreFilterResult.of(Status.unresolvable(msg));
      }
    }
    state.setSkipFilterPlugins(skip);
    return new PreFilterResult(Status.SUCCESS, nodes);
  }

  static Status runExtension(
      List<PreFilterPlugin> preFilter,
      CycleState state,
      Pod podToSchedule,
      PodInfo pi,
      NodeInfo nodeInfo,
      boolean add) {
    for (PreFilterPlugin pl : preFilter) {
      PreFilterExtensions ext = pl.preFilterExtensions();
      if (ext == null || state.skipFilterPlugins().contains(pl.name())) continue;
      Status s =
          add
              ? ext.addPod(state, podToSchedule, pi, nodeInfo)
              : ext.removePod(state, podToSchedule, pi, nodeInfo);
      if (!Status.isSuccess(s)) {
        return Status.error(
            "running "
                + (add ? "AddPod" : "RemovePod")
                + " on PreFilter plugin \""
                + pl.name()
                + "\": "
                + s.message());
      }
    }
    return Status.SUCCESS;
  }

  static Status runFilterPlugins(FilterPlugin[] active, CycleState state, Pod pod, NodeInfo info) {
    for (FilterPlugin pl : active) {
      Status s;
      try {
        s = pl.filter(state, pod, info);
      } catch (RuntimeException e) {
        s = Status.error(e.getMessage());
      }
      if (!Status.isSuccess(s)) {
        if (!s.isRejected()) {
          s = Status.error("running \"" + pl.name() + "\" filter plugin: " + s.message());
        }
        return s.withPlugin(pl.name());
      }
    }
    return Status.SUCCESS;
  }

  // with nominated pods of at least the pod's priority, run twice: with them, then without
  static Status runFilterPluginsWithNominatedPods(
      Framework fw, CycleState state, Pod pod, NodeInfo info) {
    Status status = null;
    boolean podsAdded = false;
    for (int i = 0; i < 2; i++) {
      CycleState stateToUse = state;
      NodeInfo nodeInfoToUse = info;
      if (i == 0) {
        NodeInfo out = null;
        CycleState stateOut = null;
        for (PodInfo pi : fw.nominatedPodsForNode(info.name())) {
          if (Pods.priority(pi.pod()) >= Pods.priority(pod) && !NodeInfo.samePod(pi.pod(), pod)) {
            if (out == null) {
              out = info.snapshot();
              stateOut = state.copy();
            }
            out.addPodInfo(pi);
            Status s = fw.runPreFilterExtensionAddPod(stateOut, pod, pi, out);
            if (!s.isSuccess()) {
              return s;
            }
            podsAdded = true;
          }
        }
        if (podsAdded) {
          stateToUse = stateOut;
          nodeInfoToUse = out;
        }
      } else if (!podsAdded || !status.isSuccess()) {
        break;
      }
      status = fw.runFilterPlugins(stateToUse, pod, nodeInfoToUse);
      if (!status.isSuccess() && !status.isRejected()) {
        return status;
      }
    }
    return status;
  }

  static PostFilterResult runPostFilterPlugins(
      List<PostFilterPlugin> postFilter,
      CycleState state,
      Pod pod,
      Map<String, Status> nodeToStatus) {
    String nominated = null;
    List<String> reasons = new ArrayList<>();
    String rejector = null;
    for (PostFilterPlugin pl : postFilter) {
      PostFilterResult r;
      try {
        r = pl.postFilter(state, pod, nodeToStatus);
      } catch (RuntimeException e) {
        r = new PostFilterResult(Status.error(e.getMessage()), null);
      }
      Status s = r.status();
      if (s.isSuccess()) {
        return r;
      } else if (s.code() == Code.UNSCHEDULABLE_AND_UNRESOLVABLE) {
        return new PostFilterResult(s.withPlugin(pl.name()), r.nominatedNodeName());
      } else if (!s.isRejected()) {
        return new PostFilterResult(Status.error(s.message()).withPlugin(pl.name()), null);
      } else if (r.overridesNomination()) {
        nominated = r.nominatedNodeName();
      }
      reasons.addAll(s.reasons());
      if (rejector == null) {
        rejector = pl.name(); // the first failed plugin
      }
    }
    return new PostFilterResult(new Status(Code.UNSCHEDULABLE, reasons, rejector), nominated);
  }
}
