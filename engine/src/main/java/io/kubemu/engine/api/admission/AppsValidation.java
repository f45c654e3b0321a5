package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetSpec;
import io.kubemu.model.apps.DaemonSetUpdateStrategy;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentSpec;
import io.kubemu.model.apps.DeploymentStrategy;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.ReplicaSetSpec;
import io.kubemu.model.apps.RollingUpdateDaemonSet;
import io.kubemu.model.apps.RollingUpdateDeployment;
import io.kubemu.model.apps.RollingUpdateStatefulSetStrategy;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.kubemu.model.apps.StatefulSetSpec;
import io.kubemu.model.apps.StatefulSetUpdateStrategy;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.LabelSelector;
import java.util.List;

/**
 * Validation of the apps/v1 kinds (upstream pkg/apis/apps/validation/validation.go, plus the
 * registry strategies' apps/v1 rule that a selector is immutable). Stateless.
 */
final class AppsValidation {
  private AppsValidation() {}

  private static final FieldPath SPEC = FieldPath.root("spec");
  private static final List<String> ALWAYS = List.of("Always");

  // ------------------------------------------------------------------ Deployment

  /** ValidateDeployment. */
  static void deployment(List<FieldError> errs, Deployment d) {
    MetaValidation.objectMeta(errs, d.metadata(), true, NameValidation.DNS_SUBDOMAIN);
    deploymentSpec(errs, d.spec() == null ? DeploymentSpec.EMPTY : d.spec());
  }

  /** ValidateDeploymentUpdate, and deploymentStrategy.ValidateUpdate's immutable selector. */
  static void deploymentUpdate(List<FieldError> errs, Deployment d, Deployment old) {
    MetaValidation.objectMetaUpdate(errs, d.metadata(), old.metadata());
    DeploymentSpec spec = d.spec() == null ? DeploymentSpec.EMPTY : d.spec();
    deploymentSpec(errs, spec);
    selectorImmutable(errs, spec.selector(), old.spec() == null ? null : old.spec().selector());
  }

  // ValidateDeploymentSpec
  private static void deploymentSpec(List<FieldError> errs, DeploymentSpec spec) {
    int replicas = nz(spec.replicas());
    MetaValidation.nonNegative(errs, replicas, SPEC.child("replicas"));
    templateForReplicaSet(errs, spec.selector(), spec.template(), "deployment", "ReplicaSet");
    strategy(errs, spec.strategy(), SPEC.child("strategy"));
    int minReady = nz(spec.minReadySeconds());
    MetaValidation.nonNegative(errs, minReady, SPEC.child("minReadySeconds"));
    if (spec.revisionHistoryLimit() != null) {
      MetaValidation.nonNegative(
          errs, spec.revisionHistoryLimit(), SPEC.child("revisionHistoryLimit"));
    }
    if (spec.progressDeadlineSeconds() != null) {
      FieldPath p = SPEC.child("progressDeadlineSeconds");
      MetaValidation.nonNegative(errs, spec.progressDeadlineSeconds(), p);
      if (spec.progressDeadlineSeconds() <= minReady) {
        errs.add(
            FieldError.invalid(
                p, spec.progressDeadlineSeconds(), "must be greater than minReadySeconds"));
      }
    }
  }

  // ValidateDeploymentStrategy
  private static void strategy(List<FieldError> errs, DeploymentStrategy s, FieldPath path) {
    DeploymentStrategy strategy = s == null ? new DeploymentStrategy(null, null) : s;
    String type = strategy.type() == null ? "" : strategy.type();
    switch (type) {
      case DeploymentStrategy.RECREATE -> {
        if (strategy.rollingUpdate() != null) {
          errs.add(
              FieldError.forbidden(
                  path.child("rollingUpdate"),
                  "may not be specified when strategy `type` is 'Recreate'"));
        }
      }
      case DeploymentStrategy.ROLLING_UPDATE -> {
        if (strategy.rollingUpdate() == null) {
          errs.add(
              FieldError.required(
                  path.child("rollingUpdate"), "this should be defaulted and never be nil"));
        } else {
          rollingUpdateDeployment(errs, strategy.rollingUpdate(), path.child("rollingUpdate"));
        }
      }
      default ->
          errs.add(
              FieldError.notSupported(
                  path,
                  GoValues.strategy(
                      "apps.DeploymentStrategy",
                      type,
                      "apps.RollingUpdateDeployment",
                      strategy.rollingUpdate()),
                  List.of(DeploymentStrategy.RECREATE, DeploymentStrategy.ROLLING_UPDATE)));
    }
  }

  // ValidateRollingUpdateDeployment
  private static void rollingUpdateDeployment(
      List<FieldError> errs, RollingUpdateDeployment ru, FieldPath path) {
    IntOrString maxUnavailable = orZero(ru.maxUnavailable());
    IntOrString maxSurge = orZero(ru.maxSurge());
    positiveIntOrPercent(errs, maxUnavailable, path.child("maxUnavailable"));
    positiveIntOrPercent(errs, maxSurge, path.child("maxSurge"));
    if (intOrPercentValue(maxUnavailable) == 0 && intOrPercentValue(maxSurge) == 0) {
      errs.add(
          FieldError.invalid(
              path.child("maxUnavailable"),
              GoValues.intOrString(maxUnavailable),
              "may not be 0 when `maxSurge` is 0"));
    }
    notMoreThan100Percent(errs, maxUnavailable, path.child("maxUnavailable"));
  }

  // ------------------------------------------------------------------ ReplicaSet

  /** ValidateReplicaSet. */
  static void replicaSet(List<FieldError> errs, ReplicaSet rs) {
    MetaValidation.objectMeta(errs, rs.metadata(), true, NameValidation.DNS_SUBDOMAIN);
    replicaSetSpec(errs, rs.spec() == null ? ReplicaSetSpec.EMPTY : rs.spec());
  }

  /** ValidateReplicaSetUpdate, and the immutable selector. */
  static void replicaSetUpdate(List<FieldError> errs, ReplicaSet rs, ReplicaSet old) {
    MetaValidation.objectMetaUpdate(errs, rs.metadata(), old.metadata());
    ReplicaSetSpec spec = rs.spec() == null ? ReplicaSetSpec.EMPTY : rs.spec();
    replicaSetSpec(errs, spec);
    selectorImmutable(errs, spec.selector(), old.spec() == null ? null : old.spec().selector());
  }

  // ValidateReplicaSetSpec
  private static void replicaSetSpec(List<FieldError> errs, ReplicaSetSpec spec) {
    MetaValidation.nonNegative(errs, nz(spec.replicas()), SPEC.child("replicas"));
    MetaValidation.nonNegative(errs, nz(spec.minReadySeconds()), SPEC.child("minReadySeconds"));
    templateForReplicaSet(errs, spec.selector(), spec.template(), "deployment", "ReplicaSet");
  }

  /**
   * The selector half of ValidateDeploymentSpec/ValidateReplicaSetSpec, then
   * ValidatePodTemplateSpecForReplicaSet.
   */
  private static void templateForReplicaSet(
      List<FieldError> errs,
      LabelSelector selector,
      PodTemplateSpec template,
      String emptyFor,
      String kindName) {
    FieldPath sel = SPEC.child("selector");
    if (selector == null) {
      errs.add(FieldError.required(sel, ""));
    } else {
      LabelValidation.labelSelector(errs, selector, sel);
      if (selector.matchLabels().isEmpty() && selector.matchExpressions().isEmpty()) {
        errs.add(
            FieldError.invalid(
                sel,
                GoValues.labelSelector(selector),
                "empty selector is invalid for " + emptyFor));
      }
    }
    LabelValidation.SelectorCheck s = LabelValidation.asSelector(selector);
    if (s == null) {
      errs.add(FieldError.invalid(sel, GoValues.labelSelector(selector), "invalid label selector"));
      return;
    }
    FieldPath path = SPEC.child("template");
    PodTemplateSpec t = template == null ? new PodTemplateSpec(null, null) : template;
    templateMatches(errs, s, t, path);
    PodValidation.template(errs, t, path);
    podSpecRules(errs, t.spec(), path.child("spec"), kindName);
  }

  // the selector must select the template's pods
  private static void templateMatches(
      List<FieldError> errs,
      LabelValidation.SelectorCheck s,
      PodTemplateSpec template,
      FieldPath path) {
    if (!s.empty() && !s.matches(template.metadata().labels())) {
      errs.add(
          FieldError.invalid(
              path.child("metadata", "labels"),
              GoValues.stringMapValue(template.metadata().labels()),
              "`selector` does not match template `labels`"));
    }
  }

  // restartPolicy Always and no activeDeadlineSeconds in a controller's template
  private static void podSpecRules(
      List<FieldError> errs, PodSpec spec, FieldPath path, String kind) {
    PodSpec s = spec == null ? PodSpec.EMPTY : spec;
    String restart = s.restartPolicy() == null ? "" : s.restartPolicy();
    if (!restart.equals("Always")) {
      errs.add(FieldError.notSupported(path.child("restartPolicy"), restart, ALWAYS));
    }
    if (s.activeDeadlineSeconds() != null) {
      errs.add(
          FieldError.forbidden(
              path.child("activeDeadlineSeconds"),
              "activeDeadlineSeconds in " + kind + " is not Supported"));
    }
  }

  // ------------------------------------------------------------------ DaemonSet

  /** ValidateDaemonSet. */
  static void daemonSet(List<FieldError> errs, DaemonSet ds) {
    MetaValidation.objectMeta(errs, ds.metadata(), true, NameValidation.DNS_SUBDOMAIN);
    daemonSetSpec(errs, ds.spec() == null ? DaemonSetSpec.EMPTY : ds.spec());
  }

  /** ValidateDaemonSetUpdate, and the immutable selector. */
  static void daemonSetUpdate(List<FieldError> errs, DaemonSet ds, DaemonSet old) {
    MetaValidation.objectMetaUpdate(errs, ds.metadata(), old.metadata());
    DaemonSetSpec spec = ds.spec() == null ? DaemonSetSpec.EMPTY : ds.spec();
    daemonSetSpec(errs, spec);
    selectorImmutable(errs, spec.selector(), old.spec() == null ? null : old.spec().selector());
  }

  // ValidateDaemonSetSpec
  private static void daemonSetSpec(List<FieldError> errs, DaemonSetSpec spec) {
    FieldPath sel = SPEC.child("selector");
    LabelValidation.labelSelector(errs, spec.selector(), sel);
    LabelValidation.SelectorCheck s = LabelValidation.asSelector(spec.selector());
    PodTemplateSpec template =
        spec.template() == null ? new PodTemplateSpec(null, null) : spec.template();
    if (s != null && !s.matches(template.metadata().labels())) {
      errs.add(
          FieldError.invalid(
              SPEC.child("template", "metadata", "labels"),
              GoValues.stringMapValue(template.metadata().labels()),
              "`selector` does not match template `labels`"));
    }
    LabelSelector selector = spec.selector();
    if (selector != null
        && selector.matchLabels().isEmpty()
        && selector.matchExpressions().isEmpty()) {
      errs.add(
          FieldError.invalid(
              sel, GoValues.labelSelector(selector), "empty selector is invalid for daemonset"));
    }
    PodValidation.template(errs, template, SPEC.child("template"));
    podSpecRules(errs, template.spec(), SPEC.child("template", "spec"), "DaemonSet");
    MetaValidation.nonNegative(errs, nz(spec.minReadySeconds()), SPEC.child("minReadySeconds"));
    daemonSetUpdateStrategy(errs, spec.updateStrategy(), SPEC.child("updateStrategy"));
    if (spec.revisionHistoryLimit() != null) {
      MetaValidation.nonNegative(
          errs, spec.revisionHistoryLimit(), SPEC.child("revisionHistoryLimit"));
    }
  }

  // ValidateDaemonSetUpdateStrategy
  private static void daemonSetUpdateStrategy(
      List<FieldError> errs, DaemonSetUpdateStrategy s, FieldPath path) {
    DaemonSetUpdateStrategy strategy = s == null ? new DaemonSetUpdateStrategy(null, null) : s;
    String type = strategy.type() == null ? "" : strategy.type();
    switch (type) {
      case DaemonSetUpdateStrategy.ON_DELETE -> {}
      case DaemonSetUpdateStrategy.ROLLING_UPDATE -> {
        if (strategy.rollingUpdate() == null) {
          errs.add(FieldError.required(path.child("rollingUpdate"), ""));
        } else {
          rollingUpdateDaemonSet(errs, strategy.rollingUpdate(), path.child("rollingUpdate"));
        }
      }
      default ->
          errs.add(
              FieldError.notSupported(
                  path,
                  GoValues.strategy(
                      "apps.DaemonSetUpdateStrategy",
                      type,
                      "apps.RollingUpdateDaemonSet",
                      strategy.rollingUpdate()),
                  List.of(
                      DaemonSetUpdateStrategy.ROLLING_UPDATE, DaemonSetUpdateStrategy.ON_DELETE)));
    }
  }

  // ValidateRollingUpdateDaemonSet
  private static void rollingUpdateDaemonSet(
      List<FieldError> errs, RollingUpdateDaemonSet ru, FieldPath path) {
    IntOrString maxUnavailable = orZero(ru.maxUnavailable());
    IntOrString maxSurge = orZero(ru.maxSurge());
    positiveIntOrPercent(errs, maxUnavailable, path.child("maxUnavailable"));
    positiveIntOrPercent(errs, maxSurge, path.child("maxSurge"));
    notMoreThan100Percent(errs, maxUnavailable, path.child("maxUnavailable"));
    notMoreThan100Percent(errs, maxSurge, path.child("maxSurge"));
    boolean hasUnavailable = intOrPercentValue(maxUnavailable) != 0;
    boolean hasSurge = intOrPercentValue(maxSurge) != 0;
    if (hasUnavailable && hasSurge) {
      errs.add(
          FieldError.invalid(
              path.child("maxSurge"),
              GoValues.intOrString(maxSurge),
              "may not be set when maxUnavailable is non-zero"));
    } else if (!hasUnavailable && !hasSurge) {
      errs.add(FieldError.required(path.child("maxUnavailable"), "cannot be 0 when maxSurge is 0"));
    }
  }

  // ------------------------------------------------------------------ StatefulSet

  /** ValidateStatefulSet: a DNS-1123 label name. */
  static void statefulSet(List<FieldError> errs, StatefulSet sts) {
    MetaValidation.objectMeta(errs, sts.metadata(), true, NameValidation.DNS_LABEL);
    statefulSetSpec(errs, sts.spec() == null ? StatefulSetSpec.EMPTY : sts.spec());
  }

  /**
   * ValidateStatefulSetUpdate: only replicas, ordinals, template, updateStrategy,
   * persistentVolumeClaimRetentionPolicy and minReadySeconds may change.
   */
  static void statefulSetUpdate(List<FieldError> errs, StatefulSet sts, StatefulSet old) {
    MetaValidation.objectMetaUpdate(errs, sts.metadata(), old.metadata());
    StatefulSetSpec spec = sts.spec() == null ? StatefulSetSpec.EMPTY : sts.spec();
    StatefulSetSpec was = old.spec() == null ? StatefulSetSpec.EMPTY : old.spec();
    statefulSetSpec(errs, spec);
    StatefulSetSpec clone =
        RecordEdit.of(spec)
            .set("replicas", was.replicas())
            .set("template", was.template())
            .set("updateStrategy", was.updateStrategy())
            .set("minReadySeconds", was.minReadySeconds())
            .set("ordinals", was.ordinals())
            .set("persistentVolumeClaimRetentionPolicy", was.persistentVolumeClaimRetentionPolicy())
            .build();
    if (!clone.equals(was)) {
      errs.add(
          FieldError.forbidden(
              SPEC,
              "updates to statefulset spec for fields other than 'replicas', 'ordinals',"
                  + " 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and"
                  + " 'minReadySeconds' are forbidden"));
    }
  }

  // ValidateStatefulSetSpec
  private static void statefulSetSpec(List<FieldError> errs, StatefulSetSpec spec) {
    String policy = spec.podManagementPolicy() == null ? "" : spec.podManagementPolicy();
    switch (policy) {
      case "" -> errs.add(FieldError.required(SPEC.child("podManagementPolicy"), ""));
      case StatefulSetSpec.ORDERED_READY, StatefulSetSpec.PARALLEL -> {}
      default ->
          errs.add(
              FieldError.invalid(
                  SPEC.child("podManagementPolicy"),
                  policy,
                  "must be 'OrderedReady' or 'Parallel'"));
    }
    StatefulSetUpdateStrategy strategy =
        spec.updateStrategy() == null
            ? new StatefulSetUpdateStrategy(null, null)
            : spec.updateStrategy();
    String type = strategy.type() == null ? "" : strategy.type();
    FieldPath us = SPEC.child("updateStrategy");
    switch (type) {
      case "" -> errs.add(FieldError.required(us, ""));
      case StatefulSetUpdateStrategy.ON_DELETE -> {
        if (strategy.rollingUpdate() != null) {
          errs.add(
              FieldError.invalid(
                  us.child("rollingUpdate"),
                  statefulSetRollingUpdate(strategy.rollingUpdate()),
                  "only allowed for updateStrategy 'RollingUpdate'"));
        }
      }
      case StatefulSetUpdateStrategy.ROLLING_UPDATE -> {
        if (strategy.rollingUpdate() != null) {
          rollingUpdateStatefulSet(errs, strategy.rollingUpdate(), us.child("rollingUpdate"));
        }
      }
      default ->
          errs.add(
              FieldError.invalid(
                  us,
                  GoValues.strategy(
                      "apps.StatefulSetUpdateStrategy",
                      type,
                      "apps.RollingUpdateStatefulSetStrategy",
                      strategy.rollingUpdate()),
                  "must be 'RollingUpdate' or 'OnDelete'"));
    }
    StatefulSetPersistentVolumeClaimRetentionPolicy retention =
        spec.persistentVolumeClaimRetentionPolicy();
    if (retention != null) {
      FieldPath rp = SPEC.child("persistentVolumeClaimRetentionPolicy");
      retentionType(errs, retention.whenDeleted(), rp.child("whenDeleted"));
      retentionType(errs, retention.whenScaled(), rp.child("whenScaled"));
    }
    MetaValidation.nonNegative(errs, nz(spec.replicas()), SPEC.child("replicas"));
    MetaValidation.nonNegative(errs, nz(spec.minReadySeconds()), SPEC.child("minReadySeconds"));
    if (spec.ordinals() != null) {
      MetaValidation.nonNegative(errs, nz(spec.ordinals().start()), SPEC.child("ordinals.start"));
    }
    FieldPath sel = SPEC.child("selector");
    LabelSelector selector = spec.selector();
    if (selector == null) {
      errs.add(FieldError.required(sel, ""));
    } else {
      LabelValidation.labelSelector(errs, selector, sel);
      if (selector.matchLabels().isEmpty() && selector.matchExpressions().isEmpty()) {
        errs.add(
            FieldError.invalid(
                sel,
                GoValues.labelSelector(selector),
                "empty selector is invalid for statefulset"));
      }
    }
    LabelValidation.SelectorCheck s = LabelValidation.asSelector(selector);
    PodTemplateSpec template =
        spec.template() == null ? new PodTemplateSpec(null, null) : spec.template();
    if (s == null) {
      errs.add(FieldError.invalid(sel, GoValues.labelSelector(selector), ""));
    } else {
      // ValidatePodTemplateSpecForStatefulSet: labels and annotations only, not the pod spec
      FieldPath path = SPEC.child("template");
      templateMatches(errs, s, template, path);
      LabelValidation.labels(errs, template.metadata().labels(), path.child("labels"));
      LabelValidation.annotations(
          errs, template.metadata().annotations(), path.child("annotations"));
    }
    podSpecRules(errs, template.spec(), SPEC.child("template", "spec"), "StatefulSet");
  }

  private static GoValues.GoLiteral statefulSetRollingUpdate(RollingUpdateStatefulSetStrategy ru) {
    return new GoValues.GoLiteral(
        "apps.RollingUpdateStatefulSetStrategy{Partition:"
            + nz(ru.partition())
            + ", MaxUnavailable:"
            + (ru.maxUnavailable() == null
                ? "(*intstr.IntOrString)(nil)"
                : "(*intstr.IntOrString)(...)")
            + "}");
  }

  // validateRollingUpdateStatefulSet
  private static void rollingUpdateStatefulSet(
      List<FieldError> errs, RollingUpdateStatefulSetStrategy ru, FieldPath path) {
    MetaValidation.nonNegative(errs, nz(ru.partition()), path.child("partition"));
    if (ru.maxUnavailable() != null) {
      FieldPath p = path.child("maxUnavailable");
      positiveIntOrPercent(errs, ru.maxUnavailable(), p);
      if (intOrPercentValue(ru.maxUnavailable()) == 0) {
        errs.add(FieldError.invalid(p, GoValues.intOrString(ru.maxUnavailable()), "cannot be 0"));
      }
      notMoreThan100Percent(errs, ru.maxUnavailable(), p);
    }
  }

  // ValidatePersistentVolumeClaimRetentionPolicyType
  private static void retentionType(List<FieldError> errs, String policy, FieldPath path) {
    String p = policy == null ? "" : policy;
    if (!p.equals("Retain") && !p.equals("Delete")) {
      errs.add(FieldError.notSupported(path, p, List.of("Retain", "Delete")));
    }
  }

  // ------------------------------------------------------------------ ControllerRevision

  /** ValidateControllerRevision. */
  static void controllerRevision(List<FieldError> errs, ControllerRevision cr) {
    MetaValidation.objectMeta(errs, cr.metadata(), true, NameValidation.DNS_SUBDOMAIN);
    if (cr.data() == null || cr.data().isEmpty()) {
      errs.add(FieldError.required(FieldPath.root("data"), "data is mandatory"));
    }
    MetaValidation.nonNegative(
        errs, cr.revision() == null ? 0 : cr.revision(), FieldPath.root("revision"));
  }

  /** ValidateControllerRevisionUpdate: data is immutable. */
  static void controllerRevisionUpdate(
      List<FieldError> errs, ControllerRevision cr, ControllerRevision old) {
    MetaValidation.objectMetaUpdate(errs, cr.metadata(), old.metadata());
    controllerRevision(errs, cr);
    MetaValidation.immutable(
        errs,
        cr.data(),
        old.data(),
        GoValues.opaque("runtime.RawExtension"),
        FieldPath.root("data"));
  }

  // ------------------------------------------------------------------ shared

  // apps/v1 strategies' ValidateUpdate: apivalidation.ValidateImmutableField on spec.selector
  private static void selectorImmutable(
      List<FieldError> errs, LabelSelector now, LabelSelector old) {
    MetaValidation.immutable(errs, now, old, GoValues.labelSelector(now), SPEC.child("selector"));
  }

  /** ValidatePositiveIntOrPercent. */
  static void positiveIntOrPercent(List<FieldError> errs, IntOrString v, FieldPath path) {
    if (v.type() == IntOrString.Type.STRING) {
      for (String m : NameValidation.isValidPercent(v.strVal())) {
        errs.add(FieldError.invalid(path, GoValues.intOrString(v), m));
      }
    } else {
      MetaValidation.nonNegative(errs, v.intVal(), path);
    }
  }

  /** IsNotMoreThan100Percent. */
  static void notMoreThan100Percent(List<FieldError> errs, IntOrString v, FieldPath path) {
    Integer percent = percentValue(v);
    if (percent != null && percent > 100) {
      errs.add(FieldError.invalid(path, GoValues.intOrString(v), "must not be greater than 100%"));
    }
  }

  // getPercentValue
  private static Integer percentValue(IntOrString v) {
    if (v.type() != IntOrString.Type.STRING
        || !NameValidation.isValidPercent(v.strVal()).isEmpty()) {
      return null;
    }
    String digits = v.strVal().substring(0, v.strVal().length() - 1);
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException tooLarge) {
      return Integer.MAX_VALUE;
    }
  }

  /** getIntOrPercentValue: the percentage's number, else the int (0 for other strings). */
  static int intOrPercentValue(IntOrString v) {
    Integer percent = percentValue(v);
    return percent != null ? percent : v.intValue();
  }

  private static IntOrString orZero(IntOrString v) {
    return v == null ? IntOrString.of(0) : v;
  }

  private static int nz(Integer i) {
    return i == null ? 0 : i;
  }
}
