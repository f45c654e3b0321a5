package io.kubemu.engine.kubectl;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.kubectl.describe.Describer;
import io.kubemu.engine.kubectl.printers.PrintOptions;
import io.kubemu.engine.kubectl.printers.Printers;
import io.kubemu.engine.kubectl.printers.TablePrinter;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * kubectl (v1.30) over a kubemu {@link Cluster}: {@link #run(String)} takes a command line and
 * returns the text kubectl would print, computed at the cluster's virtual time.
 *
 * <p>Supported: {@code get} (types, names, {@code type/name}, {@code -n}/{@code -A}, {@code -l},
 * {@code --field-selector}, {@code -o wide|yaml|json|name}, {@code -L}, {@code --show-labels},
 * {@code --no-headers}, {@code --sort-by}, {@code -w} replayed from the timeline), {@code describe}
 * (pods, deployments, nodes, services), {@code logs}, {@code apply -f}, {@code create -f}, {@code
 * delete}, {@code label}, {@code annotate}, {@code patch}, {@code scale}, {@code set image}, {@code
 * rollout status|history|undo|pause|resume|restart}, {@code taint}, {@code cordon}, {@code
 * uncordon}, {@code drain}, {@code create namespace NAME}; {@code -n NAMESPACE} may also come
 * before the command, as kubectl's global flag. Verbs that need the controllers go to a {@link
 * KubectlBackend}.
 *
 * <p>Errors: a failing command throws {@link KubectlException} whose message is kubectl's error
 * text ({@code Error from server (NotFound): deployments.apps "web" not found}, {@code error:
 * unknown command "x" for "kubectl"}); what it printed before failing is in {@link
 * KubectlException#output()}. kubectl's informational stderr lines that do not fail the command
 * ({@code No resources found in app namespace.}) are returned as the text.
 *
 * <p>Defaults: namespace {@code default}, files (or directories of manifests) resolved against the
 * working directory then the classpath, the {@link ApiKubectlBackend}. Instances are immutable; use
 * one cluster from one thread.
 */
public final class Kubectl {

  /** The commands, in the order {@code kubectl --help} would list them. */
  public static final List<String> COMMANDS =
      List.of(
          "get",
          "describe",
          "logs",
          "apply",
          "create",
          "delete",
          "label",
          "annotate",
          "patch",
          "scale",
          "set",
          "rollout",
          "taint",
          "cordon",
          "uncordon",
          "drain");

  private final Context ctx;

  /** kubectl on the cluster with the default namespace and the {@link ApiKubectlBackend}. */
  public Kubectl(Cluster cluster) {
    this(cluster, new ApiKubectlBackend(cluster));
  }

  /** kubectl on the cluster with a backend for the controller-side verbs. */
  public Kubectl(Cluster cluster, KubectlBackend backend) {
    this(
        new Context(
            Objects.requireNonNull(cluster),
            Objects.requireNonNull(backend),
            "default",
            Path.of("")));
  }

  private Kubectl(Context ctx) {
    this.ctx = ctx;
  }

  /** {@return a kubectl whose commands default to this namespace (as a kubeconfig context's)} */
  public Kubectl withNamespace(String namespace) {
    return new Kubectl(new Context(ctx.cluster(), ctx.backend(), namespace, ctx.baseDirectory()));
  }

  /** {@return a kubectl resolving {@code -f} paths against this directory} */
  public Kubectl withBaseDirectory(Path directory) {
    return new Kubectl(new Context(ctx.cluster(), ctx.backend(), ctx.namespace(), directory));
  }

  /** {@return a kubectl using this backend for the controller-side verbs} */
  public Kubectl withBackend(KubectlBackend backend) {
    return new Kubectl(new Context(ctx.cluster(), backend, ctx.namespace(), ctx.baseDirectory()));
  }

  /** {@return the backend of the controller-side verbs} */
  public KubectlBackend backend() {
    return ctx.backend();
  }

  /**
   * Runs a command line, e.g. {@code get pods -n app -o wide} (a leading {@code kubectl} is
   * optional; quotes work as in a shell).
   *
   * @return what kubectl prints
   * @throws KubectlException with kubectl's error text if the command fails
   */
  public String run(String commandLine) {
    return run(CommandLine.split(commandLine));
  }

  /** As {@link #run(String)}, with the words already split. */
  public String run(List<String> words) {
    words = globalFlagsLast(words);
    if (words.isEmpty()) throw unknownCommand("");
    List<String> rest = words.subList(1, words.size());
    try {
      return switch (words.get(0)) {
        case "get" -> GetCommand.run(ctx, rest);
        case "describe" -> DescribeCommand.run(ctx, rest);
        case "logs" -> LogsCommand.run(ctx, rest);
        case "apply" -> ManifestCommands.apply(ctx, rest);
        case "create" -> ManifestCommands.create(ctx, rest);
        case "delete" -> ManifestCommands.delete(ctx, rest);
        case "label" -> WriteCommands.label(ctx, rest);
        case "annotate" -> WriteCommands.annotate(ctx, rest);
        case "patch" -> WriteCommands.patch(ctx, rest);
        case "scale" -> WriteCommands.scale(ctx, rest);
        case "set" -> set(rest);
        case "rollout" -> RolloutCommand.run(ctx, rest);
        case "taint" -> NodeCommands.taint(ctx, rest);
        case "cordon" -> NodeCommands.cordon(ctx, rest);
        case "uncordon" -> NodeCommands.uncordon(ctx, rest);
        case "drain" -> NodeCommands.drain(ctx, rest);
        default -> throw unknownCommand(words.get(0));
      };
    } catch (ApiException e) {
      throw ApiErrors.of(e, "");
    }
  }

  /**
   * {@return the words with the global flags given before the command ({@code kubectl -n apps get
   * pods}) moved to the end (before a {@code --}), where every command accepts them}
   */
  private static List<String> globalFlagsLast(List<String> words) {
    List<String> global = new ArrayList<>();
    int i = 0;
    while (i < words.size() && words.get(i).startsWith("-")) {
      String w = words.get(i);
      if (w.equals("-n") || w.equals("--namespace")) {
        if (i + 1 >= words.size()) {
          throw KubectlException.error("flag needs an argument: " + w);
        }
        global.add(w);
        global.add(words.get(i + 1));
        i += 2;
      } else if (w.startsWith("--namespace=") || (w.startsWith("-n") && w.length() > 2)) {
        global.add(w);
        i++;
      } else {
        throw KubectlException.error(
            "unknown flag: " + w + "\nSupported global flags before the command: -n, --namespace");
      }
    }
    if (global.isEmpty()) return words;
    List<String> out = new ArrayList<>(words.subList(i, words.size()));
    if (out.isEmpty()) throw unknownCommand("");
    int end = out.indexOf("--");
    out.addAll(end < 0 ? out.size() : end, global);
    return out;
  }

  private String set(List<String> words) {
    if (words.isEmpty() || !words.get(0).equals("image")) {
      String what = words.isEmpty() ? "" : words.get(0);
      throw KubectlException.error(
          "unknown command \"" + what + "\" for \"kubectl set\"\nSupported: kubectl set image");
    }
    return WriteCommands.setImage(ctx, words.subList(1, words.size()));
  }

  private static KubectlException unknownCommand(String command) {
    return KubectlException.error(
        "unknown command \""
            + command
            + "\" for \"kubectl\"\nSupported commands: "
            + String.join(", ", COMMANDS));
  }

  // ---------------------------------------------------------------- typed helpers

  /**
   * {@return the objects (all of one kind) as {@code kubectl get} prints them at the cluster's
   * virtual time}
   */
  public String table(Kind kind, List<? extends KubernetesObject> objects, PrintOptions options) {
    return TablePrinter.render(Printers.table(kind, objects, ctx.now()), options);
  }

  /**
   * {@return the object as {@code kubectl describe} prints it}
   *
   * @throws KubectlException for a kind kubemu does not describe
   */
  public String describe(KubernetesObject object) {
    if (!Describer.supports(object.getClass())) {
      throw KubectlException.error(
          "kubemu's kubectl describes pods, deployments, nodes and services, not " + object.kind());
    }
    return Describer.describe(ctx.cluster().api(), object, ctx.now());
  }
}
