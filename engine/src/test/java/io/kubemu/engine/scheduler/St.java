package io.kubemu.engine.scheduler;

import io.kubemu.model.Quantity;
import io.kubemu.model.core.Affinity;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerImage;
import io.kubemu.model.core.ContainerPort;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeAffinity;
import io.kubemu.model.core.NodeSelector;
import io.kubemu.model.core.NodeSelectorRequirement;
import io.kubemu.model.core.NodeSelectorTerm;
import io.kubemu.model.core.NodeSpec;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodAffinity;
import io.kubemu.model.core.PodAffinityTerm;
import io.kubemu.model.core.PodAntiAffinity;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.core.PreferredSchedulingTerm;
import io.kubemu.model.core.ResourceRequirements;
import io.kubemu.model.core.Taint;
import io.kubemu.model.core.Toleration;
import io.kubemu.model.core.TopologySpreadConstraint;
import io.kubemu.model.core.WeightedPodAffinityTerm;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.LabelSelectorRequirement;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test builders for pods and nodes, like upstream's pkg/scheduler/testing st.MakePod/MakeNode. */
public final class St {

  private St() {}

  public static PodBuilder pod(String name) {
    return new PodBuilder(name);
  }

  public static NodeBuilder node(String name) {
    return new NodeBuilder(name);
  }

  public static Map<String, String> labels(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
    return m;
  }

  static Map<String, Quantity> quantities(Map<String, String> m) {
    Map<String, Quantity> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, Quantity.parse(v)));
    return out;
  }

  public static NodeSelectorRequirement req(String key, String op, String... values) {
    return new NodeSelectorRequirement(key, op, List.of(values));
  }

  public static LabelSelectorRequirement expr(String key, String op, String... values) {
    return new LabelSelectorRequirement(key, op, List.of(values));
  }

  public static LabelSelector selector(
      Map<String, String> matchLabels, LabelSelectorRequirement... exprs) {
    return new LabelSelector(matchLabels, List.of(exprs));
  }

  /** A pod builder. */
  public static final class PodBuilder {
    private String name;
    private String namespace = "default";
    private String uid;
    private Map<String, String> labels = new LinkedHashMap<>();
    private String nodeName;
    private final List<Container> containers = new ArrayList<>();
    private final List<Container> initContainers = new ArrayList<>();
    private final List<Toleration> tolerations = new ArrayList<>();
    private Map<String, String> nodeSelector = new LinkedHashMap<>();
    private NodeSelector requiredNodeAffinity;
    private final List<PreferredSchedulingTerm> preferredNodeAffinity = new ArrayList<>();
    private final List<PodAffinityTerm> podAffinity = new ArrayList<>();
    private final List<PodAffinityTerm> podAntiAffinity = new ArrayList<>();
    private final List<WeightedPodAffinityTerm> prefPodAffinity = new ArrayList<>();
    private final List<WeightedPodAffinityTerm> prefPodAntiAffinity = new ArrayList<>();
    private final List<TopologySpreadConstraint> spread = new ArrayList<>();
    private Integer priority;
    private Instant deletionTimestamp;
    private Instant startTime;
    private Instant creation;
    private String nominatedNodeName;
    private Map<String, Quantity> overhead = Map.of();
    private String schedulerName;
    private String preemptionPolicy;
    private OwnerReference owner;

    PodBuilder(String name) {
      this.name = name;
      this.uid = name;
    }

    public PodBuilder namespace(String ns) {
      this.namespace = ns;
      return this;
    }

    public PodBuilder uid(String uid) {
      this.uid = uid;
      return this;
    }

    public PodBuilder label(String k, String v) {
      labels.put(k, v);
      return this;
    }

    public PodBuilder labels(Map<String, String> l) {
      labels.putAll(l);
      return this;
    }

    public PodBuilder node(String n) {
      this.nodeName = n;
      return this;
    }

    /** Adds a container requesting these resources. */
    public PodBuilder req(Map<String, String> requests) {
      containers.add(
          Container.EMPTY
              .withName("c" + containers.size())
              .withImage("busybox")
              .withResources(new ResourceRequirements(null, quantities(requests))));
      return this;
    }

    /** Adds an init container requesting these resources. */
    public PodBuilder initReq(Map<String, String> requests) {
      initContainers.add(
          Container.EMPTY
              .withName("i" + initContainers.size())
              .withImage("busybox")
              .withResources(new ResourceRequirements(null, quantities(requests))));
      return this;
    }

    public PodBuilder overhead(Map<String, String> o) {
      this.overhead = quantities(o);
      return this;
    }

    /** Adds a container with these images. */
    public PodBuilder images(String... images) {
      for (String image : images) {
        containers.add(Container.EMPTY.withName("c" + containers.size()).withImage(image));
      }
      return this;
    }

    /** Adds a container with a host port. */
    public PodBuilder hostPort(String ip, String protocol, int port) {
      containers.add(
          Container.EMPTY
              .withName("c" + containers.size())
              .withImage("busybox")
              .withPorts(List.of(new ContainerPort(port, ip, port, null, protocol))));
      return this;
    }

    public PodBuilder toleration(String key, String op, String value, String effect) {
      tolerations.add(new Toleration(key, op, value, effect, null));
      return this;
    }

    public PodBuilder nodeSelector(Map<String, String> s) {
      nodeSelector = new LinkedHashMap<>(s);
      return this;
    }

    public PodBuilder requiredNodeAffinity(NodeSelectorTerm... terms) {
      requiredNodeAffinity = new NodeSelector(List.of(terms));
      return this;
    }

    public PodBuilder preferredNodeAffinity(int weight, NodeSelectorTerm term) {
      preferredNodeAffinity.add(new PreferredSchedulingTerm(weight, term));
      return this;
    }

    public PodBuilder podAffinity(String topologyKey, LabelSelector s, String... namespaces) {
      podAffinity.add(new PodAffinityTerm(s, List.of(namespaces), topologyKey, null, null, null));
      return this;
    }

    public PodBuilder podAffinityTerm(PodAffinityTerm t) {
      podAffinity.add(t);
      return this;
    }

    public PodBuilder podAntiAffinity(String topologyKey, LabelSelector s, String... namespaces) {
      podAntiAffinity.add(
          new PodAffinityTerm(s, List.of(namespaces), topologyKey, null, null, null));
      return this;
    }

    public PodBuilder podAntiAffinityTerm(PodAffinityTerm t) {
      podAntiAffinity.add(t);
      return this;
    }

    public PodBuilder preferredPodAffinity(int weight, String topologyKey, LabelSelector s) {
      prefPodAffinity.add(
          new WeightedPodAffinityTerm(
              weight, new PodAffinityTerm(s, null, topologyKey, null, null, null)));
      return this;
    }

    public PodBuilder preferredPodAntiAffinity(int weight, String topologyKey, LabelSelector s) {
      prefPodAntiAffinity.add(
          new WeightedPodAffinityTerm(
              weight, new PodAffinityTerm(s, null, topologyKey, null, null, null)));
      return this;
    }

    public PodBuilder spreadConstraint(
        int maxSkew, String topologyKey, String when, LabelSelector s, Integer minDomains) {
      spread.add(
          new TopologySpreadConstraint(
              maxSkew, topologyKey, when, s, minDomains, null, null, null));
      return this;
    }

    public PodBuilder spreadConstraint(TopologySpreadConstraint c) {
      spread.add(c);
      return this;
    }

    public PodBuilder priority(int p) {
      this.priority = p;
      return this;
    }

    public PodBuilder terminating(Instant t) {
      this.deletionTimestamp = t;
      return this;
    }

    public PodBuilder startTime(Instant t) {
      this.startTime = t;
      return this;
    }

    public PodBuilder created(Instant t) {
      this.creation = t;
      return this;
    }

    public PodBuilder nominatedNodeName(String n) {
      this.nominatedNodeName = n;
      return this;
    }

    public PodBuilder schedulerName(String n) {
      this.schedulerName = n;
      return this;
    }

    public PodBuilder preemptionPolicy(String p) {
      this.preemptionPolicy = p;
      return this;
    }

    public PodBuilder ownedBy(String kind, String ownerName) {
      this.owner = new OwnerReference("apps/v1", kind, ownerName, ownerName + "-uid", true, true);
      return this;
    }

    public Pod obj() {
      ObjectMeta meta =
          ObjectMeta.named(namespace, name)
              .withUid(uid)
              .withLabels(labels)
              .withCreationTimestamp(creation);
      if (deletionTimestamp != null) meta = meta.withDeletion(deletionTimestamp, 30L);
      if (owner != null) meta = meta.withOwnerReferences(List.of(owner));
      Affinity affinity = null;
      boolean hasNode = requiredNodeAffinity != null || !preferredNodeAffinity.isEmpty();
      boolean hasPod = !podAffinity.isEmpty() || !prefPodAffinity.isEmpty();
      boolean hasAnti = !podAntiAffinity.isEmpty() || !prefPodAntiAffinity.isEmpty();
      if (hasNode || hasPod || hasAnti) {
        affinity =
            new Affinity(
                hasNode ? new NodeAffinity(requiredNodeAffinity, preferredNodeAffinity) : null,
                hasPod ? new PodAffinity(podAffinity, prefPodAffinity) : null,
                hasAnti ? new PodAntiAffinity(podAntiAffinity, prefPodAntiAffinity) : null);
      }
      PodSpec spec =
          PodSpec.EMPTY
              .withContainers(containers)
              .withInitContainers(initContainers)
              .withNodeName(nodeName)
              .withTolerations(tolerations)
              .withNodeSelector(nodeSelector)
              .withAffinity(affinity)
              .withPriority(priority)
              .withSchedulerName(schedulerName);
      spec =
          new PodSpec(
              spec.containers(),
              spec.initContainers(),
              null,
              null,
              null,
              spec.nodeSelector(),
              spec.nodeName(),
              spec.affinity(),
              spec.tolerations(),
              spec.schedulerName(),
              null,
              null,
              spec.priority(),
              preemptionPolicy,
              spread,
              overhead,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null);
      PodStatus status = null;
      if (startTime != null || nominatedNodeName != null) {
        status =
            PodStatus.EMPTY.withPhase(Pod.PHASE_PENDING).withNominatedNodeName(nominatedNodeName);
        status =
            new PodStatus(
                status.phase(),
                null,
                null,
                null,
                nominatedNodeName,
                null,
                null,
                null,
                null,
                startTime,
                null,
                null,
                null);
      }
      return new Pod(meta, spec, status);
    }
  }

  /** A node builder. */
  public static final class NodeBuilder {
    private final String name;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<Taint> taints = new ArrayList<>();
    private Map<String, Quantity> capacity = Map.of();
    private Boolean unschedulable;
    private final List<ContainerImage> images = new ArrayList<>();

    NodeBuilder(String name) {
      this.name = name;
    }

    public NodeBuilder label(String k, String v) {
      labels.put(k, v);
      return this;
    }

    public NodeBuilder labels(Map<String, String> l) {
      labels.putAll(l);
      return this;
    }

    public NodeBuilder capacity(Map<String, String> c) {
      capacity = quantities(c);
      return this;
    }

    public NodeBuilder taint(String key, String value, String effect) {
      taints.add(new Taint(key, value, effect, null));
      return this;
    }

    public NodeBuilder unschedulable(boolean u) {
      this.unschedulable = u;
      return this;
    }

    public NodeBuilder image(long size, String... names) {
      images.add(new ContainerImage(List.of(names), size));
      return this;
    }

    public Node obj() {
      return new Node(
          ObjectMeta.named(name).withUid(name).withLabels(labels),
          NodeSpec.EMPTY.withTaints(taints).withUnschedulable(unschedulable),
          NodeStatus.EMPTY.withCapacity(capacity).withAllocatable(capacity).withImages(images));
    }
  }
}
