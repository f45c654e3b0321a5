package io.kubemu.model.apps;

import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.internal.Copies;
import io.kubemu.model.meta.LabelSelector;
import java.util.List;

/**
 * The desired state of a StatefulSet (apps/v1 StatefulSetSpec).
 *
 * @param replicas desired pods; defaults to 1
 * @param selector label selector of the pods; required, must match the template's labels
 * @param template the pod template; pod {@code web-3} is ordinal 3 of set {@code web}
 * @param volumeClaimTemplates claims made per pod ({@code <claim>-<set>-<ordinal>}); never null
 * @param serviceName the governing (headless) service giving pods their DNS names
 * @param podManagementPolicy {@value #ORDERED_READY} (the default) or {@value #PARALLEL}
 * @param updateStrategy defaults to RollingUpdate with partition 0
 * @param revisionHistoryLimit old ControllerRevisions kept; defaults to 10
 * @param minReadySeconds seconds a new pod must be ready to count as available; defaults to 0
 * @param persistentVolumeClaimRetentionPolicy defaults to Retain/Retain
 * @param ordinals replica numbering; defaults to start 0
 */
public record StatefulSetSpec(
    Integer replicas,
    LabelSelector selector,
    PodTemplateSpec template,
    List<PersistentVolumeClaim> volumeClaimTemplates,
    String serviceName,
    String podManagementPolicy,
    StatefulSetUpdateStrategy updateStrategy,
    Integer revisionHistoryLimit,
    Integer minReadySeconds,
    StatefulSetPersistentVolumeClaimRetentionPolicy persistentVolumeClaimRetentionPolicy,
    StatefulSetOrdinals ordinals) {

  /** Create pods one at a time in increasing order, each after the previous is ready. */
  public static final String ORDERED_READY = "OrderedReady";

  /** Create and delete pods all at once, without waiting. */
  public static final String PARALLEL = "Parallel";

  /** A spec with every field unset. */
  public static final StatefulSetSpec EMPTY =
      new StatefulSetSpec(null, null, null, null, null, null, null, null, null, null, null);

  public StatefulSetSpec {
    volumeClaimTemplates = Copies.list(volumeClaimTemplates);
  }

  public StatefulSetSpec withReplicas(Integer replicas) {
    return new StatefulSetSpec(
        replicas,
        selector,
        template,
        volumeClaimTemplates,
        serviceName,
        podManagementPolicy,
        updateStrategy,
        revisionHistoryLimit,
        minReadySeconds,
        persistentVolumeClaimRetentionPolicy,
        ordinals);
  }

  public StatefulSetSpec withTemplate(PodTemplateSpec template) {
    return new StatefulSetSpec(
        replicas,
        selector,
        template,
        volumeClaimTemplates,
        serviceName,
        podManagementPolicy,
        updateStrategy,
        revisionHistoryLimit,
        minReadySeconds,
        persistentVolumeClaimRetentionPolicy,
        ordinals);
  }

  public StatefulSetSpec withUpdateStrategy(StatefulSetUpdateStrategy updateStrategy) {
    return new StatefulSetSpec(
        replicas,
        selector,
        template,
        volumeClaimTemplates,
        serviceName,
        podManagementPolicy,
        updateStrategy,
        revisionHistoryLimit,
        minReadySeconds,
        persistentVolumeClaimRetentionPolicy,
        ordinals);
  }
}
