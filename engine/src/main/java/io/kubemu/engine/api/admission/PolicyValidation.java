package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.model.policy.PodDisruptionBudget;
import io.kubemu.model.policy.PodDisruptionBudgetSpec;
import java.util.List;

/** Validation of PodDisruptionBudgets (upstream pkg/apis/policy/validation). Stateless. */
final class PolicyValidation {
  private PolicyValidation() {}

  private static final FieldPath SPEC = FieldPath.root("spec");
  private static final List<String> EVICTION_POLICIES =
      List.of(PodDisruptionBudgetSpec.ALWAYS_ALLOW, PodDisruptionBudgetSpec.IF_HEALTHY_BUDGET);

  /** ValidatePodDisruptionBudget, with a DNS subdomain name. */
  static void podDisruptionBudget(List<FieldError> errs, PodDisruptionBudget pdb) {
    MetaValidation.objectMeta(errs, pdb.metadata(), true, NameValidation.DNS_SUBDOMAIN);
    PodDisruptionBudgetSpec spec =
        pdb.spec() == null ? new PodDisruptionBudgetSpec(null, null, null, null) : pdb.spec();
    if (spec.minAvailable() != null && spec.maxUnavailable() != null) {
      errs.add(
          FieldError.invalid(
              SPEC,
              GoValues.opaque("policy.PodDisruptionBudgetSpec"),
              "minAvailable and maxUnavailable cannot be both set"));
    }
    if (spec.minAvailable() != null) {
      AppsValidation.positiveIntOrPercent(errs, spec.minAvailable(), SPEC.child("minAvailable"));
      AppsValidation.notMoreThan100Percent(errs, spec.minAvailable(), SPEC.child("minAvailable"));
    }
    if (spec.maxUnavailable() != null) {
      AppsValidation.positiveIntOrPercent(
          errs, spec.maxUnavailable(), SPEC.child("maxUnavailable"));
      AppsValidation.notMoreThan100Percent(
          errs, spec.maxUnavailable(), SPEC.child("maxUnavailable"));
    }
    LabelValidation.labelSelector(errs, spec.selector(), SPEC.child("selector"));
    String policy = spec.unhealthyPodEvictionPolicy();
    if (policy != null && !EVICTION_POLICIES.contains(policy)) {
      errs.add(
          FieldError.notSupported(
              SPEC.child("unhealthyPodEvictionPolicy"), policy, EVICTION_POLICIES));
    }
  }

  /** ValidatePodDisruptionBudget on update (policy/v1 specs are mutable). */
  static void podDisruptionBudgetUpdate(
      List<FieldError> errs, PodDisruptionBudget pdb, PodDisruptionBudget old) {
    MetaValidation.objectMetaUpdate(errs, pdb.metadata(), old.metadata());
    podDisruptionBudget(errs, pdb);
  }
}
