package io.kubemu.engine.scheduler;

import io.kubemu.model.Quantity;
import java.util.Map;
import java.util.TreeMap;

/**
 * A resource vector in the scheduler's units: cpu in millicores, memory and ephemeral-storage in
 * bytes, the pod count, and scalar resources (extended, hugepages-*, attachable-volumes-*) by
 * value. Mirrors pkg/scheduler/framework/types.go Resource (v1.30). Mutable; not thread-safe.
 */
public final class Resource {

  /** Resource name cpu. */
  public static final String CPU = "cpu";

  /** Resource name memory. */
  public static final String MEMORY = "memory";

  /** Resource name ephemeral-storage. */
  public static final String EPHEMERAL_STORAGE = "ephemeral-storage";

  /** Resource name pods. */
  public static final String PODS = "pods";

  private long milliCpu;
  private long memory;
  private long ephemeralStorage;
  private long allowedPodNumber;
  private TreeMap<String, Long> scalar;

  /** {@return the vector of a resource list} (upstream NewResource) */
  public static Resource of(Map<String, Quantity> list) {
    Resource r = new Resource();
    r.add(list);
    return r;
  }

  /** Adds a resource list (upstream Resource.Add). */
  public void add(Map<String, Quantity> list) {
    for (Map.Entry<String, Quantity> e : list.entrySet()) {
      Quantity q = e.getValue();
      switch (e.getKey()) {
        case CPU -> milliCpu += q.milliValue();
        case MEMORY -> memory += q.value();
        case PODS -> allowedPodNumber += q.value();
        case EPHEMERAL_STORAGE -> ephemeralStorage += q.value();
        default -> {
          if (isScalarResourceName(e.getKey())) {
            addScalar(e.getKey(), q.value());
          }
        }
      }
    }
  }

  /** Adds another vector, pods count included. */
  public void add(Resource other) {
    milliCpu += other.milliCpu;
    memory += other.memory;
    ephemeralStorage += other.ephemeralStorage;
    allowedPodNumber += other.allowedPodNumber;
    if (other.scalar != null) {
      other.scalar.forEach(this::addScalar);
    }
  }

  /** Subtracts another vector. */
  public void subtract(Resource other) {
    milliCpu -= other.milliCpu;
    memory -= other.memory;
    ephemeralStorage -= other.ephemeralStorage;
    allowedPodNumber -= other.allowedPodNumber;
    if (other.scalar != null) {
      other.scalar.forEach((k, v) -> addScalar(k, -v));
    }
  }

  /** Adds to the cpu and memory only (the non-zero requests kept for scoring). */
  public void addMilliCpuAndMemory(long milliCpu, long memory) {
    this.milliCpu += milliCpu;
    this.memory += memory;
  }

  /** Adds {@code value} to a scalar resource. */
  public void addScalar(String name, long value) {
    if (scalar == null) {
      scalar = new TreeMap<>();
    }
    scalar.merge(name, value, Long::sum);
  }

  /** {@return a copy} */
  public Resource copy() {
    Resource r = new Resource();
    r.add(this);
    return r;
  }

  /** {@return the cpu in millicores} */
  public long milliCpu() {
    return milliCpu;
  }

  /** {@return the memory in bytes} */
  public long memory() {
    return memory;
  }

  /** {@return the ephemeral storage in bytes} */
  public long ephemeralStorage() {
    return ephemeralStorage;
  }

  /** {@return the pod count (allocatable "pods")} */
  public long allowedPodNumber() {
    return allowedPodNumber;
  }

  /** {@return a scalar resource's value, 0 when absent} */
  public long scalar(String name) {
    return scalar == null ? 0 : scalar.getOrDefault(name, 0L);
  }

  /** {@return the scalar resources, sorted by name} */
  public Map<String, Long> scalarResources() {
    return scalar == null ? Map.of() : java.util.Collections.unmodifiableMap(scalar);
  }

  /** {@return whether the vector requests nothing (pods count aside)} */
  public boolean isZero() {
    return milliCpu == 0
        && memory == 0
        && ephemeralStorage == 0
        && (scalar == null || scalar.values().stream().allMatch(v -> v == 0));
  }

  /** {@return the amount of a named resource, in scheduler units} */
  public long get(String name) {
    return switch (name) {
      case CPU -> milliCpu;
      case MEMORY -> memory;
      case EPHEMERAL_STORAGE -> ephemeralStorage;
      case PODS -> allowedPodNumber;
      default -> scalar(name);
    };
  }

  /**
   * {@return whether the name is a scalar resource}: an extended resource ({@code vendor/name}
   * outside kubernetes.io), hugepages-* or attachable-volumes-* (upstream IsScalarResourceName).
   */
  public static boolean isScalarResourceName(String name) {
    return name.contains("/")
        || name.startsWith("hugepages-")
        || name.startsWith("attachable-volumes-");
  }

  @Override
  public String toString() {
    return "cpu="
        + milliCpu
        + "m memory="
        + memory
        + " pods="
        + allowedPodNumber
        + (scalar == null ? "" : " " + scalar);
  }
}
