package io.kubemu.engine.api;

import io.kubemu.model.HasStatus;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.NamespaceSpec;
import io.kubemu.model.core.NamespaceStatus;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The per-kind rules of the registry strategies (PrepareForCreate, PrepareForUpdate, the status
 * strategies) and the common BeforeUpdate metadata rules. Stateless.
 */
final class Strategies {
  private Strategies() {}

  /** Label the API server sets on every namespace (SetDefaults_Namespace). */
  static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  // ---------------------------------------------------------------- create

  /**
   * PrepareForCreate: status is reset (users do not set an initial status), except for Nodes, which
   * register with theirs; pods start Pending, namespaces Active, volumes Pending.
   */
  static KubernetesObject prepareForCreate(Kind kind, KubernetesObject obj, Instant now) {
    if (obj instanceof Pod pod) {
      // podStrategy.PrepareForCreate
      return pod.withStatus(PodStatus.EMPTY.withPhase(Pod.PHASE_PENDING));
    }
    if (obj instanceof Namespace ns) {
      // namespaceStrategy.PrepareForCreate: Active, and the "kubernetes" finalizer in spec
      List<String> fins = new ArrayList<>(ns.spec() == null ? List.of() : ns.spec().finalizers());
      if (!fins.contains(Namespace.FINALIZER_KUBERNETES)) fins.add(Namespace.FINALIZER_KUBERNETES);
      return withNamespaceLabel(
          ns.withSpec(new NamespaceSpec(fins))
              .withStatus(new NamespaceStatus(Namespace.PHASE_ACTIVE)));
    }
    if (obj instanceof PersistentVolume pv) {
      // persistentvolumeStrategy.PrepareForCreate
      return pv.withStatus(new PersistentVolumeStatus("Pending", null, null, now));
    }
    if (obj instanceof io.kubemu.model.core.PersistentVolumeClaim pvc) {
      // persistentvolumeclaimStrategy.PrepareForCreate clears status; the claim starts Pending
      return pvc.withStatus(
          io.kubemu.model.core.PersistentVolumeClaimStatus.EMPTY.withPhase("Pending"));
    }
    if (obj instanceof io.kubemu.model.batch.Job job) {
      // jobStrategy.PrepareForCreate: generateSelectorIfNeeded, now that the uid is assigned
      return io.kubemu.engine.api.admission.BatchDefaults.generateSelector(job).withStatus(null);
    }
    if (obj instanceof Node) return obj;
    if (obj instanceof HasStatus<?>) return withStatus(obj, null);
    return obj;
  }

  /** SetDefaults_Namespace: the {@code kubernetes.io/metadata.name} label, on create and update. */
  static Namespace withNamespaceLabel(Namespace ns) {
    String name = ns.metadata().name();
    if (name == null || name.equals(ns.metadata().label(NAMESPACE_NAME_LABEL))) return ns;
    return ns.withMetadata(ns.metadata().withLabel(NAMESPACE_NAME_LABEL, name));
  }

  // ---------------------------------------------------------------- update

  /**
   * rest.BeforeUpdate + PrepareForUpdate for the main resource: server-set metadata comes from the
   * stored object, status is kept, and the generation is bumped when anything but metadata and
   * status changed (for Deployments also when annotations changed: deploymentStrategy copies
   * annotations to ReplicaSets).
   *
   * @throws ApiException.Invalid when an immutable metadata field changed or a finalizer is added
   *     to a terminating object (ValidateObjectMetaUpdate)
   */
  static KubernetesObject prepareForUpdate(Kind kind, KubernetesObject obj, KubernetesObject old) {
    if (obj instanceof HasStatus<?>) obj = withStatus(obj, ((HasStatus<?>) old).status());
    if (obj instanceof Namespace ns) obj = withNamespaceLabel(ns);
    ObjectMeta m = systemFields(kind, obj.metadata(), old.metadata());
    long generation = orZero(old.metadata().generation());
    boolean bump = !stripped(obj).equals(stripped(old));
    if (obj instanceof Deployment) {
      bump |= !obj.metadata().annotations().equals(old.metadata().annotations());
    }
    if (bump && generation > 0) m = m.withGeneration(generation + 1);
    return obj.withMetadata(m);
  }

  /**
   * The status strategies' PrepareForUpdate (ResetObjectMetaForStatus): only status changes; spec
   * and metadata stay as stored. deploymentStatusStrategy is the exception: it resets only spec and
   * labels, so the deployment controller can write its revision annotation with the status.
   */
  static KubernetesObject prepareForStatusUpdate(
      Kind kind, KubernetesObject obj, KubernetesObject old) {
    if (obj instanceof Deployment) {
      ObjectMeta m = systemFields(kind, obj.metadata(), old.metadata());
      m = m.withLabels(old.metadata().labels()).withGeneration(old.metadata().generation());
      return withStatus(old.withMetadata(m), ((HasStatus<?>) obj).status());
    }
    return withStatus(old, ((HasStatus<?>) obj).status());
  }

  /** BeforeUpdate's system fields and ValidateObjectMetaUpdate's immutability checks. */
  private static ObjectMeta systemFields(Kind kind, ObjectMeta m, ObjectMeta old) {
    List<FieldError> errs = new ArrayList<>();
    FieldPath meta = FieldPath.root("metadata");
    if (m.uid() != null && !m.uid().isEmpty() && !m.uid().equals(old.uid())) {
      errs.add(FieldError.invalid(meta.child("uid"), m.uid(), "field is immutable"));
    }
    if (old.deletionTimestamp() != null) {
      // ValidateNoNewFinalizers
      TreeSet<String> extra = new TreeSet<>(m.finalizers());
      extra.removeAll(old.finalizers());
      if (!extra.isEmpty()) {
        errs.add(
            FieldError.forbidden(
                meta.child("finalizers"),
                "no new finalizers can be added if the object is being deleted, found new"
                    + " finalizers "
                    + GoFormat.goStringSlice(extra)));
      }
    }
    if (!errs.isEmpty()) throw new ApiException.Invalid(kind, old.name(), errs);
    return m.withUid(old.uid())
        .withNamespace(old.namespace())
        .withCreationTimestamp(old.creationTimestamp())
        .withGeneration(old.generation())
        .withResourceVersion(old.resourceVersion())
        .withDeletion(old.deletionTimestamp(), old.deletionGracePeriodSeconds());
  }

  // ---------------------------------------------------------------- delete

  /** {@return whether the kind deletes gracefully (RESTGracefulDeleteStrategy): only pods} */
  static boolean gracefulDelete(Kind kind) {
    return kind.type() == Pod.class;
  }

  /** {@return whether garbage collection applies (events' strategy says Unsupported)} */
  static boolean garbageCollected(Kind kind) {
    return kind.type() != Event.class;
  }

  // ---------------------------------------------------------------- helpers

  /** {@return the object without status and metadata, to compare "everything else"} */
  static KubernetesObject stripped(KubernetesObject o) {
    KubernetesObject s = o instanceof HasStatus<?> ? withStatus(o, null) : o;
    return s.withMetadata(ObjectMeta.EMPTY);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static KubernetesObject withStatus(KubernetesObject target, Object status) {
    return ((HasStatus) target).withStatus(status);
  }

  static long orZero(Long l) {
    return l == null ? 0 : l;
  }

  static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
