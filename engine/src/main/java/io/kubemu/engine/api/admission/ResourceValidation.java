package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.ResourceRequirements;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validation of resource names and quantities (upstream pkg/apis/core/validation:
 * validateResourceRequirements, validateContainerResourceName, ValidateResourceQuantityValue and
 * the helper predicates of pkg/apis/core/helper). Stateless.
 */
final class ResourceValidation {
  private ResourceValidation() {}

  static final String IS_NOT_INTEGER = "must be an integer";
  private static final long MAX_ID = 0xffffffffL;

  /** helper.IsStandardResourceName without the hugepages prefix. */
  private static final Set<String> STANDARD_RESOURCES =
      Set.of(
          "cpu",
          "memory",
          "ephemeral-storage",
          "requests.cpu",
          "requests.memory",
          "requests.ephemeral-storage",
          "limits.cpu",
          "limits.memory",
          "limits.ephemeral-storage",
          "pods",
          "services",
          "replicationcontrollers",
          "resourcequotas",
          "secrets",
          "configmaps",
          "persistentvolumeclaims",
          "storage",
          "requests.storage",
          "services.nodeports",
          "services.loadbalancers");

  /** ValidateContainerResourceRequirements: names, quantities, requests at most limits. */
  static void containerResources(List<FieldError> errs, ResourceRequirements r, FieldPath path) {
    if (r == null) return;
    FieldPath limPath = path.child("limits");
    FieldPath reqPath = path.child("requests");
    boolean cpuOrMemory = false;
    boolean hugePages = false;
    for (Map.Entry<String, Quantity> e : r.limits().entrySet()) {
      FieldPath p = limPath.key(e.getKey());
      containerResourceName(errs, e.getKey(), p);
      quantityValue(errs, e.getKey(), e.getValue(), p);
      hugePages |= isHugePages(e.getKey());
      cpuOrMemory |= e.getKey().equals("cpu") || e.getKey().equals("memory");
    }
    for (Map.Entry<String, Quantity> e : r.requests().entrySet()) {
      String name = e.getKey();
      Quantity q = e.getValue();
      FieldPath p = reqPath.key(name);
      containerResourceName(errs, name, p);
      quantityValue(errs, name, q, p);
      Quantity limit = r.limits().get(name);
      if (limit != null) {
        // For non overcommitable resources, requests must equal limits.
        if (q.compareTo(limit) != 0 && !isOvercommitAllowed(name)) {
          errs.add(
              FieldError.invalid(
                  reqPath, q.toString(), "must be equal to " + name + " limit of " + limit));
        } else if (q.compareTo(limit) > 0) {
          errs.add(
              FieldError.invalid(
                  reqPath,
                  q.toString(),
                  "must be less than or equal to " + name + " limit of " + limit));
        }
      } else if (!isOvercommitAllowed(name)) {
        errs.add(
            FieldError.required(limPath, "Limit must be set for non overcommitable resources"));
      }
      hugePages |= isHugePages(name);
      cpuOrMemory |= name.equals("cpu") || name.equals("memory");
    }
    if (!cpuOrMemory && hugePages) {
      errs.add(FieldError.forbidden(path, "HugePages require cpu or memory"));
    }
  }

  // validateContainerResourceName
  private static void containerResourceName(List<FieldError> errs, String name, FieldPath path) {
    int before = errs.size();
    resourceName(errs, name, path);
    if (errs.size() > before) return;
    if (!name.contains("/")) {
      if (!isStandardContainerResourceName(name)) {
        errs.add(FieldError.invalid(path, name, "must be a standard resource for containers"));
      }
    } else if (!isNativeResource(name) && !isExtendedResourceName(name)) {
      errs.add(FieldError.invalid(path, name, "doesn't follow extended resource name standard"));
    }
  }

  /** validateResourceName: a qualified name, standard when it has no domain. */
  static void resourceName(List<FieldError> errs, String name, FieldPath path) {
    int before = errs.size();
    LabelValidation.qualifiedName(errs, name, path);
    if (errs.size() > before) return;
    if (!name.contains("/") && !isStandardResourceName(name)) {
      errs.add(
          FieldError.invalid(path, name, "must be a standard resource type or fully qualified"));
    }
  }

  /** ValidateResourceQuantityValue: non-negative; whole for integer resources. */
  static void quantityValue(List<FieldError> errs, String name, Quantity q, FieldPath path) {
    nonNegativeQuantity(errs, q, path);
    if (isIntegerResourceName(name) && q.toBigDecimal().remainder(BigDecimal.ONE).signum() != 0) {
      errs.add(FieldError.invalid(path, q.toString(), IS_NOT_INTEGER));
    }
  }

  /**
   * ValidateNonnegativeQuantity: {@code Invalid value: "-1": must be greater than or equal to 0}.
   */
  static void nonNegativeQuantity(List<FieldError> errs, Quantity q, FieldPath path) {
    if (q != null && q.signum() < 0) {
      errs.add(FieldError.invalid(path, q.toString(), MetaValidation.IS_NEGATIVE));
    }
  }

  /** ValidatePositiveQuantityValue: {@code must be greater than zero}. */
  static void positiveQuantity(List<FieldError> errs, Quantity q, FieldPath path) {
    if (q != null && q.signum() <= 0) {
      errs.add(FieldError.invalid(path, q.toString(), "must be greater than zero"));
    }
  }

  /** IsValidUserID / IsValidGroupID: 0 to 4294967295. */
  static void idRange(List<FieldError> errs, Long id, FieldPath path) {
    if (id != null && (id < 0 || id > MAX_ID)) {
      errs.add(FieldError.invalid(path, id, NameValidation.inclusiveRangeError(0, MAX_ID)));
    }
  }

  static boolean isHugePages(String name) {
    return name.startsWith("hugepages-");
  }

  // helper.IsStandardContainerResourceName
  private static boolean isStandardContainerResourceName(String name) {
    return name.equals("cpu")
        || name.equals("memory")
        || name.equals("ephemeral-storage")
        || isHugePages(name);
  }

  // helper.IsStandardResourceName
  private static boolean isStandardResourceName(String name) {
    return STANDARD_RESOURCES.contains(name) || isHugePages(name);
  }

  // helper.IsNativeResource: no domain, or a kubernetes.io one
  static boolean isNativeResource(String name) {
    return !name.contains("/") || name.contains("kubernetes.io/");
  }

  // helper.IsExtendedResourceName
  private static boolean isExtendedResourceName(String name) {
    if (isNativeResource(name) || name.startsWith("requests.")) return false;
    return LabelValidation.isQualifiedName("requests." + name);
  }

  // helper.IsOvercommitAllowed: native and not hugepages
  private static boolean isOvercommitAllowed(String name) {
    return isNativeResource(name) && !isHugePages(name);
  }

  // helper.IsIntegerResourceName: extended resources (and object counts)
  private static boolean isIntegerResourceName(String name) {
    return isExtendedResourceName(name);
  }
}
