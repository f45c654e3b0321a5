package io.kubemu.engine.kubectl;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.kubectl.describe.Describer;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl describe <type> [name...]} (describe.go): pods, deployments, nodes and services,
 * several descriptions separated by a blank line; without names, every object of the type (in a
 * namespace, or {@code -A}), optionally selected by {@code -l}.
 */
final class DescribeCommand {
  private DescribeCommand() {}

  static final Flags FLAGS =
      new Flags(
          "describe",
          List.of(
              Flags.value("namespace", "n"),
              Flags.bool("all-namespaces", "A"),
              Flags.value("selector", "l")));

  static String run(Context ctx, List<String> words) {
    Flags.Args args = FLAGS.parse(words);
    Targets targets = Targets.parse(args.positional(), "describe");
    String namespace = ctx.namespace(args);
    for (Kind k : targets.kinds()) {
      if (!Describer.supports(k.type())) {
        throw KubectlException.error(
            "kubemu's kubectl describes pods, deployments, nodes and services, not " + k.plural());
      }
    }
    List<KubernetesObject> objects = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Kind k : targets.kinds()) {
      if (targets.names().isEmpty()) {
        try {
          objects.addAll(
              ctx.list(
                  k, args.bool("all-namespaces") ? null : namespace, args.value("selector"), null));
        } catch (ApiException e) {
          throw ApiErrors.of(e, "");
        }
      } else {
        for (Targets.Named n : targets.names()) {
          if (!n.kind().equals(k)) continue;
          try {
            objects.add(ctx.get(k, namespace, n.name()));
          } catch (ApiException.NotFound e) {
            errors.add(ApiErrors.message(e));
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (KubernetesObject o : objects) {
      if (out.length() > 0) out.append("\n\n");
      out.append(Describer.describe(ctx.cluster().api(), o, ctx.now()));
    }
    if (!errors.isEmpty()) throw new KubectlException(String.join("\n", errors), out.toString());
    if (objects.isEmpty()) {
      return targets.kinds().get(0).namespaced() && !args.bool("all-namespaces")
          ? "No resources found in " + namespace + " namespace.\n"
          : "No resources found\n";
    }
    return out.toString();
  }
}
