package io.kubemu.examples;

import io.kubemu.engine.ChangeCause;
import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.ApplyResult;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Event;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The runnable tour: plays the seed's scenarios on an in-memory cluster and prints each command and
 * what the cluster holds afterwards, with the virtual time.
 *
 * <pre>
 * java -jar examples/target/kubemu-tour.jar                      # every scenario
 * java -jar examples/target/kubemu-tour.jar FILE.yaml [NODES.yaml] [DURATION]
 * </pre>
 *
 * With a file, the tour applies it on the given nodes (default: the seed's two hdss7 workers), lets
 * DURATION of virtual time pass (default PT5M, ISO-8601) and prints what the cluster holds.
 */
public final class Tour {
  private final PrintStream out;

  Tour(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    Tour tour = new Tour(System.out);
    if (args.length == 0) {
      tour.seedDeployment();
    } else {
      List<KubernetesObject> nodes =
          args.length > 1
              ? Manifests.read(Path.of(args[1]))
              : Manifests.readResource("seed/manifests/nodes-hdss7.yaml");
      Duration duration = args.length > 2 ? Duration.parse(args[2]) : Duration.ofMinutes(5);
      tour.userManifest(Path.of(args[0]), nodes, duration);
    }
  }

  /** Seed 2.3.1: the nginx Deployment applied with its change cause. */
  void seedDeployment() {
    Cluster cluster =
        Cluster.builder().nodes(Manifests.readResource("seed/manifests/nodes-hdss7.yaml")).build();
    section("2.3.1 Deployment: kubectl apply -f nginx-v1.12.yaml --record");
    apply(cluster, "seed/manifests/nginx-v1.12.yaml");
    cluster.advance(Duration.ofMinutes(1));
    printObjects(cluster);
  }

  void userManifest(Path file, List<KubernetesObject> nodes, Duration duration) {
    Cluster cluster = Cluster.builder().nodes(nodes).build();
    section("kubectl apply -f " + file);
    for (ApplyResult<KubernetesObject> r : cluster.apply(Manifests.read(file))) {
      line(cluster.now(), r.message());
    }
    cluster.advance(duration);
    printObjects(cluster);
  }

  private void apply(Cluster cluster, String resource) {
    String command = "kubectl apply -f " + resource.substring(resource.lastIndexOf('/') + 1);
    line(cluster.now(), "$ " + command + " --record");
    for (ApplyResult<KubernetesObject> r :
        cluster.apply(Manifests.readResource(resource), ChangeCause.record(command))) {
      line(cluster.now(), r.message());
    }
  }

  private void printObjects(Cluster cluster) {
    line(cluster.now(), "$ kubectl get all -A");
    List<String> rows = new ArrayList<>();
    for (Kind kind : Kinds.all()) {
      if (kind.type() == Event.class) continue;
      for (KubernetesObject o : cluster.list(kind.type())) {
        String ns = o.metadata().namespace() == null ? "" : o.metadata().namespace() + "/";
        rows.add(kind.kind().toLowerCase() + "/" + ns + o.metadata().name());
      }
    }
    rows.forEach(r -> out.println("    " + r));
  }

  private void section(String title) {
    out.println();
    out.println("== " + title);
  }

  private void line(Instant now, String text) {
    out.println("[" + now + "] " + text);
  }
}
