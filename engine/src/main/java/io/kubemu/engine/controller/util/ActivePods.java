package io.kubemu.engine.controller.util;

import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which controllers pick pods to delete, "least valuable first" (upstream {@code
 * ActivePods} and {@code ActivePodsWithRanks} of pkg/controller/controller_utils.go): sorting
 * ascending puts the first victims first.
 *
 * <p>With ranks (the replica set's scale-down): unassigned before assigned; Pending before Unknown
 * before Running; not ready before ready; lower {@value #POD_DELETION_COST} before higher; more
 * pods of the same owner on the node (a higher rank) first; ready for a shorter time first (in log2
 * buckets of the time since, so pods ready 5 h and 8 h ago tie, both about 2^44 ns); more container
 * restarts first; newer before older (in log2 buckets as well); ties broken by uid.
 */
public final class ActivePods {
  private ActivePods() {}

  /** The annotation that makes a pod cheaper (lower) or dearer to delete; an int32, default 0. */
  public static final String POD_DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";

  private static final Map<String, Integer> PHASE_ORDINAL =
      Map.of(Pod.PHASE_PENDING, 0, Pod.PHASE_UNKNOWN, 1, Pod.PHASE_RUNNING, 2);

  /** A pod with its rank: the number of active pods of the same owner on its node. */
  public record RankedPod(Pod pod, int rank) {}

  /** {@return the ActivePods order (no ranks, no deletion cost, exact times)} */
  public static Comparator<Pod> comparator() {
    return (a, b) -> lessActive(a, b) ? -1 : lessActive(b, a) ? 1 : 0;
  }

  /** {@return the ActivePodsWithRanks order with v1.30's default feature gates} */
  public static Comparator<RankedPod> withRanks(Instant now) {
    return withRanks(now, true, true);
  }

  /**
   * {@return the ActivePodsWithRanks order}
   *
   * @param now the instant the log2 buckets count from
   * @param podDeletionCost the PodDeletionCost feature gate (on by default)
   * @param logarithmicScaleDown the LogarithmicScaleDown feature gate (on by default)
   */
  public static Comparator<RankedPod> withRanks(
      Instant now, boolean podDeletionCost, boolean logarithmicScaleDown) {
    Ranks r = new Ranks(now, podDeletionCost, logarithmicScaleDown);
    return (a, b) -> r.less(a, b) ? -1 : r.less(b, a) ? 1 : 0;
  }

  // ActivePods.Less
  private static boolean lessActive(Pod a, Pod b) {
    Boolean head = lessHead(a, b);
    if (head != null) return head;
    boolean readyA = PodUtils.isPodReady(a);
    if (readyA && PodUtils.isPodReady(b)) {
      Instant ta = readyTime(a);
      Instant tb = readyTime(b);
      if (!same(ta, tb)) return afterOrZero(ta, tb);
    }
    Boolean restarts = compareMaxContainerRestarts(a, b);
    if (restarts != null) return restarts;
    Instant ca = a.metadata().creationTimestamp();
    Instant cb = b.metadata().creationTimestamp();
    if (!same(ca, cb)) return afterOrZero(ca, cb);
    return false;
  }

  /** Steps 1-3 shared by both orders: unassigned, phase, readiness; null when they tie. */
  private static Boolean lessHead(Pod a, Pod b) {
    String na = PodUtils.nodeName(a);
    String nb = PodUtils.nodeName(b);
    if (!na.equals(nb) && (na.isEmpty() || nb.isEmpty())) return na.isEmpty();
    int pa = PHASE_ORDINAL.getOrDefault(PodUtils.phase(a), 0);
    int pb = PHASE_ORDINAL.getOrDefault(PodUtils.phase(b), 0);
    if (pa != pb) return pa < pb;
    boolean ra = PodUtils.isPodReady(a);
    if (ra != PodUtils.isPodReady(b)) return !ra;
    return null;
  }

  /** The ActivePodsWithRanks order. */
  private record Ranks(Instant now, boolean useDeletionCost, boolean logarithmic) {
    boolean less(RankedPod x, RankedPod y) {
      Pod a = x.pod();
      Pod b = y.pod();
      Boolean head = lessHead(a, b);
      if (head != null) return head;
      if (useDeletionCost) {
        int ca = deletionCost(a);
        int cb = deletionCost(b);
        if (ca != cb) return ca < cb;
      }
      // Doubled up < not doubled up: more colocated pods of the owner is less.
      if (x.rank() != y.rank()) return x.rank() > y.rank();
      if (PodUtils.isPodReady(a) && PodUtils.isPodReady(b)) {
        Instant ta = readyTime(a);
        Instant tb = readyTime(b);
        if (!same(ta, tb)) return byTime(a, b, ta, tb);
      }
      Boolean restarts = compareMaxContainerRestarts(a, b);
      if (restarts != null) return restarts;
      Instant ca = a.metadata().creationTimestamp();
      Instant cb = b.metadata().creationTimestamp();
      return !same(ca, cb) && byTime(a, b, ca, cb);
    }

    /** Newer first: exactly, or in log2 buckets with uid as tie breaker. */
    private boolean byTime(Pod a, Pod b, Instant ta, Instant tb) {
      if (!logarithmic || now == null || ta == null || tb == null) return afterOrZero(ta, tb);
      long diff = logarithmicRankDiff(ta, tb, now);
      if (diff == 0) return uid(a).compareTo(uid(b)) < 0;
      return diff < 0;
    }
  }

  /**
   * Sorts stably by an order that may not be transitive: the log2 buckets with their uid tie break
   * are not (pods a, b in one bucket and b, c in one bucket may put a and c in two), which Go's
   * sort.Sort tolerates and {@link List#sort} rejects. A merge sort that never checks.
   */
  public static <T> void sort(List<T> list, Comparator<? super T> order) {
    @SuppressWarnings("unchecked")
    T[] a = (T[]) list.toArray();
    T[] tmp = a.clone();
    mergeSort(a, tmp, 0, a.length, order);
    for (int i = 0; i < a.length; i++) list.set(i, a[i]);
  }

  private static <T> void mergeSort(T[] a, T[] tmp, int lo, int hi, Comparator<? super T> c) {
    if (hi - lo < 2) return;
    int mid = (lo + hi) >>> 1;
    mergeSort(a, tmp, lo, mid, c);
    mergeSort(a, tmp, mid, hi, c);
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) tmp[k++] = c.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    System.arraycopy(tmp, lo, a, lo, hi - lo);
  }

  /** {@return floor(log2(now - t1)) - floor(log2(now - t2)), -1 for a non-positive age} */
  static long logarithmicRankDiff(Instant t1, Instant t2, Instant now) {
    return log2Bucket(Duration.between(t1, now)) - log2Bucket(Duration.between(t2, now));
  }

  private static long log2Bucket(Duration d) {
    if (d.isNegative() || d.isZero()) return -1;
    return 63 - Long.numberOfLeadingZeros(saturatedNanos(d)); // int64(math.Log2(float64(d)))
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** afterOrZero: a zero (null) time is "after" everything; otherwise t1 after t2. */
  private static boolean afterOrZero(Instant t1, Instant t2) {
    if (t1 == null || t2 == null) return t1 == null;
    return t1.isAfter(t2);
  }

  private static boolean same(Instant a, Instant b) {
    return a == null ? b == null : a.equals(b);
  }

  /** podReadyTime: the Ready=True condition's lastTransitionTime, null when unknown. */
  private static Instant readyTime(Pod pod) {
    PodCondition c = PodUtils.readyCondition(pod);
    return c == null ? null : c.lastTransitionTime();
  }

  private static String uid(Pod p) {
    return p.metadata().uid() == null ? "" : p.metadata().uid();
  }

  /** The pod-deletion-cost annotation as an int32; 0 when absent or invalid. */
  static int deletionCost(Pod pod) {
    String v = pod.metadata().annotation(POD_DELETION_COST);
    if (v == null) return 0;
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** compareMaxContainerRestarts: more restarts (regular, then sidecar) first; null on a tie. */
  private static Boolean compareMaxContainerRestarts(Pod a, Pod b) {
    int[] ra = maxContainerRestarts(a);
    int[] rb = maxContainerRestarts(b);
    if (ra[0] != rb[0]) return ra[0] > rb[0];
    if (ra[1] != rb[1]) return ra[1] > rb[1];
    return null;
  }

  private static int[] maxContainerRestarts(Pod pod) {
    int regular = 0;
    int sidecar = 0;
    if (pod.status() == null) return new int[] {0, 0};
    for (ContainerStatus c : pod.status().containerStatuses()) {
      regular = Math.max(regular, c.restartCount() == null ? 0 : c.restartCount());
    }
    Set<String> sidecars = new HashSet<>(); // membership only
    if (pod.spec() != null) {
      for (Container c : pod.spec().initContainers()) {
        if (Container.RESTART_ALWAYS.equals(c.restartPolicy())) sidecars.add(c.name());
      }
    }
    for (ContainerStatus c : pod.status().initContainerStatuses()) {
      if (sidecars.contains(c.name())) {
        sidecar = Math.max(sidecar, c.restartCount() == null ? 0 : c.restartCount());
      }
    }
    return new int[] {regular, sidecar};
  }
}
