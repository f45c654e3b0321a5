package io.kubemu.engine.scheduler;

import io.kubemu.engine.scheduler.plugins.InTreeRegistry;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Test harness: a framework over some plugins and a snapshot of nodes with pods. */
public final class Fwk {

  private Fwk() {}

  /** {@return NodeInfos for the nodes, each holding the pods bound to it} */
  public static List<NodeInfo> nodeInfos(List<Node> nodes, List<Pod> pods) {
    Map<String, NodeInfo> byName = new LinkedHashMap<>();
    for (Node n : nodes) byName.put(n.metadata().name(), NodeInfo.of(n));
    for (Pod p : pods) {
      NodeInfo ni = byName.get(p.spec().nodeName());
      if (ni != null) ni.addPod(p);
    }
    return new ArrayList<>(byName.values());
  }

  /** {@return a framework running these plugins (name, weight pairs) over the snapshot} */
  public static Framework of(
      List<Profile.PluginRef> plugins,
      Map<String, Object> args,
      List<NodeInfo> nodeInfos,
      ClusterLookup lookup,
      SchedulerClient client) {
    Framework fw =
        new Framework(
            InTreeRegistry.newInTreeRegistry(),
            new Profile(PodSpec.DEFAULT_SCHEDULER, plugins, args, null),
            new Framework.Options(lookup, client, new Random(1), null, null));
    fw.setSnapshot(NodeInfoLister.of(nodeInfos));
    return fw;
  }

  /** {@return a framework running one plugin over the snapshot} */
  public static Framework of(String plugin, List<NodeInfo> nodeInfos) {
    return of(List.of(new Profile.PluginRef(plugin, 1)), null, nodeInfos, null, null);
  }

  /** Runs PreFilter then Filter of the plugin; a Skip from PreFilter means Success. */
  public static Status filter(Framework fw, String plugin, Pod pod, NodeInfo nodeInfo) {
    CycleState state = new CycleState();
    Plugin p = fw.plugins().get(plugin);
    if (p instanceof PreFilterPlugin pf) {
      PreFilterResult r = pf.preFilter(state, pod);
      if (r.status().isSkip()) return Status.SUCCESS;
      if (!r.status().isSuccess()) return r.status();
    }
    return ((FilterPlugin) p).filter(state, pod, nodeInfo);
  }

  /** Runs PreScore, Score on every node and NormalizeScore; {@return the scores} */
  public static long[] score(Framework fw, String plugin, Pod pod, List<NodeInfo> nodes) {
    CycleState state = new CycleState();
    Plugin p = fw.plugins().get(plugin);
    if (p instanceof PreScorePlugin ps) {
      Status s = ps.preScore(state, pod, nodes);
      if (s.isSkip()) return new long[nodes.size()];
      if (!s.isSuccess()) throw new AssertionError(s.toString());
    }
    ScorePlugin sp = (ScorePlugin) p;
    List<String> names = new ArrayList<>();
    for (NodeInfo n : nodes) names.add(n.name());
    NodeScoreList list = new NodeScoreList(names);
    for (int i = 0; i < nodes.size(); i++) list.set(i, sp.score(state, pod, nodes.get(i)));
    if (sp.hasNormalizeScore()) {
      Status s = sp.normalizeScore(state, pod, list);
      if (!s.isSuccess()) throw new AssertionError(s.toString());
    }
    return list.scores();
  }
}
