package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PersistentVolumeClaimSpec;
import io.kubemu.model.core.PersistentVolumeSpec;
import io.kubemu.model.storage.StorageClass;
import java.time.Instant;
import java.util.List;

/**
 * Volume printers (printers.go printPersistentVolumeClaim, printPersistentVolume,
 * printStorageClass, v1.30 with the VOLUMEATTRIBUTESCLASS column).
 */
public final class StoragePrinters {
  private StoragePrinters() {}

  /**
   * PersistentVolumeClaims: NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS
   * VOLUMEATTRIBUTESCLASS AGE, wide VOLUMEMODE.
   */
  public static final class PersistentVolumeClaimPrinter
      implements ObjectPrinter<PersistentVolumeClaim> {
    private static final List<Column> COLUMNS =
        List.of(
            Column.nameColumn(),
            Column.of("Status"),
            Column.of("Volume"),
            Column.of("Capacity"),
            Column.of("Access Modes"),
            Column.of("StorageClass"),
            Column.of("VolumeAttributesClass"),
            Column.of("Age"),
            Column.wide("VolumeMode"));

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(PersistentVolumeClaim pvc, Instant now) {
      PersistentVolumeClaimSpec spec = pvc.spec();
      String phase = pvc.status() == null ? "" : Formats.nullToEmpty(pvc.status().phase());
      if (pvc.metadata().deletionTimestamp() != null) phase = "Terminating";
      String volumeName = spec == null ? "" : Formats.nullToEmpty(spec.volumeName());
      String capacity = "";
      String accessModes = "";
      if (!volumeName.isEmpty() && pvc.status() != null) {
        accessModes = Formats.accessModes(pvc.status().accessModes());
        capacity = Formats.quantity(pvc.status().capacity().get("storage"));
      }
      String volumeMode = spec == null || spec.volumeMode() == null ? "<unset>" : spec.volumeMode();
      return List.of(
          pvc.metadata().name(),
          phase,
          volumeName,
          capacity,
          accessModes,
          Formats.storageClass(pvc.metadata(), spec == null ? null : spec.storageClassName()),
          "<unset>",
          HumanDuration.since(pvc.metadata().creationTimestamp(), now),
          volumeMode);
    }
  }

  /**
   * PersistentVolumes: NAME CAPACITY ACCESS MODES RECLAIM POLICY STATUS CLAIM STORAGECLASS
   * VOLUMEATTRIBUTESCLASS REASON AGE, wide VOLUMEMODE.
   */
  public static final class PersistentVolumePrinter implements ObjectPrinter<PersistentVolume> {
    private static final List<Column> COLUMNS =
        List.of(
            Column.nameColumn(),
            Column.of("Capacity"),
            Column.of("Access Modes"),
            Column.of("Reclaim Policy"),
            Column.of("Status"),
            Column.of("Claim"),
            Column.of("StorageClass"),
            Column.of("VolumeAttributesClass"),
            Column.of("Reason"),
            Column.of("Age"),
            Column.wide("VolumeMode"));

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(PersistentVolume pv, Instant now) {
      PersistentVolumeSpec spec = pv.spec();
      String claim = "";
      if (spec != null && spec.claimRef() != null) {
        claim =
            Formats.nullToEmpty(spec.claimRef().namespace())
                + "/"
                + Formats.nullToEmpty(spec.claimRef().name());
      }
      String phase = pv.status() == null ? "" : Formats.nullToEmpty(pv.status().phase());
      if (pv.metadata().deletionTimestamp() != null) phase = "Terminating";
      return List.of(
          pv.metadata().name(),
          Formats.quantity(spec == null ? null : spec.capacity().get("storage")),
          spec == null ? "" : Formats.accessModes(spec.accessModes()),
          spec == null ? "" : Formats.nullToEmpty(spec.persistentVolumeReclaimPolicy()),
          phase,
          claim,
          Formats.storageClass(pv.metadata(), spec == null ? null : spec.storageClassName()),
          "<unset>",
          pv.status() == null ? "" : Formats.nullToEmpty(pv.status().reason()),
          HumanDuration.since(pv.metadata().creationTimestamp(), now),
          spec == null || spec.volumeMode() == null ? "<unset>" : spec.volumeMode());
    }
  }

  /** StorageClasses: NAME PROVISIONER RECLAIMPOLICY VOLUMEBINDINGMODE ALLOWVOLUMEEXPANSION AGE. */
  public static final class StorageClassPrinter implements ObjectPrinter<StorageClass> {
    private static final List<Column> COLUMNS =
        List.of(
            Column.nameColumn(),
            Column.of("Provisioner"),
            Column.of("ReclaimPolicy"),
            Column.of("VolumeBindingMode"),
            Column.of("AllowVolumeExpansion"),
            Column.of("Age"));

    /** The annotation marking the default class. */
    public static final String DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(StorageClass sc, Instant now) {
      String name = sc.metadata().name();
      // storageutil.IsDefaultAnnotation: the GA or beta annotation set to "true"
      if ("true".equals(sc.metadata().annotation(DEFAULT_CLASS))
          || "true"
              .equals(
                  sc.metadata().annotation("storageclass.beta.kubernetes.io/is-default-class"))) {
        name += " (default)";
      }
      return List.of(
          name,
          Formats.nullToEmpty(sc.provisioner()),
          sc.reclaimPolicy() == null ? "Delete" : sc.reclaimPolicy(),
          sc.volumeBindingMode() == null ? "Immediate" : sc.volumeBindingMode(),
          Formats.bool(Boolean.TRUE.equals(sc.allowVolumeExpansion())),
          HumanDuration.since(sc.metadata().creationTimestamp(), now));
    }
  }
}
