package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.Quantity;
import io.kubemu.model.core.Container;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Cell formatting helpers shared by the printers, each named after its upstream function. */
public final class Formats {
  private Formats() {}

  /** The beta storage class annotation, read before {@code spec.storageClassName}. */
  public static final String BETA_STORAGE_CLASS = "volume.beta.kubernetes.io/storage-class";

  /** {@return {@code k1=v1,k2=v2} sorted by key, or {@code <none>}} (labels.FormatLabels) */
  public static String labels(Map<String, String> labels) {
    if (labels == null || labels.isEmpty()) return "<none>";
    List<String> parts = new ArrayList<>();
    new TreeMap<>(labels).forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(",", parts);
  }

  /** {@return the selector's canonical form, or {@code <none>}} (metav1.FormatLabelSelector) */
  public static String labelSelector(LabelSelector selector) {
    String s;
    try {
      s = Selector.from(selector).toString();
    } catch (IllegalArgumentException e) {
      return "<error>";
    }
    return s.isEmpty() ? "<none>" : s;
  }

  /** {@return the selector's canonical form, "" when it selects everything} (Selector.String) */
  public static String selector(LabelSelector selector) {
    try {
      return Selector.from(selector).toString();
    } catch (IllegalArgumentException e) {
      return "<invalid>";
    }
  }

  /** {@return {@code RWO,ROX,RWX,RWOP} for the modes present} (helper.GetAccessModesAsString) */
  public static String accessModes(List<String> modes) {
    List<String> out = new ArrayList<>();
    if (modes.contains("ReadWriteOnce")) out.add("RWO");
    if (modes.contains("ReadOnlyMany")) out.add("ROX");
    if (modes.contains("ReadWriteMany")) out.add("RWX");
    if (modes.contains("ReadWriteOncePod")) out.add("RWOP");
    return String.join(",", out);
  }

  /** {@return the container names and images, comma-joined} (layoutContainerCells) */
  public static List<String> containerCells(List<Container> containers) {
    List<String> names = new ArrayList<>();
    List<String> images = new ArrayList<>();
    for (Container c : containers) {
      names.add(nullToEmpty(c.name()));
      images.add(nullToEmpty(c.image()));
    }
    return List.of(String.join(",", names), String.join(",", images));
  }

  /** {@return {@code True}, {@code False}} (printBool) */
  public static String bool(boolean value) {
    return value ? "True" : "False";
  }

  /** {@return the quantity as Kubernetes prints it, {@code 0} for none} (Quantity.String) */
  public static String quantity(Quantity q) {
    return q == null ? "0" : q.toString();
  }

  /** {@return the storage class: the beta annotation, else {@code storageClassName}, else ""} */
  public static String storageClass(ObjectMeta meta, String storageClassName) {
    String beta = meta.annotation(BETA_STORAGE_CLASS);
    if (beta != null) return beta;
    return nullToEmpty(storageClassName);
  }

  /** {@return the value, or "" for null} */
  public static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** {@return the value, or {@code <none>} for null or ""} */
  public static String orNone(String s) {
    return s == null || s.isEmpty() ? "<none>" : s;
  }

  /** {@return the int, 0 for null} */
  public static int intOf(Integer i) {
    return i == null ? 0 : i;
  }
}
