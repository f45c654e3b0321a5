package io.kubemu.examples;

import io.kubemu.examples.tour.ManifestPlay;
import io.kubemu.examples.tour.Scenario;
import io.kubemu.examples.tour.Session;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The runnable tour: plays the seed's scenarios on an in-memory cluster and prints, step by step,
 * each {@code $ kubectl ...} command and what kubectl printed, behind the virtual time elapsed
 * ({@code [+1m05s]}).
 *
 * <pre>
 * java -jar examples/target/kubemu-tour.jar                  # every scenario
 * java -jar examples/target/kubemu-tour.jar --list           # the scenarios' names
 * java -jar examples/target/kubemu-tour.jar deployment ...   # the named scenarios
 * java -jar examples/target/kubemu-tour.jar --manifest FILE.yaml [--nodes NODES.yaml] [--for 10m]
 * java -jar examples/target/kubemu-tour.jar FILE.yaml [NODES.yaml] [10m]   # the same
 * </pre>
 *
 * <p>With {@code --manifest}, the tour applies the file on the nodes of {@code --nodes} (default:
 * the seed's two hdss7 workers), watches the pods for the virtual duration of {@code --for}
 * (default 10m; Go durations such as {@code 90s}, {@code 1h30m}, or ISO-8601) and prints the
 * objects and events. Exits 0, or 1 when a kubectl command failed, 2 for bad arguments.
 */
public final class Tour {
  private static final String USAGE =
      """
      usage: kubemu-tour [SCENARIO...]
             kubemu-tour --list
             kubemu-tour --manifest FILE.yaml [--nodes NODES.yaml] [--for 10m]
      """;

  private Tour() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  /** Runs the tour with these arguments; {@return the exit code} */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    try {
      if (args.contains("--help") || args.contains("-h")) {
        out.print(USAGE);
        return 0;
      }
      if (args.contains("--list")) {
        for (Scenario s : Scenario.all()) out.printf("%-12s %s%n", s.name(), s.title());
        return 0;
      }
      if (args.contains("--manifest")) return manifest(args, out, err);
      if (!args.isEmpty() && isManifestFile(args.get(0))) return manifest(legacy(args), out, err);
      List<Scenario> selected = new ArrayList<>();
      for (String a : args) selected.add(scenario(a));
      if (selected.isEmpty()) selected = Scenario.all();
      List<String> errors = new ArrayList<>();
      for (Scenario sc : selected) errors.addAll(play(sc, out));
      return errors.isEmpty() ? 0 : 1;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
  }

  /** Plays one scenario on a fresh cluster; {@return the kubectl errors it printed} */
  public static List<String> play(Scenario scenario, PrintStream out) {
    out.println();
    out.println("######## " + scenario.title() + " (nodes: " + scenario.nodes() + ")");
    Session session = Session.onNodes(scenario.nodes(), out);
    scenario.play(session);
    return session.errors();
  }

  private static Scenario scenario(String name) {
    for (Scenario s : Scenario.all()) {
      if (s.name().equals(name)) return s;
    }
    List<String> names = new ArrayList<>();
    for (Scenario s : Scenario.all()) names.add(s.name());
    throw new IllegalArgumentException(
        "unknown scenario or flag \""
            + name
            + "\"; scenarios: "
            + String.join(", ", names)
            + "; flags: --list, --manifest, --nodes, --for, --help");
  }

  private static int manifest(List<String> args, PrintStream out, PrintStream err) {
    Path manifest = null;
    Path nodes = null;
    Duration duration = Duration.ofMinutes(10);
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!List.of("--manifest", "--nodes", "--for").contains(a)) {
        throw new IllegalArgumentException(
            "unexpected argument \"" + a + "\" with --manifest; flags: --nodes, --for");
      }
      if (i + 1 >= args.size()) throw new IllegalArgumentException(a + " needs a value");
      String v = args.get(++i);
      switch (a) {
        case "--manifest" -> manifest = existing(v);
        case "--nodes" -> nodes = existing(v);
        default -> duration = ManifestPlay.duration(v);
      }
    }
    if (manifest == null) throw new IllegalArgumentException("--manifest needs a file");
    List<String> errors = new ManifestPlay(manifest, nodes, duration).play(out);
    errors.forEach(err::println);
    return errors.isEmpty() ? 0 : 1;
  }

  private static boolean isManifestFile(String arg) {
    return arg.endsWith(".yaml") || arg.endsWith(".yml") || arg.endsWith(".json");
  }

  /** {@return {@code FILE [NODES] [DURATION]}, the first tour's form, as flags} */
  private static List<String> legacy(List<String> args) {
    List<String> flags = new ArrayList<>(List.of("--manifest", args.get(0)));
    for (String a : args.subList(1, args.size())) {
      flags.add(isManifestFile(a) ? "--nodes" : "--for");
      flags.add(a);
    }
    return flags;
  }

  private static Path existing(String file) {
    Path p = Path.of(file);
    if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no such file: " + file);
    return p;
  }
}
