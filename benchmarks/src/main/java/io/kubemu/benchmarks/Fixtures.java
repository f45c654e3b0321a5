package io.kubemu.benchmarks;

import static io.kubemu.dsl.Kubemu.cpu;
import static io.kubemu.dsl.Kubemu.memory;
import static io.kubemu.dsl.Kubemu.node;
import static io.kubemu.dsl.Kubemu.pods;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.kubelet.Kubelets;
import io.kubemu.model.core.Node;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Shared set-up of the benchmarks: nodes, checks of the end state, the kubelets' counters. */
final class Fixtures {
  private Fixtures() {}

  /**
   * {@return nodes {@code node-1} … {@code node-n} shaped like scheduler_perf's node-default.yaml:
   * 4 CPUs, 32Gi, 110 pods, and the {@code kubernetes.io/hostname} label (a kubelet would add it;
   * set here so that clusters without kubelets carry it too)}
   */
  static Node[] nodes(int n) {
    Node[] nodes = new Node[n];
    for (int i = 0; i < n; i++) {
      String name = "node-" + (i + 1);
      nodes[i] =
          node(name)
              .label(Node.LABEL_HOSTNAME, name)
              .capacity(cpu("4"), memory("32Gi"), pods(110))
              .allocatable(cpu("4"), memory("32Gi"), pods(110))
              .build();
    }
    return nodes;
  }

  /**
   * {@return the current thread's CPU time in ns}. Single-shot benchmarks take it at the end of
   * their set-up and again at the start of their tear-down (both run on the benchmark thread) and
   * print the difference: the op's own CPU time, which a loaded machine inflates far less than the
   * wall time JMH reports (GC and JIT threads not included).
   */
  static long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** Prints the CPU time since {@code startNanos} (from {@link #cpuNanos()}). */
  static void printCpu(long startNanos) {
    System.out.printf("  [op thread CPU: %.1f ms] ", (cpuNanos() - startNanos) / 1e6);
  }

  /** Fails the run when the measured work did not happen. */
  static void check(boolean condition, String what) {
    if (!condition) throw new IllegalStateException("benchmark end state wrong: " + what);
  }

  /**
   * {@return the probes the cluster's kubelets have run so far}. The facade does not expose the
   * kubelets, so this reads them reflectively (set-up and tear-down only, never measured).
   */
  static long probeEvaluations(Cluster cluster) {
    try {
      Field f = Cluster.class.getDeclaredField("components");
      f.setAccessible(true);
      Object components = f.get(cluster);
      Method m = components.getClass().getDeclaredMethod("kubelets");
      m.setAccessible(true);
      return ((Kubelets) m.invoke(components)).probeEvaluations();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the kubelets' probe counter", e);
    }
  }
}
