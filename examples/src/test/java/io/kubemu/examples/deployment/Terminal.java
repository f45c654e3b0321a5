package io.kubemu.examples.deployment;

import io.kubemu.engine.Cluster;
import java.time.Duration;
import java.util.List;

/**
 * Runs kubectl command lines on a cluster and prints them with their output, as the seed's terminal
 * sessions show them, prefixed with the virtual time since the cluster started ({@code [+1m10s]}).
 * A leading {@code kubectl} is optional.
 */
final class Terminal {
  private final Cluster cluster;
  private final java.time.Instant start;

  Terminal(Cluster cluster) {
    this.cluster = cluster;
    this.start = cluster.now();
  }

  /** Runs the command, prints it and its output, and returns the output. */
  String $(String commandLine) {
    String line = commandLine.startsWith("kubectl ") ? commandLine : "kubectl " + commandLine;
    print(line);
    String out = cluster.kubectl(line);
    System.out.print(out.endsWith("\n") || out.isEmpty() ? out : out + "\n");
    return out;
  }

  /**
   * {@code kubectl rollout status deployment <name> -n <namespace>}, typed: waits in virtual time
   * through {@code cluster.rollout().status(key)}, prints the command and kubectl's lines, and
   * returns the lines.
   *
   * @param key {@code namespace/name}
   */
  List<String> rolloutStatus(String key) {
    String[] k = key.split("/");
    print("kubectl rollout status deployment " + k[1] + " -n " + k[0]);
    List<String> lines = cluster.rollout().status(key);
    lines.forEach(System.out::println);
    return lines;
  }

  private void print(String line) {
    System.out.println("[+" + age(Duration.between(start, cluster.now())) + "] $ " + line);
  }

  private static String age(Duration d) {
    long s = d.toSeconds();
    return (s >= 3600 ? s / 3600 + "h" : "")
        + (s >= 60 ? (s % 3600) / 60 + "m" : "")
        + s % 60
        + "s";
  }
}
