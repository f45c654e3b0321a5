package io.kubemu.examples.tour;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.kubectl.KubectlException;
import io.kubemu.manifest.Manifests;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A terminal session on an in-memory cluster: each step prints its command behind the virtual time
 * elapsed since the session started ({@code [+1m05s] $ kubectl get pods -n app}) and then what
 * kubectl printed, as in the seed's terminal sessions. Failing commands print kubectl's error and
 * are collected in {@link #errors()}. Not thread-safe.
 */
public final class Session {
  private final Cluster cluster;
  private final PrintStream out;
  private final Instant start;
  private final List<String> errors = new ArrayList<>();

  /** A session on a new cluster with the nodes of a classpath manifest, printing to {@code out}. */
  public static Session onNodes(String nodesResource, PrintStream out) {
    return new Session(Cluster.builder().nodes(Manifests.readResource(nodesResource)).build(), out);
  }

  /** A session on the cluster, its elapsed time counted from the cluster's current time. */
  public Session(Cluster cluster, PrintStream out) {
    this.cluster = cluster;
    this.out = out;
    this.start = cluster.now();
  }

  /** {@return the cluster the session runs on} */
  public Cluster cluster() {
    return cluster;
  }

  /** {@return the kubectl errors printed so far, in order} */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** Prints a section heading. */
  public void section(String title) {
    out.println();
    out.println("== " + title);
  }

  /** Prints a comment line ({@code # text}) at the current virtual time. */
  public void note(String text) {
    out.println(prefix() + "# " + text);
  }

  /**
   * Runs a kubectl command line (without the leading {@code kubectl}) and prints it and its output.
   *
   * @return what kubectl printed, or its error text
   */
  public String kubectl(String commandLine) {
    out.println(prefix() + "$ kubectl " + commandLine);
    String text;
    try {
      text = cluster.kubectl(commandLine);
    } catch (KubectlException e) {
      errors.add("kubectl " + commandLine + ": " + e.getMessage());
      text = e.output() + e.getMessage();
    }
    print(text);
    return text;
  }

  /** Lets virtual time pass, printed as the shell's {@code sleep SECONDS}. */
  public void sleep(Duration duration) {
    out.println(prefix() + "$ sleep " + duration.toSeconds());
    cluster.advance(duration);
  }

  /**
   * Starts {@code kubectl get ... -w} now, lets {@code duration} of virtual time pass and prints
   * every row the watch printed meanwhile, then the interrupt ({@code ^C}).
   */
  public String watch(String getCommandLine, Duration duration) {
    Mark since = mark();
    out.println(prefix() + "$ kubectl " + getCommandLine);
    cluster.advance(duration);
    return printWatch(getCommandLine, since);
  }

  /**
   * A point of the session: its virtual time and how many writes the cluster had made.
   *
   * @param time the virtual time
   * @param writes the size of the cluster's timeline
   */
  public record Mark(Instant time, int writes) {}

  /** {@return this point of the session, to replay a watch started here later} */
  public Mark mark() {
    return new Mark(cluster.now(), cluster.timeline().size());
  }

  /**
   * Prints what {@code kubectl get ... -w} started in a second terminal at {@code since} has
   * printed up to now, then the interrupt ({@code ^C}).
   */
  public String watchedSince(Mark since, String getCommandLine) {
    out.println(
        prefix()
            + "# meanwhile, in a second terminal since [+"
            + elapsed(Duration.between(start, since.time()))
            + "]:");
    out.println(prefix() + "$ kubectl " + getCommandLine);
    return printWatch(getCommandLine, since);
  }

  private String printWatch(String getCommandLine, Mark since) {
    String text;
    try {
      text =
          cluster.kubectl(
              getCommandLine + " --since " + since.time() + " --since-write " + since.writes());
    } catch (KubectlException e) {
      errors.add("kubectl " + getCommandLine + ": " + e.getMessage());
      text = e.output() + e.getMessage();
    }
    print(text);
    out.println(prefix() + "^C");
    return text;
  }

  private void print(String text) {
    if (text.isEmpty()) return;
    out.print(text.endsWith("\n") ? text : text + "\n");
  }

  private String prefix() {
    return "[+" + elapsed(Duration.between(start, cluster.now())) + "] ";
  }

  /**
   * {@return the duration as {@code 0s}, {@code 45s}, {@code 1m05s}, {@code 2h03m07s}, {@code
   * 3d04h05m}}
   */
  static String elapsed(Duration d) {
    long s = d.toSeconds();
    long days = s / 86_400;
    long h = s % 86_400 / 3600;
    long m = s % 3600 / 60;
    long sec = s % 60;
    if (days > 0) return String.format("%dd%02dh%02dm", days, h, m);
    if (h > 0) return String.format("%dh%02dm%02ds", h, m, sec);
    if (m > 0) return String.format("%dm%02ds", m, sec);
    return sec + "s";
  }
}
