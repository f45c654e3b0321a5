package io.kubemu.dsl;

import io.kubemu.model.Quantity;
import io.kubemu.model.core.CSIPersistentVolumeSource;
import io.kubemu.model.core.HostPathVolumeSource;
import io.kubemu.model.core.LocalVolumeSource;
import io.kubemu.model.core.NFSVolumeSource;
import io.kubemu.model.core.NodeSelector;
import io.kubemu.model.core.NodeSelectorTerm;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeSpec;
import io.kubemu.model.core.PersistentVolumeStatus;
import io.kubemu.model.core.VolumeNodeAffinity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link PersistentVolume}: {@code pv("pv1").capacity(storage("10Gi"))
 * .accessModes("ReadWriteOnce").hostPath("/data/pv1")}. Adds no defaults (the API server defaults
 * persistentVolumeReclaimPolicy Retain, volumeMode Filesystem). Mutable, not thread-safe.
 */
public final class PersistentVolumeBuilder
    extends AbstractObjectBuilder<PersistentVolume, PersistentVolumeBuilder> {

  private final Map<String, Quantity> capacity = new LinkedHashMap<>();
  private HostPathVolumeSource hostPath;
  private NFSVolumeSource nfs;
  private LocalVolumeSource local;
  private CSIPersistentVolumeSource csi;
  private final List<String> accessModes = new ArrayList<>();
  private ObjectReference claimRef;
  private String persistentVolumeReclaimPolicy;
  private String storageClassName;
  private final List<String> mountOptions = new ArrayList<>();
  private String volumeMode;
  private VolumeNodeAffinity nodeAffinity;
  private PersistentVolumeStatus status;

  PersistentVolumeBuilder() {}

  /** {@return a builder holding every field of {@code volume}, status included} */
  public static PersistentVolumeBuilder from(PersistentVolume volume) {
    PersistentVolumeBuilder b = new PersistentVolumeBuilder().metadata(volume.metadata());
    b.load(volume.spec());
    b.status = volume.status();
    return b;
  }

  /** Merged into {@code spec.capacity}: {@code capacity(storage("10Gi"))}. */
  public PersistentVolumeBuilder capacity(Resource... resources) {
    for (Resource r : resources) capacity.put(r.name(), r.quantity());
    return this;
  }

  /** {@code spec.hostPath.path}. */
  public PersistentVolumeBuilder hostPath(String path) {
    this.hostPath = new HostPathVolumeSource(path, null);
    return this;
  }

  /** {@code spec.nfs: {server, path}}. */
  public PersistentVolumeBuilder nfs(String server, String path) {
    this.nfs = new NFSVolumeSource(server, path, null);
    return this;
  }

  /** {@code spec.local.path} (a local volume also needs {@link #nodeAffinity}). */
  public PersistentVolumeBuilder local(String path) {
    this.local = new LocalVolumeSource(path, null);
    return this;
  }

  /** {@code spec.csi: {driver, volumeHandle}}. */
  public PersistentVolumeBuilder csi(String driver, String volumeHandle) {
    this.csi = new CSIPersistentVolumeSource(driver, volumeHandle, null, null, null);
    return this;
  }

  /** {@code spec.accessModes}; replaces them. */
  public PersistentVolumeBuilder accessModes(String... accessModes) {
    this.accessModes.clear();
    this.accessModes.addAll(List.of(accessModes));
    return this;
  }

  /** {@code spec.claimRef}: the claim the volume is reserved for or bound to. */
  public PersistentVolumeBuilder claimRef(ObjectReference claimRef) {
    this.claimRef = claimRef;
    return this;
  }

  /** {@code spec.persistentVolumeReclaimPolicy}: Retain (the default), Delete or Recycle. */
  public PersistentVolumeBuilder persistentVolumeReclaimPolicy(String policy) {
    this.persistentVolumeReclaimPolicy = policy;
    return this;
  }

  /** {@code spec.storageClassName}. */
  public PersistentVolumeBuilder storageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
    return this;
  }

  /** {@code spec.mountOptions}; replaces them. */
  public PersistentVolumeBuilder mountOptions(String... mountOptions) {
    this.mountOptions.clear();
    this.mountOptions.addAll(List.of(mountOptions));
    return this;
  }

  /** {@code spec.volumeMode}: Filesystem (the default) or Block. */
  public PersistentVolumeBuilder volumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
    return this;
  }

  /** Appends a term to {@code spec.nodeAffinity.required.nodeSelectorTerms}. */
  public PersistentVolumeBuilder nodeAffinity(NodeSelectorTermBuilder term) {
    List<NodeSelectorTerm> terms =
        nodeAffinity == null || nodeAffinity.required() == null
            ? new ArrayList<>()
            : new ArrayList<>(nodeAffinity.required().nodeSelectorTerms());
    terms.add(term.build());
    nodeAffinity = new VolumeNodeAffinity(new NodeSelector(terms));
    return this;
  }

  /** {@code status}. */
  public PersistentVolumeBuilder status(PersistentVolumeStatus status) {
    this.status = status;
    return this;
  }

  /**
   * Escape hatch: edits {@code spec} as a record (unset is passed as {@link
   * PersistentVolumeSpec#EMPTY}).
   */
  public PersistentVolumeBuilder spec(UnaryOperator<PersistentVolumeSpec> edit) {
    load(edit.apply(spec()));
    return this;
  }

  @Override
  public PersistentVolume build() {
    return new PersistentVolume(meta(), present(spec(), PersistentVolumeSpec.EMPTY), status);
  }

  private PersistentVolumeSpec spec() {
    return new PersistentVolumeSpec(
        capacity,
        hostPath,
        nfs,
        local,
        csi,
        accessModes,
        claimRef,
        persistentVolumeReclaimPolicy,
        storageClassName,
        mountOptions,
        volumeMode,
        nodeAffinity);
  }

  private void load(PersistentVolumeSpec s) {
    specGiven(s != null);
    if (s == null) s = PersistentVolumeSpec.EMPTY;
    capacity.clear();
    capacity.putAll(s.capacity());
    hostPath = s.hostPath();
    nfs = s.nfs();
    local = s.local();
    csi = s.csi();
    accessModes.clear();
    accessModes.addAll(s.accessModes());
    claimRef = s.claimRef();
    persistentVolumeReclaimPolicy = s.persistentVolumeReclaimPolicy();
    storageClassName = s.storageClassName();
    mountOptions.clear();
    mountOptions.addAll(s.mountOptions());
    volumeMode = s.volumeMode();
    nodeAffinity = s.nodeAffinity();
  }
}
