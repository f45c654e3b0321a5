package io.kubemu.examples.statefulset;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.controller.endpoints.ClusterDns;
import java.util.List;

/**
 * The terminal of the seed's sessions: each command is printed with the cluster's virtual time, as
 * {@code [00:01:30] $ kubectl get pods -n apps}, followed by what kubectl (or dig) answers.
 */
final class Terminal {
  private final Cluster cluster;

  Terminal(Cluster cluster) {
    this.cluster = cluster;
  }

  /** Runs {@code kubectl <args>} on the cluster, prints it and its output, returns the output. */
  String kubectl(String args) {
    prompt("kubectl " + args);
    String out = cluster.kubectl(args);
    System.out.print(out.endsWith("\n") || out.isEmpty() ? out : out + "\n");
    return out;
  }

  /** {@return the number of writes so far: a mark to watch from} */
  int mark() {
    return cluster.timeline().size();
  }

  /**
   * {@code kubectl get pod -w -n apps} as if started at the mark: the pods as they were, then a row
   * per write since ({@code --since-write} is kubemu's flag for that start).
   */
  String watchPods(int mark) {
    return kubectl("get pod -w -n apps --since-write " + mark);
  }

  /** {@code dig -t A <name> +short} against the cluster DNS: the A records, one a line. */
  List<String> dig(String name) {
    prompt("dig -t A " + name + " +short");
    List<String> answer = new ClusterDns(cluster.api()).resolve(name);
    answer.forEach(System.out::println);
    return answer;
  }

  /** A comment in the session, as the seed's {@code # ...} remarks. */
  void note(String text) {
    System.out.println("# " + text);
  }

  private void prompt(String command) {
    String time = cluster.now().toString();
    System.out.println();
    System.out.println("[" + time.substring(11, time.length() - 1) + "] $ " + command);
  }
}
