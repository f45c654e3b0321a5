package io.kubemu.examples.tour;

import io.kubemu.engine.Cluster;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays a user's manifest: applies it on the given nodes, watches the pods for the given virtual
 * duration, then prints the objects of the manifest's kinds, the pods and the events.
 *
 * @param manifest the manifest file to apply
 * @param nodes the nodes file, or null for the seed's two hdss7 workers
 * @param duration how long virtual time runs after the apply; the tour's default is 10 minutes
 */
public record ManifestPlay(Path manifest, Path nodes, Duration duration) {

  /** Plays it, printing to {@code out}; {@return the kubectl errors printed} */
  public List<String> play(PrintStream out) {
    List<? extends KubernetesObject> nodeObjects =
        nodes == null ? Manifests.readResource(Scenario.HDSS7) : Manifests.read(nodes);
    Session s = new Session(Cluster.builder().nodes(nodeObjects).build(), out);
    Set<String> types = new LinkedHashSet<>();
    for (KubernetesObject o : Manifests.read(manifest)) {
      if (!o.kind().equals("Namespace")) types.add(Kinds.of(o.getClass()).plural());
    }
    types.add("pods");
    s.section("kubectl apply -f " + manifest + " on " + (nodes == null ? Scenario.HDSS7 : nodes));
    s.kubectl("get nodes");
    s.kubectl("apply -f " + quote(manifest.toString()));
    s.watch("get pods -A -o wide -w", duration);
    s.kubectl("get " + String.join(",", types) + " -A -o wide");
    s.kubectl("get events -A --sort-by=.lastTimestamp");
    return s.errors();
  }

  private static String quote(String path) {
    return "'" + path.replace("'", "'\\''") + "'";
  }

  private static final Pattern GO_DURATION = Pattern.compile("(\\d+)(h|m|s)");

  /**
   * {@return a Go duration ({@code 10m}, {@code 1h30m}, {@code 90s}) or an ISO-8601 one}
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Duration duration(String text) {
    if (text.startsWith("P")) {
      try {
        return Duration.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("invalid duration \"" + text + "\"", e);
      }
    }
    Matcher m = GO_DURATION.matcher(text);
    Duration d = Duration.ZERO;
    int end = 0;
    while (m.find() && m.start() == end) {
      long n = Long.parseLong(m.group(1));
      d =
          d.plus(
              switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
              });
      end = m.end();
    }
    if (end == 0 || end != text.length()) {
      throw new IllegalArgumentException(
          "invalid duration \"" + text + "\" (e.g. 90s, 10m, 1h30m)");
    }
    return d;
  }
}
