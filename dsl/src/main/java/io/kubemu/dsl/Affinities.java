package io.kubemu.dsl;

import io.kubemu.model.core.Affinity;
import io.kubemu.model.core.NodeAffinity;
import io.kubemu.model.core.NodeSelector;
import io.kubemu.model.core.NodeSelectorTerm;
import io.kubemu.model.core.PodAffinity;
import io.kubemu.model.core.PodAffinityTerm;
import io.kubemu.model.core.PodAntiAffinity;
import io.kubemu.model.core.PreferredSchedulingTerm;
import io.kubemu.model.core.WeightedPodAffinityTerm;
import java.util.ArrayList;
import java.util.List;

/** Appends terms to an {@link Affinity}, creating the enclosing parts that are missing. */
final class Affinities {
  private Affinities() {}

  static Affinity addRequiredNode(Affinity affinity, NodeSelectorTerm term) {
    Affinity a = orEmpty(affinity);
    NodeAffinity n = orEmpty(a.nodeAffinity());
    NodeSelector required = n.requiredDuringSchedulingIgnoredDuringExecution();
    List<NodeSelectorTerm> terms =
        required == null ? new ArrayList<>() : new ArrayList<>(required.nodeSelectorTerms());
    terms.add(term);
    n =
        new NodeAffinity(
            new NodeSelector(terms), n.preferredDuringSchedulingIgnoredDuringExecution());
    return new Affinity(n, a.podAffinity(), a.podAntiAffinity());
  }

  static Affinity addPreferredNode(Affinity affinity, int weight, NodeSelectorTerm term) {
    Affinity a = orEmpty(affinity);
    NodeAffinity n = orEmpty(a.nodeAffinity());
    n =
        new NodeAffinity(
            n.requiredDuringSchedulingIgnoredDuringExecution(),
            append(
                n.preferredDuringSchedulingIgnoredDuringExecution(),
                new PreferredSchedulingTerm(weight, term)));
    return new Affinity(n, a.podAffinity(), a.podAntiAffinity());
  }

  /** Appends a required term, or a preferred one with {@code weight}, to pod (anti-)affinity. */
  static Affinity addPodAffinity(
      Affinity affinity, boolean anti, boolean required, Integer weight, PodAffinityTerm term) {
    Affinity a = orEmpty(affinity);
    List<PodAffinityTerm> req;
    List<WeightedPodAffinityTerm> pref;
    if (anti) {
      PodAntiAffinity p = a.podAntiAffinity();
      req = p == null ? List.of() : p.requiredDuringSchedulingIgnoredDuringExecution();
      pref = p == null ? List.of() : p.preferredDuringSchedulingIgnoredDuringExecution();
    } else {
      PodAffinity p = a.podAffinity();
      req = p == null ? List.of() : p.requiredDuringSchedulingIgnoredDuringExecution();
      pref = p == null ? List.of() : p.preferredDuringSchedulingIgnoredDuringExecution();
    }
    if (required) req = append(req, term);
    else pref = append(pref, new WeightedPodAffinityTerm(weight, term));
    return anti
        ? new Affinity(a.nodeAffinity(), a.podAffinity(), new PodAntiAffinity(req, pref))
        : new Affinity(a.nodeAffinity(), new PodAffinity(req, pref), a.podAntiAffinity());
  }

  private static Affinity orEmpty(Affinity a) {
    return a == null ? new Affinity(null, null, null) : a;
  }

  private static NodeAffinity orEmpty(NodeAffinity n) {
    return n == null ? new NodeAffinity(null, null) : n;
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }
}
