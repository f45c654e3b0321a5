package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.model.storage.StorageClass;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Validation of StorageClasses (upstream pkg/apis/storage/validation). Stateless. */
final class StorageValidation {
  private StorageValidation() {}

  private static final List<String> RECLAIM_POLICIES = List.of("Delete", "Retain");
  private static final List<String> BINDING_MODES = List.of("Immediate", "WaitForFirstConsumer");

  /** ValidateStorageClass. */
  static void storageClass(List<FieldError> errs, StorageClass sc) {
    MetaValidation.objectMeta(errs, sc.metadata(), false, NameValidation.DNS_SUBDOMAIN);
    FieldPath provisioner = FieldPath.root("provisioner");
    String p = sc.provisioner() == null ? "" : sc.provisioner();
    if (p.isEmpty()) {
      errs.add(FieldError.required(provisioner, ""));
    } else {
      LabelValidation.qualifiedName(errs, p.toLowerCase(Locale.ROOT), provisioner);
    }
    // validateParameters
    long total = 0;
    for (var e : sc.parameters().entrySet()) {
      total += e.getKey().length() + e.getValue().length();
    }
    if (sc.parameters().size() > 512) {
      errs.add(
          FieldError.invalid(
              FieldPath.root("parameters"),
              GoValues.stringMapValue(sc.parameters()),
              "must have at most 512 parameters"));
    }
    if (total > 256 * 1024) {
      errs.add(
          FieldError.invalid(
              FieldPath.root("parameters"),
              GoValues.stringMapValue(sc.parameters()),
              "total size must be less than 262144 bytes"));
    }
    String reclaim = sc.reclaimPolicy() == null ? "" : sc.reclaimPolicy();
    if (!reclaim.isEmpty() && !RECLAIM_POLICIES.contains(reclaim)) {
      errs.add(FieldError.notSupported(FieldPath.root("reclaimPolicy"), reclaim, RECLAIM_POLICIES));
    }
    FieldPath mode = FieldPath.root("volumeBindingMode");
    if (sc.volumeBindingMode() == null) {
      errs.add(FieldError.required(mode, ""));
    } else if (!BINDING_MODES.contains(sc.volumeBindingMode())) {
      errs.add(FieldError.notSupported(mode, sc.volumeBindingMode(), BINDING_MODES));
    }
  }

  /** ValidateStorageClassUpdate: parameters, provisioner, reclaimPolicy and binding mode fixed. */
  static void storageClassUpdate(List<FieldError> errs, StorageClass sc, StorageClass old) {
    MetaValidation.objectMetaUpdate(errs, sc.metadata(), old.metadata());
    if (!sc.parameters().equals(old.parameters())) {
      errs.add(
          FieldError.forbidden(
              FieldPath.root("parameters"), "updates to parameters are forbidden."));
    }
    if (!Objects.equals(sc.provisioner(), old.provisioner())) {
      errs.add(
          FieldError.forbidden(
              FieldPath.root("provisioner"), "updates to provisioner are forbidden."));
    }
    if (!Objects.equals(sc.reclaimPolicy(), old.reclaimPolicy())) {
      errs.add(
          FieldError.forbidden(
              FieldPath.root("reclaimPolicy"), "updates to reclaimPolicy are forbidden."));
    }
    MetaValidation.immutable(
        errs,
        sc.volumeBindingMode(),
        old.volumeBindingMode(),
        sc.volumeBindingMode(),
        FieldPath.root("volumeBindingMode"));
    storageClass(errs, sc);
  }
}
