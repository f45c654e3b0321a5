package io.kubemu.examples.pods;

import io.kubemu.engine.Cluster;
import java.time.Duration;

/**
 * Prints a session the way the seed shows it: the prompt and command, then what kubectl printed,
 * with the virtual time elapsed since the cluster started.
 */
final class Terminal {
  private Terminal() {}

  /** Runs {@code kubectl <command>}, prints prompt and output, and returns the output. */
  static String kubectl(Cluster cluster, String command) {
    String out = cluster.kubectl(command);
    System.out.println("[root@hdss7-21 ~]# kubectl " + command + "    # t=" + elapsed(cluster));
    System.out.println(out.stripTrailing());
    return out;
  }

  /** Prints a comment line, as a reader's note between commands. */
  static void note(Cluster cluster, String text) {
    System.out.println("# t=" + elapsed(cluster) + ": " + text);
  }

  /** {@return the virtual time since the cluster's start, e.g. {@code 1m30s}} */
  static String elapsed(Cluster cluster) {
    Duration d = Duration.between(java.time.Instant.parse(Cluster.DEFAULT_START), cluster.now());
    long s = d.getSeconds();
    return (s >= 3600 ? s / 3600 + "h" : "")
        + (s >= 60 ? (s % 3600) / 60 + "m" : "")
        + s % 60
        + "s";
  }
}
