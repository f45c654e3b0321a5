package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.model.core.DownwardAPIVolumeFile;
import io.kubemu.model.core.KeyToPath;
import io.kubemu.model.core.Volume;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validation of a pod's volumes (upstream pkg/apis/core/validation: ValidateVolumes,
 * validateVolumeSource and the checks of the modelled sources). Stateless.
 */
final class VolumeValidation {
  private VolumeValidation() {}

  static final String FILE_MODE_ERROR =
      "must be a number between 0 and 0777 (octal), both inclusive";
  private static final List<String> HOST_PATH_TYPES =
      List.of(
          "",
          "BlockDevice",
          "CharDevice",
          "Directory",
          "DirectoryOrCreate",
          "File",
          "FileOrCreate",
          "Socket");

  /** ValidateVolumes: {@return the valid volumes by name}, appending the errors. */
  static Map<String, Volume> volumes(List<FieldError> errs, List<Volume> volumes, FieldPath path) {
    Map<String, Volume> valid = new LinkedHashMap<>();
    Set<String> names = new HashSet<>(); // lookups only
    for (int i = 0; i < volumes.size(); i++) {
      Volume v = volumes.get(i);
      FieldPath p = path.index(i);
      String name = v.name() == null ? "" : v.name();
      List<FieldError> el = new java.util.ArrayList<>();
      source(el, v, p);
      if (name.isEmpty()) {
        el.add(FieldError.required(p.child("name"), ""));
      } else {
        NameValidation.dns1123Label(el, name, p.child("name"));
      }
      if (names.contains(name)) el.add(FieldError.duplicate(p.child("name"), name));
      if (el.isEmpty()) {
        names.add(name);
        valid.put(name, v);
      } else {
        errs.addAll(el);
      }
    }
    return valid;
  }

  // validateVolumeSource, for the modelled sources, in upstream's order
  private static void source(List<FieldError> errs, Volume v, FieldPath path) {
    int n = 0;
    String more = "may not specify more than 1 volume type";
    if (v.emptyDir() != null) {
      n++;
      if (v.emptyDir().sizeLimit() != null && v.emptyDir().sizeLimit().signum() < 0) {
        errs.add(
            FieldError.forbidden(
                path.child("emptyDir").child("sizeLimit"),
                "SizeLimit field must be a valid resource quantity"));
      }
    }
    if (v.hostPath() != null) {
      if (n++ > 0) {
        errs.add(FieldError.forbidden(path.child("hostPath"), more));
      } else {
        FieldPath p = path.child("hostPath");
        String hp = v.hostPath().path() == null ? "" : v.hostPath().path();
        if (hp.isEmpty()) {
          errs.add(FieldError.required(p.child("path"), ""));
        } else {
          PodValidation.pathNoBacksteps(errs, hp, p.child("path"));
          String type = v.hostPath().type();
          if (type != null && !HOST_PATH_TYPES.contains(type)) {
            errs.add(FieldError.notSupported(p.child("type"), type, HOST_PATH_TYPES));
          }
        }
      }
    }
    if (v.secret() != null) {
      if (n++ > 0) {
        errs.add(FieldError.forbidden(path.child("secret"), more));
      } else {
        FieldPath p = path.child("secret");
        if (v.secret().secretName() == null || v.secret().secretName().isEmpty()) {
          errs.add(FieldError.required(p.child("secretName"), ""));
        }
        mode(errs, v.secret().defaultMode(), p.child("defaultMode"));
        keyToPaths(errs, v.secret().items(), p.child("items"));
      }
    }
    if (v.nfs() != null) {
      if (n++ > 0) {
        errs.add(FieldError.forbidden(path.child("nfs"), more));
      } else {
        FieldPath p = path.child("nfs");
        if (v.nfs().server() == null || v.nfs().server().isEmpty()) {
          errs.add(FieldError.required(p.child("server"), ""));
        }
        String nfsPath = v.nfs().path() == null ? "" : v.nfs().path();
        if (nfsPath.isEmpty()) {
          errs.add(FieldError.required(p.child("path"), ""));
        } else if (!nfsPath.startsWith("/")) {
          errs.add(FieldError.invalid(p.child("path"), nfsPath, "must be an absolute path"));
        }
      }
    }
    if (v.persistentVolumeClaim() != null) {
      if (n++ > 0) {
        errs.add(FieldError.forbidden(path.child("persistentVolumeClaim"), more));
      } else if (v.persistentVolumeClaim().claimName() == null
          || v.persistentVolumeClaim().claimName().isEmpty()) {
        errs.add(FieldError.required(path.child("persistentVolumeClaim").child("claimName"), ""));
      }
    }
    if (v.downwardAPI() != null) {
      if (n++ > 0) {
        errs.add(FieldError.forbidden(path.child("downwarAPI"), more)); // sic, upstream's typo
      } else {
        FieldPath p = path.child("downwardAPI");
        mode(errs, v.downwardAPI().defaultMode(), p.child("defaultMode"));
        for (DownwardAPIVolumeFile f : v.downwardAPI().items()) {
          String file = f.path() == null ? "" : f.path();
          if (file.isEmpty()) errs.add(FieldError.required(p.child("path"), ""));
          mode(errs, f.mode(), p.child("mode"));
        }
      }
    }
    if (v.configMap() != null) {
      if (n++ > 0) {
        errs.add(FieldError.forbidden(path.child("configMap"), more));
      } else {
        FieldPath p = path.child("configMap");
        if (v.configMap().name() == null || v.configMap().name().isEmpty()) {
          errs.add(FieldError.required(p.child("name"), ""));
        }
        mode(errs, v.configMap().defaultMode(), p.child("defaultMode"));
        keyToPaths(errs, v.configMap().items(), p.child("items"));
      }
    }
    if (v.projected() != null) {
      if (n++ > 0) {
        errs.add(FieldError.forbidden(path.child("projected"), more));
      } else {
        mode(errs, v.projected().defaultMode(), path.child("projected").child("defaultMode"));
      }
    }
    if (n == 0) errs.add(FieldError.required(path, "must specify a volume type"));
  }

  // validateKeyToPath, per item
  private static void keyToPaths(List<FieldError> errs, List<KeyToPath> items, FieldPath path) {
    for (int i = 0; i < items.size(); i++) {
      KeyToPath kp = items.get(i);
      FieldPath p = path.index(i);
      if (kp.key() == null || kp.key().isEmpty()) errs.add(FieldError.required(p.child("key"), ""));
      String file = kp.path() == null ? "" : kp.path();
      if (file.isEmpty()) {
        errs.add(FieldError.required(p.child("path"), ""));
      } else {
        PodValidation.localDescendingPath(errs, file, p.child("path"));
      }
      mode(errs, kp.mode(), p.child("mode"));
    }
  }

  private static void mode(List<FieldError> errs, Integer mode, FieldPath path) {
    if (mode != null && (mode < 0 || mode > 0777)) {
      errs.add(FieldError.invalid(path, mode, FILE_MODE_ERROR));
    }
  }
}
