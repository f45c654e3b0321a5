package io.kubemu.engine.controller.deployment;

import io.kubemu.model.Quantity;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.core.Toleration;
import io.kubemu.model.core.Volume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code kubectl describe}'s pod template block, as {@code rollout history --revision=N} prints it
 * (upstream staging/src/k8s.io/kubectl/pkg/describe/describe.go, {@code DescribePodTemplate} with a
 * bare PrefixWriter: fields separated by a tab, not aligned). Volumes are described for emptyDir,
 * hostPath, configMap, secret, persistentVolumeClaim and nfs; other sources by their type line.
 */
final class PodTemplateDescriber {
  private static final int MAX_ANNOTATION_LEN = 140;
  private static final String[] LEVEL = {"", "  ", "    ", "      "};

  final StringBuilder out = new StringBuilder();

  private PodTemplateDescriber() {}

  /** {@return the description of the template} */
  static String describe(PodTemplateSpec template) {
    PodTemplateDescriber w = new PodTemplateDescriber();
    w.podTemplate(template);
    return w.out.toString();
  }

  void write(int level, String format, Object... args) {
    out.append(LEVEL[level]).append(args.length == 0 ? format : String.format(format, args));
  }

  private void podTemplate(PodTemplateSpec t) {
    write(0, "Pod Template:\n");
    if (t == null) {
      write(1, "<unset>");
      return;
    }
    PodSpec spec = t.spec() == null ? PodSpec.EMPTY : t.spec();
    labels("  Labels", t.metadata().labels());
    if (!t.metadata().annotations().isEmpty())
      annotations("  Annotations", t.metadata().annotations());
    if (notEmpty(spec.serviceAccountName())) {
      write(1, "Service Account:\t%s\n", spec.serviceAccountName());
    }
    ContainerDescriber c = new ContainerDescriber(this);
    if (!spec.initContainers().isEmpty()) c.containers("Init Containers", spec.initContainers());
    c.containers("Containers", spec.containers());
    volumes(spec.volumes());
    if (notEmpty(spec.priorityClassName())) {
      write(1, "Priority Class Name:\t%s\n", spec.priorityClassName());
    }
    labels("  Node-Selectors", spec.nodeSelector());
    tolerations("  Tolerations", spec.tolerations());
  }

  // printLabelsMultiline
  private void labels(String title, Map<String, String> labels) {
    write(0, "%s:\t", title);
    if (labels.isEmpty()) {
      out.append("<none>\n");
      return;
    }
    boolean first = true;
    for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
      if (!first) out.append('\t');
      out.append(e.getKey()).append('=').append(e.getValue()).append('\n');
      first = false;
    }
  }

  // printAnnotationsMultiline: the last applied configuration is never shown
  private void annotations(String title, Map<String, String> annotations) {
    write(0, "%s:\t", title);
    TreeMap<String, String> sorted = new TreeMap<>(annotations);
    sorted.remove(DeploymentUtil.LAST_APPLIED_CONFIG_ANNOTATION);
    boolean first = true;
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      if (!first) out.append('\t');
      first = false;
      String value =
          e.getValue().endsWith("\n")
              ? e.getValue().substring(0, e.getValue().length() - 1)
              : e.getValue();
      if (value.length() + e.getKey().length() + 2 > MAX_ANNOTATION_LEN || value.contains("\n")) {
        out.append(e.getKey()).append(":\n");
        for (String s : value.split("\n", -1)) out.append("\t  ").append(shorten(s)).append('\n');
      } else {
        out.append(e.getKey()).append(": ").append(value).append('\n');
      }
    }
  }

  private static String shorten(String s) {
    int max = MAX_ANNOTATION_LEN - 2;
    return s.length() > max ? s.substring(0, max) + "..." : s;
  }

  private void volumes(List<Volume> volumes) {
    if (volumes.isEmpty()) {
      write(0, "  Volumes:\t<none>\n");
      return;
    }
    write(0, "  Volumes:\n");
    for (Volume v : volumes) {
      write(1, " %s:\n", v.name());
      if (v.hostPath() != null) {
        write(2, "Type:\tHostPath (bare host directory volume)\n");
        write(2, "Path:\t%s\n", v.hostPath().path());
        write(2, "HostPathType:\t%s\n", orNone(v.hostPath().type()));
      } else if (v.emptyDir() != null) {
        write(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n");
        write(2, "Medium:\t%s\n", v.emptyDir().medium() == null ? "" : v.emptyDir().medium());
        Quantity limit = v.emptyDir().sizeLimit();
        write(2, "SizeLimit:\t%s\n", limit == null || limit.signum() <= 0 ? "<unset>" : limit);
      } else if (v.secret() != null) {
        write(2, "Type:\tSecret (a volume populated by a Secret)\n");
        write(2, "SecretName:\t%s\n", v.secret().secretName());
        write(2, "Optional:\t%s\n", Boolean.TRUE.equals(v.secret().optional()));
      } else if (v.configMap() != null) {
        write(2, "Type:\tConfigMap (a volume populated by a ConfigMap)\n");
        write(2, "Name:\t%s\n", v.configMap().name());
        write(2, "Optional:\t%s\n", Boolean.TRUE.equals(v.configMap().optional()));
      } else if (v.persistentVolumeClaim() != null) {
        write(
            2,
            "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same"
                + " namespace)\n");
        write(2, "ClaimName:\t%s\n", v.persistentVolumeClaim().claimName());
        write(2, "ReadOnly:\t%s\n", Boolean.TRUE.equals(v.persistentVolumeClaim().readOnly()));
      } else if (v.nfs() != null) {
        write(2, "Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n");
        write(2, "Server:\t%s\n", v.nfs().server());
        write(2, "Path:\t%s\n", v.nfs().path());
        write(2, "ReadOnly:\t%s\n", Boolean.TRUE.equals(v.nfs().readOnly()));
      } else if (v.projected() != null) {
        write(2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
      } else if (v.downwardAPI() != null) {
        write(2, "Type:\tDownwardAPI (a volume populated by information about the pod)\n");
      } else {
        write(1, "<unknown>\n");
      }
    }
  }

  // printPodTolerationsMultiline
  private void tolerations(String title, List<Toleration> tolerations) {
    write(0, "%s:\t", title);
    if (tolerations.isEmpty()) {
      out.append("<none>\n");
      return;
    }
    List<Toleration> sorted = new ArrayList<>(tolerations);
    sorted.sort(Comparator.comparing(t -> t.key() == null ? "" : t.key()));
    boolean first = true;
    for (Toleration t : sorted) {
      if (!first) out.append('\t');
      first = false;
      String key = t.key() == null ? "" : t.key();
      out.append(key);
      if (notEmpty(t.value())) out.append('=').append(t.value());
      if (notEmpty(t.effect())) out.append(':').append(t.effect());
      if ("Exists".equals(t.operator()) && !notEmpty(t.value())) {
        out.append(!key.isEmpty() || notEmpty(t.effect()) ? " op=Exists" : "op=Exists");
      }
      if (t.tolerationSeconds() != null)
        out.append(" for ").append(t.tolerationSeconds()).append('s');
      out.append('\n');
    }
  }

  static String orNone(String s) {
    return s == null || s.isEmpty() ? "<none>" : s;
  }

  static boolean notEmpty(String s) {
    return s != null && !s.isEmpty();
  }

  static int n(Integer i) {
    return i == null ? 0 : i;
  }
}
