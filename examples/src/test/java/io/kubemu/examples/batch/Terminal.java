package io.kubemu.examples.batch;

import io.kubemu.engine.Cluster;

/** Prints kubectl commands and their output as the seed's terminal sessions show them. */
final class Terminal {
  private Terminal() {}

  /**
   * Runs {@code kubectl <command>} on the cluster, prints prompt and output, returns the output.
   */
  static String kubectl(Cluster cluster, String command) {
    String out = cluster.kubectl(command);
    System.out.println("[" + cluster.now() + "] $ kubectl " + command);
    System.out.print(out.endsWith("\n") || out.isEmpty() ? out : out + "\n");
    return out;
  }

  /** Prints a narrative line, as the tutorial's prose between commands. */
  static void say(Cluster cluster, String text) {
    System.out.println("[" + cluster.now() + "] # " + text);
  }
}
