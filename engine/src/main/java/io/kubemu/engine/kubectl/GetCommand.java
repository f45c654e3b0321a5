package io.kubemu.engine.kubectl;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.kubectl.printers.PrintOptions;
import io.kubemu.engine.kubectl.printers.Printers;
import io.kubemu.engine.kubectl.printers.TabWriter;
import io.kubemu.engine.kubectl.printers.TablePrinter;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code kubectl get} (get.go): tables per kind with {@code -o wide}, {@code -L}, {@code
 * --show-labels}, {@code -A}, {@code --sort-by} (see {@link SortBy}); {@code -o yaml|json|name};
 * {@code -w} (see {@link GetWatch}).
 */
final class GetCommand {
  private GetCommand() {}

  static final Flags FLAGS =
      new Flags(
          "get",
          List.of(
              Flags.value("namespace", "n"),
              Flags.bool("all-namespaces", "A"),
              Flags.value("output", "o"),
              Flags.value("selector", "l"),
              Flags.value("field-selector", null),
              Flags.value("label-columns", "L"),
              Flags.bool("show-labels", null),
              Flags.bool("no-headers", null),
              Flags.bool("ignore-not-found", null),
              Flags.value("sort-by", null),
              Flags.bool("watch", "w"),
              Flags.value("since", null),
              Flags.value("since-write", null)));

  private static final Set<String> OUTPUTS = Set.of("", "wide", "yaml", "json", "name");

  /** One kind's objects, printed as one table. */
  private record Group(Kind kind, List<KubernetesObject> objects) {}

  static String run(Context ctx, List<String> words) {
    Flags.Args args = FLAGS.parse(words);
    String output = output(args);
    boolean allNamespaces = args.bool("all-namespaces");
    String namespace = ctx.namespace(args);
    Targets targets = Targets.parse(args.positional(), "get");
    if (args.bool("watch")) return GetWatch.run(ctx, args, targets, output);

    List<Group> groups = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Kind kind : targets.kinds()) {
      List<KubernetesObject> objects = new ArrayList<>();
      if (targets.names().isEmpty()) {
        try {
          objects.addAll(
              ctx.list(
                  kind,
                  allNamespaces ? null : namespace,
                  args.value("selector"),
                  args.value("field-selector")));
        } catch (ApiException e) {
          throw ApiErrors.of(e, "");
        }
      } else {
        for (Targets.Named n : targets.names()) {
          if (!n.kind().equals(kind)) continue;
          try {
            objects.add(ctx.get(kind, namespace, n.name()));
          } catch (ApiException.NotFound e) {
            if (!args.bool("ignore-not-found")) errors.add(ApiErrors.message(e));
          }
        }
      }
      if (args.value("sort-by") != null && !args.value("sort-by").isEmpty()) {
        objects = SortBy.parse(args.value("sort-by")).sort(objects);
      }
      groups.add(new Group(kind, objects));
    }

    String out =
        switch (output) {
          case "yaml", "json" -> structured(groups, targets, output);
          case "name" -> names(groups);
          default -> tables(ctx, groups, args, output.equals("wide"), allNamespaces, namespace);
        };
    if (!errors.isEmpty()) throw new KubectlException(String.join("\n", errors), out);
    if (out.isEmpty() && !args.bool("ignore-not-found"))
      return noResources(groups, allNamespaces, namespace);
    return out;
  }

  static String output(Flags.Args args) {
    String output = args.value("output", "");
    if (!OUTPUTS.contains(output)) {
      throw KubectlException.error(
          "unable to match a printer suitable for the output format \""
              + output
              + "\", allowed formats are: json,name,wide,yaml");
    }
    return output;
  }

  // get.go: "No resources found in <ns> namespace." unless some object listed was cluster-scoped
  private static String noResources(List<Group> groups, boolean allNamespaces, String namespace) {
    boolean namespaced = !allNamespaces;
    for (Group g : groups) {
      if (!g.objects().isEmpty()) namespaced &= g.kind().namespaced();
    }
    return namespaced
        ? "No resources found in " + namespace + " namespace.\n"
        : "No resources found\n";
  }

  private static String tables(
      Context ctx,
      List<Group> groups,
      Flags.Args args,
      boolean wide,
      boolean allNamespaces,
      String namespace) {
    long kindsWithObjects = groups.stream().filter(g -> !g.objects().isEmpty()).count();
    PrintOptions base =
        PrintOptions.DEFAULT
            .withWide(wide)
            .withShowLabels(args.bool("show-labels"))
            .withColumnLabels(args.list("label-columns"))
            .withNoHeaders(args.bool("no-headers"));
    StringBuilder out = new StringBuilder();
    for (Group g : groups) {
      if (g.objects().isEmpty()) continue;
      PrintOptions opts =
          base.withNamespace(allNamespaces && g.kind().namespaced())
              .withKindPrefix(kindsWithObjects > 1 ? ResourceTypes.kindName(g.kind()) : null);
      TabWriter w = TabWriter.forTables();
      TablePrinter.print(Printers.table(g.kind(), g.objects(), ctx.now()), opts, w);
      String text = w.text();
      // a blank line between the tables of several kinds (get.go separatorWriter)
      if (!text.isEmpty() && out.length() > 0 && !opts.noHeaders()) out.append('\n');
      out.append(text);
    }
    return out.toString();
  }

  private static String structured(List<Group> groups, Targets targets, String output) {
    List<KubernetesObject> all = new ArrayList<>();
    for (Group g : groups) all.addAll(g.objects());
    var tree =
        all.size() == 1 && targets.singleItem()
            ? ObjectOutput.tree(all.get(0))
            : ObjectOutput.list(all);
    return output.equals("json") ? ObjectOutput.json(tree) : ObjectOutput.yaml(tree);
  }

  private static String names(List<Group> groups) {
    StringBuilder out = new StringBuilder();
    for (Group g : groups) {
      for (KubernetesObject o : g.objects()) out.append(ObjectOutput.name(o));
    }
    return out.toString();
  }
}
