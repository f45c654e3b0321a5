package io.kubemu.engine.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemu.engine.kubectl.printers.Formats;
import io.kubemu.manifest.Json;
import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentCondition;
import io.kubemu.model.apps.DeploymentSpec;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.OwnerReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code kubectl describe deployment} (describe.go describeDeployment, v1.30). */
final class DeploymentDescriber {
  private DeploymentDescriber() {}

  /** The label the deployment controller adds to its ReplicaSets' templates. */
  static final String POD_TEMPLATE_HASH = "pod-template-hash";

  static String describe(
      Deployment d, List<ReplicaSet> replicaSets, List<Event> events, Instant now) {
    PrefixWriter w = new PrefixWriter();
    DeploymentSpec spec = d.spec();
    DeploymentStatus st = d.status();
    w.write(0, "Name:\t" + d.metadata().name() + "\n");
    w.write(0, "Namespace:\t" + DescribeSupport.nullToEmpty(d.metadata().namespace()) + "\n");
    w.write(
        0,
        "CreationTimestamp:\t" + DescribeSupport.rfc1123z(d.metadata().creationTimestamp()) + "\n");
    DescribeSupport.labels(w, "Labels", d.metadata().labels());
    DescribeSupport.annotations(w, "Annotations", d.metadata().annotations());
    w.write(0, "Selector:\t" + Formats.selector(spec == null ? null : spec.selector()) + "\n");
    int desired = spec == null || spec.replicas() == null ? 1 : spec.replicas();
    w.write(
        0,
        "Replicas:\t"
            + desired
            + " desired | "
            + count(st == null ? null : st.updatedReplicas())
            + " updated | "
            + count(st == null ? null : st.replicas())
            + " total | "
            + count(st == null ? null : st.availableReplicas())
            + " available | "
            + count(st == null ? null : st.unavailableReplicas())
            + " unavailable\n");
    String type =
        spec == null || spec.strategy() == null || spec.strategy().type() == null
            ? "RollingUpdate"
            : spec.strategy().type();
    w.write(0, "StrategyType:\t" + type + "\n");
    w.write(0, "MinReadySeconds:\t" + count(spec == null ? null : spec.minReadySeconds()) + "\n");
    if (type.equals("RollingUpdate")) {
      // the API server defaults both to 25%
      var ru = spec == null || spec.strategy() == null ? null : spec.strategy().rollingUpdate();
      IntOrString maxUnavailable =
          ru == null || ru.maxUnavailable() == null ? IntOrString.of("25%") : ru.maxUnavailable();
      IntOrString maxSurge =
          ru == null || ru.maxSurge() == null ? IntOrString.of("25%") : ru.maxSurge();
      w.write(
          0,
          "RollingUpdateStrategy:\t"
              + maxUnavailable
              + " max unavailable, "
              + maxSurge
              + " max surge\n");
    }
    podTemplate(w, spec == null ? null : spec.template());
    if (st != null && !st.conditions().isEmpty()) {
      w.write(0, "Conditions:\n  Type\tStatus\tReason\n");
      w.write(1, "----\t------\t------\n");
      for (DeploymentCondition c : st.conditions()) {
        w.write(
            1,
            c.type() + " \t" + c.status() + "\t" + DescribeSupport.nullToEmpty(c.reason()) + "\n");
      }
    }
    List<ReplicaSet> owned = owned(d, replicaSets);
    ReplicaSet newRs = newReplicaSet(d, owned);
    List<ReplicaSet> oldRss = new ArrayList<>();
    for (ReplicaSet rs : owned) {
      if (rs != newRs) oldRss.add(rs);
    }
    if (!oldRss.isEmpty() || newRs != null) {
      w.write(0, "OldReplicaSets:\t" + replicaSets(oldRss) + "\n");
      w.write(
          0, "NewReplicaSet:\t" + replicaSets(newRs == null ? List.of() : List.of(newRs)) + "\n");
    }
    DescribeSupport.events(w, events, now);
    return w.text();
  }

  // DescribePodTemplate (v1.30: with Node-Selectors and Tolerations)
  static void podTemplate(PrefixWriter w, PodTemplateSpec template) {
    w.write(0, "Pod Template:\n");
    if (template == null) {
      w.write(1, "<unset>");
      return;
    }
    PodSpec spec = template.spec() == null ? PodSpec.EMPTY : template.spec();
    Map<String, String> labels =
        template.metadata() == null ? Map.of() : template.metadata().labels();
    Map<String, String> annotations =
        template.metadata() == null ? Map.of() : template.metadata().annotations();
    DescribeSupport.labels(w, "  Labels", labels);
    if (!annotations.isEmpty()) DescribeSupport.annotations(w, "  Annotations", annotations);
    if (spec.serviceAccountName() != null && !spec.serviceAccountName().isEmpty()) {
      w.write(1, "Service Account:\t" + spec.serviceAccountName() + "\n");
    }
    if (!spec.initContainers().isEmpty()) {
      ContainerSections.containers(w, "Init Containers", spec.initContainers(), null, "  ");
    }
    ContainerSections.containers(w, "Containers", spec.containers(), null, "  ");
    ContainerSections.volumes(w, spec.volumes(), "  ");
    if (spec.priorityClassName() != null && !spec.priorityClassName().isEmpty()) {
      w.write(1, "Priority Class Name:\t" + spec.priorityClassName() + "\n");
    }
    DescribeSupport.labels(w, "  Node-Selectors", spec.nodeSelector());
    DescribeSupport.tolerations(w, "", "  Tolerations", spec.tolerations());
  }

  // printReplicaSetsByLabels
  private static String replicaSets(List<ReplicaSet> list) {
    List<String> out = new ArrayList<>();
    for (ReplicaSet rs : list) {
      int replicas = rs.status() == null ? 0 : count(rs.status().replicas());
      int desired = rs.spec() == null || rs.spec().replicas() == null ? 1 : rs.spec().replicas();
      out.add(rs.metadata().name() + " (" + replicas + "/" + desired + " replicas created)");
    }
    return out.isEmpty() ? "<none>" : String.join(", ", out);
  }

  private static List<ReplicaSet> owned(Deployment d, List<ReplicaSet> all) {
    List<ReplicaSet> out = new ArrayList<>();
    for (ReplicaSet rs : all) {
      OwnerReference ref = rs.metadata().controllerRef();
      if (ref != null && ref.uid() != null && ref.uid().equals(d.metadata().uid())) out.add(rs);
    }
    return out;
  }

  // deploymentutil.FindNewReplicaSet: the oldest whose template equals the deployment's, the hash
  // label aside
  private static ReplicaSet newReplicaSet(Deployment d, List<ReplicaSet> owned) {
    if (d.spec() == null) return null;
    JsonNode wanted = withoutHash(d.spec().template());
    List<ReplicaSet> sorted = new ArrayList<>(owned);
    sorted.sort(
        Comparator.comparing(
                (ReplicaSet rs) -> rs.metadata().creationTimestamp(),
                Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(rs -> rs.metadata().name()));
    for (ReplicaSet rs : sorted) {
      if (rs.spec() != null && withoutHash(rs.spec().template()).equals(wanted)) return rs;
    }
    return null;
  }

  private static JsonNode withoutHash(PodTemplateSpec template) {
    JsonNode tree = Json.mapper().valueToTree(template);
    if (tree instanceof ObjectNode o && o.get("metadata") instanceof ObjectNode meta) {
      if (meta.get("labels") instanceof ObjectNode labels) {
        labels.remove(POD_TEMPLATE_HASH);
        if (labels.isEmpty()) meta.remove("labels");
      }
      if (meta.isEmpty()) o.remove("metadata");
    }
    return tree;
  }

  private static int count(Integer i) {
    return i == null ? 0 : i;
  }
}
