package io.kubemu.engine.kubectl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemu.engine.ChangeCause;
import io.kubemu.engine.api.ApiException;
import io.kubemu.manifest.Json;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code label}, {@code annotate}, {@code patch}, {@code scale} and {@code set image}: client-side
 * edits sent as merge patches (label.go, annotate.go, patch.go), and the backend's scale and set
 * image.
 */
final class WriteCommands {
  private WriteCommands() {}

  /** One object a write command works on. */
  record Target(Kind kind, String namespace, String name) {
    String key() {
      return Context.key(kind, namespace, name);
    }
  }

  static final Flags LABEL_FLAGS =
      new Flags(
          "label",
          List.of(
              Flags.value("namespace", "n"),
              Flags.bool("overwrite", null),
              Flags.value("selector", "l"),
              Flags.bool("all", null)));

  static final Flags ANNOTATE_FLAGS =
      new Flags(
          "annotate",
          List.of(
              Flags.value("namespace", "n"),
              Flags.bool("overwrite", null),
              Flags.value("selector", "l"),
              Flags.bool("all", null)));

  static final Flags PATCH_FLAGS =
      new Flags(
          "patch",
          List.of(
              Flags.value("namespace", "n"),
              Flags.value("type", null),
              Flags.value("patch", "p"),
              Flags.bool("record", null)));

  static final Flags SCALE_FLAGS =
      new Flags(
          "scale",
          List.of(
              Flags.value("namespace", "n"),
              Flags.value("replicas", null),
              Flags.value("current-replicas", null),
              Flags.bool("record", null)));

  static final Flags SET_IMAGE_FLAGS =
      new Flags(
          "set image",
          List.of(
              Flags.value("namespace", "n"),
              Flags.value("selector", "l"),
              Flags.bool("all", null),
              Flags.bool("record", null)));

  // ---------------------------------------------------------------- label / annotate

  static String label(Context ctx, List<String> words) {
    return labelOrAnnotate(ctx, LABEL_FLAGS.parse(words), true);
  }

  static String annotate(Context ctx, List<String> words) {
    return labelOrAnnotate(ctx, ANNOTATE_FLAGS.parse(words), false);
  }

  private static String labelOrAnnotate(Context ctx, Flags.Args args, boolean labels) {
    String noun = labels ? "label" : "annotation";
    Pairs pairs = Pairs.parse(args.positional(), noun, true);
    if (pairs.set().isEmpty() && pairs.remove().isEmpty()) {
      throw KubectlException.error("at least one " + noun + " update is required");
    }
    for (String k : pairs.remove()) {
      if (pairs.set().containsKey(k)) {
        throw KubectlException.error(
            "can not both modify and remove "
                + (labels ? "a label" : "an annotation")
                + " in the same command");
      }
    }
    boolean overwrite = args.bool("overwrite");
    StringBuilder out = new StringBuilder();
    for (Target t : targets(ctx, args, pairs.resources(), labels ? "label" : "annotate")) {
      KubernetesObject o;
      try {
        o = ctx.get(t.kind(), t.namespace(), t.name());
      } catch (ApiException e) {
        throw ApiErrors.of(e, out.toString());
      }
      Map<String, String> current = labels ? o.metadata().labels() : o.metadata().annotations();
      if (!overwrite) {
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<String, String> e : pairs.set().entrySet()) {
          String v = current.get(e.getKey());
          if (v != null && !v.equals(e.getValue())) {
            conflicts.add("'" + e.getKey() + "' already has a value (" + v + ")");
          }
        }
        if (!conflicts.isEmpty()) {
          throw new KubectlException(
              labels
                  ? "error: " + conflicts.get(0) + ", and --overwrite is false"
                  : "error: --overwrite is false but found the following declared annotation(s): "
                      + String.join(", ", conflicts),
              out.toString());
        }
      }
      if (labels) {
        for (String k : pairs.remove()) {
          if (!current.containsKey(k)) out.append("label \"").append(k).append("\" not found.\n");
        }
      }
      Edits.Result r;
      try {
        r =
            Edits.edit(
                ctx.cluster(),
                t.kind(),
                t.key(),
                obj -> {
                  ObjectNode map = Edits.object(obj, "metadata", labels ? "labels" : "annotations");
                  pairs.set().forEach(map::put);
                  pairs.remove().forEach(map::remove);
                });
      } catch (ApiException e) {
        throw ApiErrors.of(e, out.toString());
      }
      String name = ResourceTypes.objectName(t.kind(), t.name());
      if (labels) {
        // label.go updateDataChangeMsg
        String msg = "not labeled";
        if (r.changed()) {
          int before = r.before().metadata().labels().size();
          int after = r.after().metadata().labels().size();
          msg = !overwrite && after < before ? "unlabeled" : "labeled";
        }
        out.append(name).append(' ').append(msg).append('\n');
      } else {
        out.append(name).append(" annotated\n");
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- patch

  static String patch(Context ctx, List<String> words) {
    Flags.Args args = PATCH_FLAGS.parse(words);
    String patch = args.value("patch");
    if (patch == null || patch.isEmpty()) {
      throw KubectlException.error("must specify -p to patch");
    }
    String type = args.value("type", "strategic");
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(patch);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw KubectlException.error("unable to parse \"" + patch + "\": " + e.getOriginalMessage());
    }
    switch (type) {
      case "merge" -> {}
      case "strategic" -> {
        if (hasArray(tree)) {
          throw KubectlException.error(
              "kubemu applies strategic merge patches of maps only; a patch with lists needs"
                  + " --type merge (which replaces lists whole)");
        }
      }
      case "json" ->
          throw KubectlException.error(
              "kubemu does not support --type json (RFC 6902) patches; use --type merge");
      default ->
          throw KubectlException.error(
              "--type must be one of [json merge strategic], not \"" + type + "\"");
    }
    if (args.bool("record") && tree instanceof ObjectNode o) {
      Edits.object(o, "metadata", "annotations")
          .put(ChangeCause.ANNOTATION, changeCause("patch", args));
    }
    StringBuilder out = new StringBuilder();
    for (Target t : targets(ctx, args, args.positional(), "patch")) {
      try {
        KubernetesObject before = ctx.get(t.kind(), t.namespace(), t.name());
        KubernetesObject after = ctx.cluster().patch(t.kind().type(), t.key(), Edits.write(tree));
        boolean same =
            java.util.Objects.equals(
                before.metadata().resourceVersion(), after.metadata().resourceVersion());
        out.append(ResourceTypes.objectName(t.kind(), t.name()))
            .append(same ? " patched (no change)\n" : " patched\n");
      } catch (ApiException e) {
        throw ApiErrors.of(e, out.toString());
      }
    }
    return out.toString();
  }

  private static boolean hasArray(JsonNode n) {
    if (n.isArray()) return true;
    for (JsonNode child : n) {
      if (hasArray(child)) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- scale / set image

  static String scale(Context ctx, List<String> words) {
    Flags.Args args = SCALE_FLAGS.parse(words);
    int replicas = -1;
    try {
      replicas = Integer.parseInt(args.value("replicas", "-1"));
    } catch (NumberFormatException e) {
      // reported below
    }
    if (replicas < 0) {
      throw KubectlException.error(
          "The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
    }
    StringBuilder out = new StringBuilder();
    for (Target t : targets(ctx, args, args.positional(), "scale")) {
      try {
        ctx.get(t.kind(), t.namespace(), t.name());
        String current = args.value("current-replicas");
        if (current != null) checkCurrentReplicas(ctx, t, current);
        out.append(ctx.backend().scale(t.kind(), t.key(), replicas));
        // scale.go records after scaling, with a second (merge) patch
        if (args.bool("record")) record(ctx, t, changeCause("scale", args));
      } catch (ApiException e) {
        throw ApiErrors.of(e, out.toString());
      } catch (KubectlException e) {
        throw new KubectlException(e.getMessage(), out + e.output());
      }
    }
    return out.toString();
  }

  // scale.go precondition: --current-replicas must match spec.replicas
  private static void checkCurrentReplicas(Context ctx, Target t, String expected) {
    JsonNode tree = Json.mapper().valueToTree(ctx.get(t.kind(), t.namespace(), t.name()));
    int actual = tree.path("spec").path("replicas").asInt(1);
    if (!Integer.toString(actual).equals(expected)) {
      throw KubectlException.error("Expected replicas to be " + expected + ", was " + actual);
    }
  }

  static String setImage(Context ctx, List<String> words) {
    Flags.Args args = SET_IMAGE_FLAGS.parse(words);
    Pairs pairs = Pairs.parse(args.positional(), "image", false);
    if (pairs.set().isEmpty())
      throw KubectlException.error("at least one image update is required");
    if (pairs.set().size() > 1 && pairs.set().containsKey("*")) {
      throw KubectlException.error(
          "all containers are already specified by *, but saw more than one"
              + " container_name=container_image pairs");
    }
    StringBuilder out = new StringBuilder();
    for (Target t : targets(ctx, args, pairs.resources(), "set image")) {
      try {
        ctx.get(t.kind(), t.namespace(), t.name());
        out.append(ctx.backend().setImage(t.kind(), t.key(), pairs.set()));
        // recorded right after the image change: the deployment controller copies the cause to
        // the new ReplicaSet it just made, leaving the old ones' causes alone
        if (args.bool("record")) record(ctx, t, changeCause("set image", args));
      } catch (ApiException e) {
        throw ApiErrors.of(e, out.toString());
      } catch (KubectlException e) {
        throw new KubectlException(e.getMessage(), out + e.output());
      }
    }
    return out.toString();
  }

  /** Sets the change-cause annotation, as {@code --record} does. */
  static void record(Context ctx, Target t, String cause) {
    Edits.edit(
        ctx.cluster(),
        t.kind(),
        t.key(),
        obj -> Edits.object(obj, "metadata", "annotations").put(ChangeCause.ANNOTATION, cause));
  }

  /**
   * {@return the command line as {@code --record} writes it (parseCommandArguments): {@code
   * kubectl}, the command and positional arguments, then every flag as {@code --name=value}}
   */
  static String changeCause(String command, Flags.Args args) {
    StringBuilder b = new StringBuilder("kubectl ").append(command);
    for (String p : args.positional()) b.append(' ').append(p);
    for (String g : args.given()) b.append(' ').append(g);
    return b.toString();
  }

  // ---------------------------------------------------------------- targets

  /**
   * {@return the objects named by {@code <type> <name>...}, {@code <type>/<name>...}, or {@code
   * <type>} with {@code -l}/{@code --all}}
   */
  static List<Target> targets(Context ctx, Flags.Args args, List<String> resources, String verb) {
    if (resources.isEmpty()) {
      throw KubectlException.error(
          "one or more resources must be specified as <resource> <name> or <resource>/<name>");
    }
    Targets targets = Targets.parse(resources, verb);
    String namespace = ctx.namespace(args);
    List<Target> out = new ArrayList<>();
    if (!targets.names().isEmpty()) {
      for (Targets.Named n : targets.names()) out.add(new Target(n.kind(), namespace, n.name()));
      return out;
    }
    String selector = args.has("selector") ? args.value("selector") : null;
    if (selector == null && !args.bool("all")) {
      throw KubectlException.error("resource(s) were provided, but no name was specified");
    }
    for (Kind k : targets.kinds()) {
      try {
        for (KubernetesObject o : ctx.list(k, namespace, selector, null)) {
          out.add(new Target(k, o.metadata().namespace(), o.metadata().name()));
        }
      } catch (ApiException e) {
        throw ApiErrors.of(e, "");
      }
    }
    return out;
  }
}
