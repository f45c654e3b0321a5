package io.kubemu.engine.api.admission;

import io.kubemu.model.IntOrString;
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

/**
 * The apps/v1 defaults (upstream pkg/apis/apps/v1/defaults.go), each with the pod template's
 * defaults ({@link PodDefaults#template}). Pure functions.
 *
 * <ul>
 *   <li>Deployment: replicas 1; strategy RollingUpdate with maxUnavailable and maxSurge 25% (when
 *       the type is unset or RollingUpdate); revisionHistoryLimit 10; progressDeadlineSeconds 600.
 *   <li>ReplicaSet: replicas 1.
 *   <li>DaemonSet: updateStrategy RollingUpdate with maxUnavailable 1 and maxSurge 0;
 *       revisionHistoryLimit 10.
 *   <li>StatefulSet: podManagementPolicy OrderedReady; updateStrategy RollingUpdate with partition
 *       0; persistentVolumeClaimRetentionPolicy Retain/Retain; replicas 1; revisionHistoryLimit 10;
 *       volumeClaimTemplates get the claim defaults (volumeMode Filesystem, phase Pending).
 * </ul>
 */
public final class AppsDefaults {
  private AppsDefaults() {}

  /** The default maxUnavailable and maxSurge of a Deployment: 25%. */
  public static final IntOrString DEPLOYMENT_ROLLING_DEFAULT = IntOrString.of("25%");

  /** SetDefaults_Deployment. */
  public static Deployment deployment(Deployment d) {
    DeploymentSpec spec = d.spec() == null ? DeploymentSpec.EMPTY : d.spec();
    RecordEdit<DeploymentSpec> e = RecordEdit.of(spec);
    e.orElse("replicas", spec.replicas(), 1);
    DeploymentStrategy strategy =
        spec.strategy() == null ? new DeploymentStrategy(null, null) : spec.strategy();
    if (CoreDefaults.isEmpty(strategy.type())) {
      strategy =
          new DeploymentStrategy(DeploymentStrategy.ROLLING_UPDATE, strategy.rollingUpdate());
    }
    if (DeploymentStrategy.ROLLING_UPDATE.equals(strategy.type())) {
      RollingUpdateDeployment ru =
          strategy.rollingUpdate() == null
              ? new RollingUpdateDeployment(null, null)
              : strategy.rollingUpdate();
      ru =
          new RollingUpdateDeployment(
              ru.maxUnavailable() == null ? DEPLOYMENT_ROLLING_DEFAULT : ru.maxUnavailable(),
              ru.maxSurge() == null ? DEPLOYMENT_ROLLING_DEFAULT : ru.maxSurge());
      strategy = new DeploymentStrategy(strategy.type(), ru);
    }
    e.set("strategy", strategy)
        .orElse("revisionHistoryLimit", spec.revisionHistoryLimit(), 10)
        .orElse("progressDeadlineSeconds", spec.progressDeadlineSeconds(), 600)
        .replace("template", spec.template(), PodDefaults.template(spec.template()));
    DeploymentSpec out = e.build();
    return out == d.spec() ? d : d.withSpec(out);
  }

  /** SetDefaults_ReplicaSet. */
  public static ReplicaSet replicaSet(ReplicaSet rs) {
    ReplicaSetSpec spec = rs.spec() == null ? ReplicaSetSpec.EMPTY : rs.spec();
    ReplicaSetSpec out =
        RecordEdit.of(spec)
            .orElse("replicas", spec.replicas(), 1)
            .replace("template", spec.template(), PodDefaults.template(spec.template()))
            .build();
    return out == rs.spec() ? rs : rs.withSpec(out);
  }

  /** SetDefaults_DaemonSet. */
  public static DaemonSet daemonSet(DaemonSet ds) {
    DaemonSetSpec spec = ds.spec() == null ? DaemonSetSpec.EMPTY : ds.spec();
    DaemonSetUpdateStrategy strategy =
        spec.updateStrategy() == null
            ? new DaemonSetUpdateStrategy(null, null)
            : spec.updateStrategy();
    if (CoreDefaults.isEmpty(strategy.type())) {
      strategy =
          new DaemonSetUpdateStrategy(
              DaemonSetUpdateStrategy.ROLLING_UPDATE, strategy.rollingUpdate());
    }
    if (DaemonSetUpdateStrategy.ROLLING_UPDATE.equals(strategy.type())) {
      RollingUpdateDaemonSet ru =
          strategy.rollingUpdate() == null
              ? new RollingUpdateDaemonSet(null, null)
              : strategy.rollingUpdate();
      ru =
          new RollingUpdateDaemonSet(
              ru.maxUnavailable() == null ? IntOrString.of(1) : ru.maxUnavailable(),
              ru.maxSurge() == null ? IntOrString.of(0) : ru.maxSurge());
      strategy = new DaemonSetUpdateStrategy(strategy.type(), ru);
    }
    DaemonSetSpec out =
        RecordEdit.of(spec)
            .set("updateStrategy", strategy)
            .orElse("revisionHistoryLimit", spec.revisionHistoryLimit(), 10)
            .replace("template", spec.template(), PodDefaults.template(spec.template()))
            .build();
    return out == ds.spec() ? ds : ds.withSpec(out);
  }

  /** SetDefaults_StatefulSet. */
  public static StatefulSet statefulSet(StatefulSet sts) {
    StatefulSetSpec spec = sts.spec() == null ? StatefulSetSpec.EMPTY : sts.spec();
    RecordEdit<StatefulSetSpec> e = RecordEdit.of(spec);
    if (CoreDefaults.isEmpty(spec.podManagementPolicy())) {
      e.set("podManagementPolicy", StatefulSetSpec.ORDERED_READY);
    }
    StatefulSetUpdateStrategy strategy =
        spec.updateStrategy() == null
            ? new StatefulSetUpdateStrategy(null, null)
            : spec.updateStrategy();
    if (CoreDefaults.isEmpty(strategy.type())) {
      // UpdateStrategy.RollingUpdate will take default values below.
      strategy =
          new StatefulSetUpdateStrategy(
              StatefulSetUpdateStrategy.ROLLING_UPDATE,
              strategy.rollingUpdate() == null
                  ? new RollingUpdateStatefulSetStrategy(null, null)
                  : strategy.rollingUpdate());
    }
    RollingUpdateStatefulSetStrategy ru = strategy.rollingUpdate();
    if (StatefulSetUpdateStrategy.ROLLING_UPDATE.equals(strategy.type())
        && ru != null
        && ru.partition() == null) {
      strategy =
          new StatefulSetUpdateStrategy(
              strategy.type(), new RollingUpdateStatefulSetStrategy(0, ru.maxUnavailable()));
    }
    e.set("updateStrategy", strategy);
    StatefulSetPersistentVolumeClaimRetentionPolicy policy =
        spec.persistentVolumeClaimRetentionPolicy() == null
            ? new StatefulSetPersistentVolumeClaimRetentionPolicy(null, null)
            : spec.persistentVolumeClaimRetentionPolicy();
    e.set(
        "persistentVolumeClaimRetentionPolicy",
        new StatefulSetPersistentVolumeClaimRetentionPolicy(
            CoreDefaults.isEmpty(policy.whenDeleted())
                ? StatefulSetPersistentVolumeClaimRetentionPolicy.RETAIN
                : policy.whenDeleted(),
            CoreDefaults.isEmpty(policy.whenScaled())
                ? StatefulSetPersistentVolumeClaimRetentionPolicy.RETAIN
                : policy.whenScaled()));
    e.orElse("replicas", spec.replicas(), 1)
        .orElse("revisionHistoryLimit", spec.revisionHistoryLimit(), 10)
        .replace("template", spec.template(), PodDefaults.template(spec.template()))
        .set(
            "volumeClaimTemplates",
            PodDefaults.map(spec.volumeClaimTemplates(), CoreDefaults::pvc));
    StatefulSetSpec out = e.build();
    return out == sts.spec() ? sts : sts.withSpec(out);
  }
}
