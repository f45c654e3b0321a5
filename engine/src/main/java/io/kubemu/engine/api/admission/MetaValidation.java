package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.engine.api.GoFormat;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * ObjectMeta validation on create and update (upstream apimachinery/pkg/api/validation
 * objectmeta.go with core's finalizer check) and the small shared rules: non-negative fields and
 * immutable fields. Stateless.
 */
final class MetaValidation {
  private MetaValidation() {}

  static final FieldPath METADATA = FieldPath.root("metadata");
  static final String FIELD_IMMUTABLE = "field is immutable";
  static final String IS_NEGATIVE = "must be greater than or equal to 0";

  /** The finalizer names that need no domain (helper.IsStandardFinalizerName). */
  private static final Set<String> STANDARD_FINALIZERS =
      Set.of("kubernetes", "orphan", "foregroundDeletion");

  /** core's ValidateObjectMeta: apimachinery's checks, then core's finalizer names. */
  static void objectMeta(
      List<FieldError> errs, ObjectMeta m, boolean namespaced, NameValidation.NameFunc nameFn) {
    FieldPath path = METADATA;
    if (!isEmpty(m.generateName())) {
      for (String msg : nameFn.validate(m.generateName(), true)) {
        errs.add(FieldError.invalid(path.child("generateName"), m.generateName(), msg));
      }
    }
    if (isEmpty(m.name())) {
      errs.add(FieldError.required(path.child("name"), "name or generateName is required"));
    } else {
      for (String msg : nameFn.validate(m.name(), false)) {
        errs.add(FieldError.invalid(path.child("name"), m.name(), msg));
      }
    }
    if (namespaced) {
      if (isEmpty(m.namespace())) {
        errs.add(FieldError.required(path.child("namespace"), ""));
      } else {
        for (String msg : NameValidation.nameIsDNSLabel(m.namespace(), false)) {
          errs.add(FieldError.invalid(path.child("namespace"), m.namespace(), msg));
        }
      }
    } else if (!isEmpty(m.namespace())) {
      errs.add(FieldError.forbidden(path.child("namespace"), "not allowed on this type"));
    }
    if (m.generation() != null) nonNegative(errs, m.generation(), path.child("generation"));
    common(errs, m, path);
    finalizerNames(errs, m);
  }

  /** core's ValidateObjectMetaUpdate. */
  static void objectMetaUpdate(List<FieldError> errs, ObjectMeta m, ObjectMeta old) {
    FieldPath path = METADATA;
    if (old.deletionTimestamp() != null) {
      // ValidateNoNewFinalizers
      Set<String> extra = new TreeSet<>(m.finalizers());
      extra.removeAll(old.finalizers());
      if (!extra.isEmpty()) {
        errs.add(
            FieldError.forbidden(
                path.child("finalizers"),
                "no new finalizers can be added if the object is being deleted, found new"
                    + " finalizers "
                    + GoFormat.goStringSlice(extra)));
      }
    }
    if (isEmpty(m.resourceVersion())) {
      errs.add(
          FieldError.invalid(path.child("resourceVersion"), "", "must be specified for an update"));
    }
    long generation = m.generation() == null ? 0 : m.generation();
    if (generation < (old.generation() == null ? 0 : old.generation())) {
      errs.add(FieldError.invalid(path.child("generation"), generation, "must not be decremented"));
    }
    immutable(errs, m.name(), old.name(), nz(m.name()), path.child("name"));
    immutable(errs, m.namespace(), old.namespace(), nz(m.namespace()), path.child("namespace"));
    immutable(errs, m.uid(), old.uid(), nz(m.uid()), path.child("uid"));
    immutable(
        errs,
        m.creationTimestamp(),
        old.creationTimestamp(),
        String.valueOf(m.creationTimestamp()),
        path.child("creationTimestamp"));
    immutable(
        errs,
        m.deletionTimestamp(),
        old.deletionTimestamp(),
        String.valueOf(m.deletionTimestamp()),
        path.child("deletionTimestamp"));
    immutable(
        errs,
        m.deletionGracePeriodSeconds(),
        old.deletionGracePeriodSeconds(),
        m.deletionGracePeriodSeconds(),
        path.child("deletionGracePeriodSeconds"));
    LabelValidation.labels(errs, m.labels(), path.child("labels"));
    LabelValidation.annotations(errs, m.annotations(), path.child("annotations"));
    ownerReferences(errs, m.ownerReferences(), path.child("ownerReferences"));
    finalizerNames(errs, m);
  }

  // labels, annotations, owner references and finalizers of
  // validateObjectMetaAccessorWithOptsCommon
  private static void common(List<FieldError> errs, ObjectMeta m, FieldPath path) {
    LabelValidation.labels(errs, m.labels(), path.child("labels"));
    LabelValidation.annotations(errs, m.annotations(), path.child("annotations"));
    ownerReferences(errs, m.ownerReferences(), path.child("ownerReferences"));
    // ValidateFinalizers
    FieldPath fins = path.child("finalizers");
    for (String f : m.finalizers()) LabelValidation.qualifiedName(errs, f, fins);
    if (m.finalizers().contains("orphan") && m.finalizers().contains("foregroundDeletion")) {
      errs.add(
          FieldError.invalid(
              fins,
              GoValues.strings(m.finalizers()),
              "finalizer orphan and foregroundDeletion cannot be both set"));
    }
  }

  // validateKubeFinalizerName, per finalizer
  private static void finalizerNames(List<FieldError> errs, ObjectMeta m) {
    for (int i = 0; i < m.finalizers().size(); i++) {
      String f = m.finalizers().get(i);
      FieldPath p = METADATA.child("finalizers").index(i);
      LabelValidation.qualifiedName(errs, f, p);
      if (!f.contains("/") && !STANDARD_FINALIZERS.contains(f)) {
        errs.add(
            FieldError.invalid(
                p, f, "name is neither a standard finalizer name nor is it fully qualified"));
      }
    }
  }

  // ValidateOwnerReferences
  private static void ownerReferences(
      List<FieldError> errs, List<OwnerReference> refs, FieldPath path) {
    String firstController = "";
    for (OwnerReference ref : refs) {
      String apiVersion = nz(ref.apiVersion());
      String version =
          apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
      if (version.isEmpty()) {
        errs.add(
            FieldError.invalid(path.child("apiVersion"), apiVersion, "version must not be empty"));
      }
      if (isEmpty(ref.kind())) {
        errs.add(FieldError.invalid(path.child("kind"), nz(ref.kind()), "must not be empty"));
      }
      if (isEmpty(ref.name())) {
        errs.add(FieldError.invalid(path.child("name"), nz(ref.name()), "must not be empty"));
      }
      if (isEmpty(ref.uid())) {
        errs.add(FieldError.invalid(path.child("uid"), nz(ref.uid()), "must not be empty"));
      }
      if ("v1".equals(apiVersion) && "Event".equals(ref.kind())) {
        errs.add(
            FieldError.invalid(
                path,
                GoValues.opaque("v1.OwnerReference"),
                "/v1, Kind=Event is disallowed from being an owner"));
      }
      if (Boolean.TRUE.equals(ref.controller())) {
        String current = ref.kind() + "/" + ref.name();
        if (!firstController.isEmpty()) {
          errs.add(
              FieldError.invalid(
                  path,
                  GoValues.opaque("[]v1.OwnerReference"),
                  "Only one reference can have Controller set to true. Found \"true\" in"
                      + " references for "
                      + firstController
                      + " and "
                      + current));
        } else {
          firstController = current;
        }
      }
    }
  }

  /** ValidateNonnegativeField: {@code Invalid value: -1: must be greater than or equal to 0}. */
  static void nonNegative(List<FieldError> errs, Number value, FieldPath path) {
    if (value != null && value.longValue() < 0) {
      errs.add(FieldError.invalid(path, value, IS_NEGATIVE));
    }
  }

  /**
   * ValidateImmutableField: {@code Invalid value: <printed>: field is immutable} when {@code value}
   * differs from {@code old}.
   */
  static void immutable(
      List<FieldError> errs, Object value, Object old, Object printed, FieldPath path) {
    if (!Objects.equals(value, old)) errs.add(FieldError.invalid(path, printed, FIELD_IMMUTABLE));
  }

  /** As {@link #immutable(List, Object, Object, Object, FieldPath)}, printing only on error. */
  static void immutable(
      List<FieldError> errs,
      Object value,
      Object old,
      java.util.function.Supplier<Object> printed,
      FieldPath path) {
    if (!Objects.equals(value, old))
      errs.add(FieldError.invalid(path, printed.get(), FIELD_IMMUTABLE));
  }

  static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
