package io.kubemu.engine.scheduler.plugins.tainttoleration;

import io.kubemu.engine.scheduler.ClusterEvent;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.EnqueueExtensions;
import io.kubemu.engine.scheduler.FilterPlugin;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.NodeScoreList;
import io.kubemu.engine.scheduler.PreScorePlugin;
import io.kubemu.engine.scheduler.ScorePlugin;
import io.kubemu.engine.scheduler.StateData;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.helper.NormalizeScore;
import io.kubemu.engine.scheduler.helper.Taints;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Taint;
import io.kubemu.model.core.Toleration;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters out nodes with a NoSchedule or NoExecute taint the pod does not tolerate, and prefers
 * nodes with fewer untolerated PreferNoSchedule taints (score = their count, normalized in reverse:
 * none scores 100). Mirrors pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go
 * (v1.30).
 */
public final class TaintToleration
    implements FilterPlugin, PreScorePlugin, ScorePlugin, EnqueueExtensions {

  private static final String PRE_SCORE_STATE_KEY = "PreScore" + Names.TAINT_TOLERATION;

  private record PreScoreState(List<Toleration> tolerationsPreferNoSchedule) implements StateData {
    @Override
    public StateData copy() {
      return this;
    }
  }

  @Override
  public String name() {
    return Names.TAINT_TOLERATION;
  }

  @Override
  public List<ClusterEvent> eventsToRegister() {
    return List.of(ClusterEvent.of(ClusterEvent.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE));
  }

  @Override
  public Status filter(CycleState state, Pod pod, NodeInfo nodeInfo) {
    List<Taint> taints = nodeInfo.taints();
    Taint taint =
        Taints.findMatchingUntoleratedTaint(taints, tolerations(pod), Taints.DO_NOT_SCHEDULE);
    if (taint == null) {
      return Status.SUCCESS;
    }
    return Status.unresolvable(
        "node(s) had untolerated taint {" + nz(taint.key()) + ": " + nz(taint.value()) + "}");
  }

  @Override
  public Status preScore(CycleState state, Pod pod, List<NodeInfo> nodes) {
    if (nodes.isEmpty()) {
      return Status.SUCCESS;
    }
    state.write(PRE_SCORE_STATE_KEY, new PreScoreState(tolerationsPreferNoSchedule(pod)));
    return Status.SUCCESS;
  }

  @Override
  public long score(CycleState state, Pod pod, NodeInfo nodeInfo) {
    PreScoreState s = state.read(PRE_SCORE_STATE_KEY);
    List<Toleration> tolerations =
        s == null ? tolerationsPreferNoSchedule(pod) : s.tolerationsPreferNoSchedule();
    List<Taint> taints = nodeInfo.taints();
    return countIntolerableTaintsPreferNoSchedule(taints, tolerations);
  }

  @Override
  public boolean hasNormalizeScore() {
    return true;
  }

  @Override
  public Status normalizeScore(CycleState state, Pod pod, NodeScoreList scores) {
    return NormalizeScore.defaultNormalizeScore(MAX_NODE_SCORE, true, scores);
  }

  // upstream getAllTolerationPreferNoSchedule: an empty effect matches PreferNoSchedule too
  static List<Toleration> tolerationsPreferNoSchedule(Pod pod) {
    List<Toleration> out = new ArrayList<>();
    for (Toleration t : tolerations(pod)) {
      if (t.effect() == null
          || t.effect().isEmpty()
          || Taint.EFFECT_PREFER_NO_SCHEDULE.equals(t.effect())) {
        out.add(t);
      }
    }
    return out;
  }

  // upstream countIntolerableTaintsPreferNoSchedule
  static int countIntolerableTaintsPreferNoSchedule(
      List<Taint> taints, List<Toleration> tolerations) {
    int n = 0;
    for (Taint taint : taints) {
      if (!Taint.EFFECT_PREFER_NO_SCHEDULE.equals(taint.effect())) {
        continue;
      }
      if (!Taints.tolerationsTolerateTaint(tolerations, taint)) {
        n++;
      }
    }
    return n;
  }

  private static List<Toleration> tolerations(Pod pod) {
    return pod.spec() == null ? List.of() : pod.spec().tolerations();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
