package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PersistentVolumeClaimSpec;
import io.kubemu.model.core.PersistentVolumeSpec;
import io.kubemu.model.core.VolumeResourceRequirements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validation of PersistentVolumeClaims and PersistentVolumes (upstream pkg/apis/core/validation:
 * ValidatePersistentVolumeClaim(Spec|Update), ValidatePersistentVolume(Spec|Update)). Stateless.
 */
final class PersistentVolumeValidation {
  private PersistentVolumeValidation() {}

  private static final FieldPath SPEC = FieldPath.root("spec");
  private static final List<String> ACCESS_MODES =
      List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod");
  private static final List<String> VOLUME_MODES = List.of("Block", "Filesystem");
  private static final List<String> RECLAIM_POLICIES = List.of("Delete", "Recycle", "Retain");
  private static final String BETA_STORAGE_CLASS = "volume.beta.kubernetes.io/storage-class";

  /** ValidatePersistentVolumeClaim. */
  static void claim(List<FieldError> errs, PersistentVolumeClaim pvc) {
    MetaValidation.objectMeta(errs, pvc.metadata(), true, NameValidation.DNS_SUBDOMAIN);
    claimSpec(errs, pvc.spec() == null ? PersistentVolumeClaimSpec.EMPTY : pvc.spec(), SPEC);
  }

  /** ValidatePersistentVolumeClaimSpec (also for StatefulSet claim templates). */
  static void claimSpec(List<FieldError> errs, PersistentVolumeClaimSpec spec, FieldPath path) {
    if (spec.accessModes().isEmpty()) {
      errs.add(
          FieldError.required(path.child("accessModes"), "at least 1 access mode is required"));
    }
    LabelValidation.labelSelector(errs, spec.selector(), path.child("selector"));
    accessModes(errs, spec.accessModes(), path.child("accessModes"));
    FieldPath storagePath = path.child("resources").key("storage");
    Quantity storage = spec.resources() == null ? null : spec.resources().requests().get("storage");
    if (storage == null) {
      errs.add(FieldError.required(storagePath, ""));
    } else {
      int before = errs.size();
      ResourceValidation.positiveQuantity(errs, storage, storagePath);
      if (errs.size() == before)
        ResourceValidation.quantityValue(errs, "storage", storage, storagePath);
    }
    if (spec.storageClassName() != null && !spec.storageClassName().isEmpty()) {
      NameValidation.name(
          errs,
          NameValidation.DNS_SUBDOMAIN,
          spec.storageClassName(),
          path.child("storageClassName"));
    }
    if (spec.volumeMode() != null && !VOLUME_MODES.contains(spec.volumeMode())) {
      errs.add(FieldError.notSupported(path.child("volumeMode"), spec.volumeMode(), VOLUME_MODES));
    }
  }

  /**
   * ValidatePersistentVolumeClaimUpdate: the spec is immutable but for binding (volumeName set
   * once) and, for bound claims, a larger storage request.
   */
  static void claimUpdate(
      List<FieldError> errs, PersistentVolumeClaim pvc, PersistentVolumeClaim old) {
    MetaValidation.objectMetaUpdate(errs, pvc.metadata(), old.metadata());
    claim(errs, pvc);
    PersistentVolumeClaimSpec now =
        pvc.spec() == null ? PersistentVolumeClaimSpec.EMPTY : pvc.spec();
    PersistentVolumeClaimSpec was =
        old.spec() == null ? PersistentVolumeClaimSpec.EMPTY : old.spec();
    PersistentVolumeClaimSpec oldClone = was;
    if (was.volumeName() == null || was.volumeName().isEmpty()) {
      oldClone = oldClone.withVolumeName(now.volumeName()); // volumeName changes are allowed once
    }
    PersistentVolumeClaimSpec newClone = now;
    String oldAnnotation = old.metadata().annotation(BETA_STORAGE_CLASS);
    String newAnnotation = pvc.metadata().annotation(BETA_STORAGE_CLASS);
    if (oldAnnotation != null
        && was.storageClassName() == null
        && oldAnnotation.equals(now.storageClassName())
        && (newAnnotation == null || newAnnotation.equals(oldAnnotation))) {
      // validateStorageClassUpgradeFromAnnotation: the beta annotation moves to the field
      newClone = newClone.withStorageClassName(null);
    } else {
      MetaValidation.immutable(
          errs,
          newAnnotation,
          oldAnnotation,
          newAnnotation == null ? "" : newAnnotation,
          FieldPath.root("metadata", "annotations", BETA_STORAGE_CLASS));
      if (now.storageClassName() != null
          && was.storageClassName() == null
          && (oldAnnotation == null || now.storageClassName().equals(oldAnnotation))) {
        // validateStorageClassUpgradeFromNil: a class may be set once on a claim without one
        newClone = newClone.withStorageClassName(was.storageClassName());
      }
    }
    boolean bound =
        pvc.status() != null && PersistentVolumeClaim.PHASE_BOUND.equals(pvc.status().phase());
    if (bound && now.resources() != null) {
      Map<String, Quantity> requests = new LinkedHashMap<>(now.resources().requests());
      Quantity oldStorage =
          was.resources() == null ? null : was.resources().requests().get("storage");
      if (oldStorage == null) requests.remove("storage");
      else requests.put("storage", oldStorage);
      newClone =
          newClone.withResources(
              new VolumeResourceRequirements(now.resources().limits(), requests));
    }
    if (!newClone.equals(oldClone)) {
      errs.add(
          FieldError.forbidden(
              SPEC,
              "spec is immutable after creation except resources.requests and"
                  + " volumeAttributesClassName for bound claims\n"
                  + PodValidation.SpecDiff.diff(
                      "core.PersistentVolumeClaimSpec", oldClone, newClone)));
    }
    Quantity oldSize = storage(was);
    Quantity newSize = storage(now);
    if (newSize.compareTo(oldSize) < 0) {
      errs.add(
          FieldError.forbidden(
              FieldPath.root("spec", "resources", "requests", "storage"),
              "field can not be less than previous value"));
    }
    MetaValidation.immutable(
        errs, now.volumeMode(), was.volumeMode(), now.volumeMode(), FieldPath.root("volumeMode"));
  }

  private static Quantity storage(PersistentVolumeClaimSpec spec) {
    Quantity q = spec.resources() == null ? null : spec.resources().requests().get("storage");
    return q == null ? Quantity.ZERO : q;
  }

  private static void accessModes(List<FieldError> errs, List<String> modes, FieldPath path) {
    boolean rwop = false;
    boolean other = false;
    for (String mode : modes) {
      if (!ACCESS_MODES.contains(mode)) {
        errs.add(FieldError.notSupported(path, mode, ACCESS_MODES));
      }
      if (mode.equals(PersistentVolumeClaim.READ_WRITE_ONCE_POD)) rwop = true;
      else if (ACCESS_MODES.contains(mode)) other = true;
    }
    if (rwop && other) {
      errs.add(FieldError.forbidden(path, "may not use ReadWriteOncePod with other access modes"));
    }
  }

  /** ValidatePersistentVolume. */
  static void volume(List<FieldError> errs, PersistentVolume pv) {
    MetaValidation.objectMeta(errs, pv.metadata(), false, NameValidation.DNS_SUBDOMAIN);
    PersistentVolumeSpec spec = pv.spec() == null ? PersistentVolumeSpec.EMPTY : pv.spec();
    if (spec.accessModes().isEmpty()) errs.add(FieldError.required(SPEC.child("accessModes"), ""));
    accessModes(errs, spec.accessModes(), SPEC.child("accessModes"));
    FieldPath cap = SPEC.child("capacity");
    if (spec.capacity().isEmpty()) errs.add(FieldError.required(cap, ""));
    if (!spec.capacity().containsKey("storage") || spec.capacity().size() > 1) {
      errs.add(
          FieldError.notSupported(cap, GoValues.opaque("core.ResourceList"), List.of("storage")));
    }
    spec.capacity()
        .forEach(
            (k, v) -> {
              // validateBasicResource, then ValidatePositiveQuantityValue
              if (v.signum() < 0) {
                errs.add(
                    FieldError.invalid(cap.key(k), v.value(), "must be a valid resource quantity"));
              }
              ResourceValidation.positiveQuantity(errs, v, cap.key(k));
            });
    String reclaim = spec.persistentVolumeReclaimPolicy();
    if (reclaim != null && !reclaim.isEmpty() && !RECLAIM_POLICIES.contains(reclaim)) {
      errs.add(
          FieldError.notSupported(
              SPEC.child("persistentVolumeReclaimPolicy"), reclaim, RECLAIM_POLICIES));
    }
    source(errs, spec);
    if (spec.storageClassName() != null && !spec.storageClassName().isEmpty()) {
      NameValidation.name(
          errs,
          NameValidation.DNS_SUBDOMAIN,
          spec.storageClassName(),
          SPEC.child("storageClassName"));
    }
    if (spec.volumeMode() != null && !VOLUME_MODES.contains(spec.volumeMode())) {
      errs.add(FieldError.notSupported(SPEC.child("volumeMode"), spec.volumeMode(), VOLUME_MODES));
    }
  }

  // the volume source part of ValidatePersistentVolumeSpec: exactly one
  private static void source(List<FieldError> errs, PersistentVolumeSpec spec) {
    int n = 0;
    String more = "may not specify more than 1 volume type";
    if (spec.hostPath() != null) {
      n++;
      FieldPath p = SPEC.child("hostPath");
      String hp = spec.hostPath().path() == null ? "" : spec.hostPath().path();
      if (hp.isEmpty()) errs.add(FieldError.required(p.child("path"), ""));
      else PodValidation.pathNoBacksteps(errs, hp, p.child("path"));
    }
    if (spec.nfs() != null) {
      if (n++ > 0) {
        errs.add(FieldError.forbidden(SPEC.child("nfs"), more));
      } else {
        FieldPath p = SPEC.child("nfs");
        if (spec.nfs().server() == null || spec.nfs().server().isEmpty()) {
          errs.add(FieldError.required(p.child("server"), ""));
        }
        String path = spec.nfs().path() == null ? "" : spec.nfs().path();
        if (path.isEmpty()) errs.add(FieldError.required(p.child("path"), ""));
        else if (!path.startsWith("/")) {
          errs.add(FieldError.invalid(p.child("path"), path, "must be an absolute path"));
        }
      }
    }
    if (spec.local() != null) {
      if (n++ > 0) {
        errs.add(FieldError.forbidden(SPEC.child("local"), more));
      } else {
        FieldPath p = SPEC.child("local");
        String path = spec.local().path() == null ? "" : spec.local().path();
        if (path.isEmpty()) errs.add(FieldError.required(p.child("path"), ""));
        else PodValidation.pathNoBacksteps(errs, path, p.child("path"));
        if (spec.nodeAffinity() == null || spec.nodeAffinity().required() == null) {
          errs.add(
              FieldError.required(
                  SPEC.child("nodeAffinity"), "Local volume requires node affinity"));
        }
      }
    }
    if (spec.csi() != null) {
      if (n++ > 0) {
        errs.add(FieldError.forbidden(SPEC.child("csi"), more));
      } else {
        FieldPath p = SPEC.child("csi");
        if (spec.csi().driver() == null || spec.csi().driver().isEmpty()) {
          errs.add(FieldError.required(p.child("driver"), ""));
        }
        if (spec.csi().volumeHandle() == null || spec.csi().volumeHandle().isEmpty()) {
          errs.add(FieldError.required(p.child("volumeHandle"), ""));
        }
      }
    }
    if (n == 0) errs.add(FieldError.required(SPEC, "must specify a volume type"));
  }

  /** ValidatePersistentVolumeUpdate: the volume source and volumeMode are immutable. */
  static void volumeUpdate(List<FieldError> errs, PersistentVolume pv, PersistentVolume old) {
    volume(errs, pv);
    PersistentVolumeSpec now = pv.spec() == null ? PersistentVolumeSpec.EMPTY : pv.spec();
    PersistentVolumeSpec was = old.spec() == null ? PersistentVolumeSpec.EMPTY : old.spec();
    if (!Objects.equals(now.hostPath(), was.hostPath())
        || !Objects.equals(now.nfs(), was.nfs())
        || !Objects.equals(now.local(), was.local())
        || !Objects.equals(now.csi(), was.csi())) {
      errs.add(
          FieldError.forbidden(
              FieldPath.root("spec", "persistentvolumesource"),
              "spec.persistentvolumesource is immutable after creation"));
    }
    MetaValidation.immutable(
        errs, now.volumeMode(), was.volumeMode(), now.volumeMode(), FieldPath.root("volumeMode"));
  }
}
