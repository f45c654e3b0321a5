package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.model.core.Affinity;
import io.kubemu.model.core.NodeSelector;
import io.kubemu.model.core.NodeSelectorRequirement;
import io.kubemu.model.core.NodeSelectorTerm;
import io.kubemu.model.core.PodAffinityTerm;
import io.kubemu.model.core.PreferredSchedulingTerm;
import io.kubemu.model.core.Taint;
import io.kubemu.model.core.Toleration;
import io.kubemu.model.core.TopologySpreadConstraint;
import io.kubemu.model.core.WeightedPodAffinityTerm;
import io.kubemu.model.meta.LabelSyntax;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validation of what steers scheduling (upstream pkg/apis/core/validation: ValidateTolerations,
 * validateNodeTaints, validateAffinity, validateTopologySpreadConstraints). Stateless.
 */
final class SchedulingValidation {
  private SchedulingValidation() {}

  private static final List<String> TAINT_EFFECTS =
      List.of(Taint.EFFECT_NO_SCHEDULE, Taint.EFFECT_PREFER_NO_SCHEDULE, Taint.EFFECT_NO_EXECUTE);
  private static final List<String> TOLERATION_OPERATORS =
      List.of(Toleration.OPERATOR_EQUAL, Toleration.OPERATOR_EXISTS);
  private static final List<String> WHEN_UNSATISFIABLE = List.of("DoNotSchedule", "ScheduleAnyway");
  private static final List<String> NODE_INCLUSION_POLICIES = List.of("Honor", "Ignore");

  /** ValidateTolerations. */
  static void tolerations(List<FieldError> errs, List<Toleration> tolerations, FieldPath path) {
    for (int i = 0; i < tolerations.size(); i++) {
      Toleration t = tolerations.get(i);
      FieldPath p = path.index(i);
      String key = nz(t.key());
      String op = nz(t.operator());
      String effect = nz(t.effect());
      String value = nz(t.value());
      if (!key.isEmpty()) LabelValidation.labelName(errs, key, p.child("key"));
      if (key.isEmpty() && !op.equals(Toleration.OPERATOR_EXISTS)) {
        errs.add(
            FieldError.invalid(
                p.child("operator"),
                op,
                "operator must be Exists when `key` is empty, which means \"match all values and"
                    + " all keys\""));
      }
      if (t.tolerationSeconds() != null && !effect.equals(Taint.EFFECT_NO_EXECUTE)) {
        errs.add(
            FieldError.invalid(
                p.child("effect"),
                effect,
                "effect must be 'NoExecute' when `tolerationSeconds` is set"));
      }
      switch (op) {
        case Toleration.OPERATOR_EQUAL, "" -> {
          List<String> msgs = LabelSyntax.labelValueErrors(value);
          if (!msgs.isEmpty()) {
            errs.add(FieldError.invalid(p.child("operator"), value, String.join(";", msgs)));
          }
        }
        case Toleration.OPERATOR_EXISTS -> {
          if (!value.isEmpty()) {
            errs.add(
                FieldError.invalid(
                    p.child("operator"), value, "value must be empty when `operator` is 'Exists'"));
          }
        }
        default -> errs.add(FieldError.notSupported(p.child("operator"), op, TOLERATION_OPERATORS));
      }
      if (!effect.isEmpty()) taintEffect(errs, effect, true, p.child("effect"));
    }
  }

  /**
   * validateOnlyAddedTolerations: existing tolerations may only change their tolerationSeconds;
   * then the new list is validated.
   */
  static void onlyAddedTolerations(
      List<FieldError> errs, List<Toleration> now, List<Toleration> old, FieldPath path) {
    for (Toleration o : old) {
      boolean found = false;
      for (Toleration n : now) {
        if (Objects.equals(
            new Toleration(o.key(), o.operator(), o.value(), o.effect(), n.tolerationSeconds()),
            n)) {
          found = true;
          break;
        }
      }
      if (!found) {
        errs.add(
            FieldError.forbidden(
                path, "existing toleration can not be modified except its tolerationSeconds"));
        return;
      }
    }
    tolerations(errs, now, path);
  }

  // validateTaintEffect
  private static void taintEffect(
      List<FieldError> errs, String effect, boolean allowEmpty, FieldPath path) {
    if (!allowEmpty && effect.isEmpty()) {
      errs.add(FieldError.required(path, ""));
      return;
    }
    if (!TAINT_EFFECTS.contains(effect)) {
      errs.add(FieldError.notSupported(path, effect, TAINT_EFFECTS));
    }
  }

  /** validateNodeTaints: key, value, effect, and unique by (key, effect). */
  static void taints(List<FieldError> errs, List<Taint> taints, FieldPath path) {
    Map<String, Set<String>> unique = new HashMap<>(); // lookups only
    for (int i = 0; i < taints.size(); i++) {
      Taint t = taints.get(i);
      FieldPath p = path.index(i);
      LabelValidation.labelName(errs, nz(t.key()), p.child("key"));
      List<String> msgs = LabelSyntax.labelValueErrors(nz(t.value()));
      if (!msgs.isEmpty()) {
        errs.add(FieldError.invalid(p.child("value"), nz(t.value()), String.join(";", msgs)));
      }
      taintEffect(errs, nz(t.effect()), false, p.child("effect"));
      Set<String> keys = unique.computeIfAbsent(nz(t.effect()), e -> new HashSet<>());
      if (keys.contains(nz(t.key()))) {
        errs.add(
            new FieldError(
                FieldError.Type.DUPLICATE,
                p.toString(),
                GoValues.taint(t),
                "taints must be unique by key and effect pair"));
        continue;
      }
      keys.add(nz(t.key()));
    }
  }

  /** validateAffinity. */
  static void affinity(List<FieldError> errs, Affinity a, FieldPath path) {
    if (a == null) return;
    if (a.nodeAffinity() != null) {
      FieldPath p = path.child("nodeAffinity");
      NodeSelector required = a.nodeAffinity().requiredDuringSchedulingIgnoredDuringExecution();
      if (required != null) {
        nodeSelector(errs, required, p.child("requiredDuringSchedulingIgnoredDuringExecution"));
      }
      List<PreferredSchedulingTerm> preferred =
          a.nodeAffinity().preferredDuringSchedulingIgnoredDuringExecution();
      FieldPath pp = p.child("preferredDuringSchedulingIgnoredDuringExecution");
      for (int i = 0; i < preferred.size(); i++) {
        PreferredSchedulingTerm t = preferred.get(i);
        weight(errs, t.weight(), pp.index(i).child("weight"));
        // invalid label values are allowed in preferred terms
        nodeSelectorTerm(
            errs,
            t.preference() == null ? new NodeSelectorTerm(null, null) : t.preference(),
            true,
            pp.index(i).child("preference"));
      }
    }
    if (a.podAffinity() != null) {
      podAffinityTerms(
          errs,
          a.podAffinity().requiredDuringSchedulingIgnoredDuringExecution(),
          a.podAffinity().preferredDuringSchedulingIgnoredDuringExecution(),
          path.child("podAffinity"));
    }
    if (a.podAntiAffinity() != null) {
      podAffinityTerms(
          errs,
          a.podAntiAffinity().requiredDuringSchedulingIgnoredDuringExecution(),
          a.podAntiAffinity().preferredDuringSchedulingIgnoredDuringExecution(),
          path.child("podAntiAffinity"));
    }
  }

  // ValidateNodeSelector
  private static void nodeSelector(List<FieldError> errs, NodeSelector s, FieldPath path) {
    FieldPath terms = path.child("nodeSelectorTerms");
    if (s.nodeSelectorTerms().isEmpty()) {
      errs.add(FieldError.required(terms, "must have at least one node selector term"));
      return;
    }
    for (int i = 0; i < s.nodeSelectorTerms().size(); i++) {
      nodeSelectorTerm(errs, s.nodeSelectorTerms().get(i), false, terms.index(i));
    }
  }

  // ValidateNodeSelectorTerm
  private static void nodeSelectorTerm(
      List<FieldError> errs, NodeSelectorTerm term, boolean allowInvalidValues, FieldPath path) {
    for (int j = 0; j < term.matchExpressions().size(); j++) {
      nodeSelectorRequirement(
          errs,
          term.matchExpressions().get(j),
          allowInvalidValues,
          path.child("matchExpressions").index(j));
    }
    for (int j = 0; j < term.matchFields().size(); j++) {
      nodeFieldSelectorRequirement(
          errs, term.matchFields().get(j), path.child("matchFields").index(j));
    }
  }

  // ValidateNodeSelectorRequirement
  private static void nodeSelectorRequirement(
      List<FieldError> errs,
      NodeSelectorRequirement r,
      boolean allowInvalidValues,
      FieldPath path) {
    String op = nz(r.operator());
    switch (op) {
      case "In", "NotIn" -> {
        if (r.values().isEmpty()) {
          errs.add(
              FieldError.required(
                  path.child("values"), "must be specified when `operator` is 'In' or 'NotIn'"));
        }
      }
      case "Exists", "DoesNotExist" -> {
        if (!r.values().isEmpty()) {
          errs.add(
              FieldError.forbidden(
                  path.child("values"),
                  "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        }
      }
      case "Gt", "Lt" -> {
        if (r.values().size() != 1) {
          errs.add(
              FieldError.required(
                  path.child("values"),
                  "must be specified single value when `operator` is 'Lt' or 'Gt'"));
        }
      }
      default ->
          errs.add(FieldError.invalid(path.child("operator"), op, "not a valid selector operator"));
    }
    LabelValidation.labelName(errs, nz(r.key()), path.child("key"));
    if (!allowInvalidValues) {
      for (int i = 0; i < r.values().size(); i++) {
        for (String m : LabelSyntax.labelValueErrors(r.values().get(i))) {
          errs.add(FieldError.invalid(path.child("values").index(i), r.values().get(i), m));
        }
      }
    }
  }

  // ValidateNodeFieldSelectorRequirement: only metadata.name
  private static void nodeFieldSelectorRequirement(
      List<FieldError> errs, NodeSelectorRequirement r, FieldPath path) {
    String op = nz(r.operator());
    if (op.equals("In") || op.equals("NotIn")) {
      if (r.values().size() != 1) {
        errs.add(
            FieldError.required(
                path.child("values"),
                "must be only one value when `operator` is 'In' or 'NotIn' for node field"
                    + " selector"));
      }
    } else {
      errs.add(FieldError.invalid(path.child("operator"), op, "not a valid selector operator"));
    }
    if (!"metadata.name".equals(r.key())) {
      errs.add(
          FieldError.invalid(path.child("key"), nz(r.key()), "not a valid field selector key"));
    } else {
      for (int i = 0; i < r.values().size(); i++) {
        for (String m : NameValidation.nameIsDNSSubdomain(r.values().get(i), false)) {
          errs.add(FieldError.invalid(path.child("values").index(i), r.values().get(i), m));
        }
      }
    }
  }

  private static void podAffinityTerms(
      List<FieldError> errs,
      List<PodAffinityTerm> required,
      List<WeightedPodAffinityTerm> preferred,
      FieldPath path) {
    FieldPath rp = path.child("requiredDuringSchedulingIgnoredDuringExecution");
    for (int i = 0; i < required.size(); i++) podAffinityTerm(errs, required.get(i), rp.index(i));
    FieldPath pp = path.child("preferredDuringSchedulingIgnoredDuringExecution");
    for (int i = 0; i < preferred.size(); i++) {
      WeightedPodAffinityTerm t = preferred.get(i);
      weight(errs, t.weight(), pp.index(i).child("weight"));
      if (t.podAffinityTerm() != null) {
        podAffinityTerm(errs, t.podAffinityTerm(), pp.index(i).child("podAffinityTerm"));
      }
    }
  }

  // validatePodAffinityTerm
  private static void podAffinityTerm(List<FieldError> errs, PodAffinityTerm t, FieldPath path) {
    LabelValidation.labelSelector(errs, t.labelSelector(), path.child("labelSelector"));
    LabelValidation.labelSelector(errs, t.namespaceSelector(), path.child("namespaceSelector"));
    for (String ns : t.namespaces()) {
      for (String m : NameValidation.nameIsDNSLabel(ns, false)) {
        errs.add(FieldError.invalid(path.child("namespace"), ns, m)); // sic: "namespace"
      }
    }
    String key = nz(t.topologyKey());
    if (key.isEmpty()) errs.add(FieldError.required(path.child("topologyKey"), "can not be empty"));
    LabelValidation.labelName(errs, key, path.child("topologyKey"));
  }

  private static void weight(List<FieldError> errs, Integer weight, FieldPath path) {
    int w = weight == null ? 0 : weight;
    if (w <= 0 || w > 100) errs.add(FieldError.invalid(path, w, "must be in the range 1-100"));
  }

  /** validateTopologySpreadConstraints. */
  static void topologySpreadConstraints(
      List<FieldError> errs, List<TopologySpreadConstraint> constraints, FieldPath path) {
    for (int i = 0; i < constraints.size(); i++) {
      TopologySpreadConstraint c = constraints.get(i);
      FieldPath p = path.index(i);
      int maxSkew = c.maxSkew() == null ? 0 : c.maxSkew();
      if (maxSkew <= 0) {
        errs.add(FieldError.invalid(p.child("maxSkew"), maxSkew, "must be greater than zero"));
      }
      if (nz(c.topologyKey()).isEmpty()) {
        errs.add(FieldError.required(p.child("topologyKey"), "can not be empty"));
      }
      String action = nz(c.whenUnsatisfiable());
      if (!WHEN_UNSATISFIABLE.contains(action)) {
        errs.add(FieldError.notSupported(p.child("whenUnsatisfiable"), action, WHEN_UNSATISFIABLE));
      }
      for (TopologySpreadConstraint rest : constraints.subList(i + 1, constraints.size())) {
        if (nz(c.topologyKey()).equals(nz(rest.topologyKey()))
            && action.equals(nz(rest.whenUnsatisfiable()))) {
          errs.add(
              FieldError.duplicate(
                  p.child("{topologyKey, whenUnsatisfiable}"),
                  "{" + nz(c.topologyKey()) + ", " + action + "}"));
          break;
        }
      }
      if (c.minDomains() != null) {
        if (c.minDomains() <= 0) {
          errs.add(
              FieldError.invalid(
                  p.child("minDomains"), c.minDomains(), "must be greater than zero"));
        }
        if (!action.equals("DoNotSchedule")) {
          errs.add(
              FieldError.invalid(
                  p.child("minDomains"),
                  c.minDomains(),
                  "can only use minDomains if whenUnsatisfiable=DoNotSchedule, not " + action));
        }
      }
      inclusionPolicy(errs, c.nodeAffinityPolicy(), p.child("nodeAffinityPolicy"));
      inclusionPolicy(errs, c.nodeTaintsPolicy(), p.child("nodeTaintsPolicy"));
      matchLabelKeys(errs, c, p.child("matchLabelKeys"));
      LabelValidation.labelSelector(errs, c.labelSelector(), p.child("labelSelector"));
    }
  }

  private static void inclusionPolicy(List<FieldError> errs, String policy, FieldPath path) {
    if (policy != null && !NODE_INCLUSION_POLICIES.contains(policy)) {
      errs.add(FieldError.notSupported(path, policy, NODE_INCLUSION_POLICIES));
    }
  }

  // validateMatchLabelKeysInTopologySpread
  private static void matchLabelKeys(
      List<FieldError> errs, TopologySpreadConstraint c, FieldPath path) {
    if (c.matchLabelKeys().isEmpty()) return;
    Set<String> selectorKeys = new HashSet<>(); // lookups only
    if (c.labelSelector() != null) {
      selectorKeys.addAll(c.labelSelector().matchLabels().keySet());
      c.labelSelector().matchExpressions().forEach(e -> selectorKeys.add(nz(e.key())));
    } else {
      errs.add(FieldError.forbidden(path, "must not be specified when labelSelector is not set"));
    }
    for (int i = 0; i < c.matchLabelKeys().size(); i++) {
      String key = c.matchLabelKeys().get(i);
      LabelValidation.labelName(errs, key, path.index(i));
      if (selectorKeys.contains(key)) {
        errs.add(
            FieldError.invalid(
                path.index(i), key, "exists in both matchLabelKeys and labelSelector"));
      }
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
