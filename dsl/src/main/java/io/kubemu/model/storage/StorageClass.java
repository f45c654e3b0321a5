package io.kubemu.model.storage;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.internal.Copies;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;
import java.util.Map;

/**
 * A class of dynamically provisioned storage (storage.k8s.io/v1 StorageClass); cluster-scoped, no
 * spec or status.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param provisioner the volume plugin, e.g. {@code kubernetes.io/no-provisioner}; required,
 *     immutable
 * @param parameters provisioner parameters; never null
 * @param reclaimPolicy reclaim policy of provisioned volumes: {@value #DELETE} (the default) or
 *     {@value #RETAIN}
 * @param mountOptions mount options of provisioned volumes; never null
 * @param allowVolumeExpansion whether claims of this class may grow
 * @param volumeBindingMode {@value #IMMEDIATE} (the default) or {@value #WAIT_FOR_FIRST_CONSUMER}
 * @param allowedTopologies where volumes may be provisioned; empty means anywhere; never null
 */
public record StorageClass(
    ObjectMeta metadata,
    String provisioner,
    Map<String, String> parameters,
    String reclaimPolicy,
    List<String> mountOptions,
    Boolean allowVolumeExpansion,
    String volumeBindingMode,
    List<TopologySelectorTerm> allowedTopologies)
    implements KubernetesObject {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "storage.k8s.io/v1";

  /** The kind {@value}. */
  public static final String KIND = "StorageClass";

  /** Annotation marking the cluster's default class ({@code "true"}). */
  public static final String IS_DEFAULT_CLASS_ANNOTATION =
      "storageclass.kubernetes.io/is-default-class";

  /** Reclaim policy: delete the volume with its claim (the default). */
  public static final String DELETE = "Delete";

  /** Reclaim policy: keep the volume after its claim is gone. */
  public static final String RETAIN = "Retain";

  /** Bind and provision as soon as the claim is created (the default). */
  public static final String IMMEDIATE = "Immediate";

  /** Delay binding until a pod using the claim is scheduled. */
  public static final String WAIT_FOR_FIRST_CONSUMER = "WaitForFirstConsumer";

  public StorageClass {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    parameters = Copies.map(parameters);
    mountOptions = Copies.list(mountOptions);
    allowedTopologies = Copies.list(allowedTopologies);
  }

  @Override
  public String apiVersion() {
    return API_VERSION;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public StorageClass withMetadata(ObjectMeta metadata) {
    return new StorageClass(
        metadata,
        provisioner,
        parameters,
        reclaimPolicy,
        mountOptions,
        allowVolumeExpansion,
        volumeBindingMode,
        allowedTopologies);
  }
}
