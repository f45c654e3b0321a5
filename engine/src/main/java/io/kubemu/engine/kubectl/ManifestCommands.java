package io.kubemu.engine.kubectl;

import io.kubemu.engine.ChangeCause;
import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApplyResult;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.api.DeleteResult;
import io.kubemu.engine.api.PropagationPolicy;
import io.kubemu.engine.time.ConditionTimeoutException;
import io.kubemu.manifest.ManifestException;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.meta.ObjectMeta;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code apply -f}, {@code create -f}, {@code create namespace} and {@code delete} (apply.go,
 * create.go, delete.go). Files are read relative to the base directory, then from the classpath (so
 * {@code seed/manifests/x.yaml} works in tests); a directory stands for its {@code .json}, {@code
 * .yaml} and {@code .yml} files in name order (not recursively).
 */
final class ManifestCommands {
  private ManifestCommands() {}

  static final Flags APPLY_FLAGS =
      new Flags(
          "apply",
          List.of(
              Flags.value("namespace", "n"),
              Flags.value("filename", "f"),
              Flags.bool("record", null)));

  static final Flags CREATE_FLAGS =
      new Flags(
          "create",
          List.of(
              Flags.value("namespace", "n"),
              Flags.value("filename", "f"),
              Flags.bool("record", null)));

  static final Flags CREATE_NAMESPACE_FLAGS =
      new Flags("create namespace", List.of(Flags.value("namespace", "n")));

  static final Flags DELETE_FLAGS =
      new Flags(
          "delete",
          List.of(
              Flags.value("namespace", "n"),
              Flags.value("filename", "f"),
              Flags.value("selector", "l"),
              Flags.bool("all", null),
              Flags.value("cascade", null),
              Flags.value("grace-period", null),
              Flags.bool("now", null),
              Flags.bool("force", null),
              Flags.value("wait", null),
              Flags.value("timeout", null),
              Flags.bool("ignore-not-found", null)));

  // ---------------------------------------------------------------- apply / create

  static String apply(Context ctx, List<String> words) {
    Flags.Args args = APPLY_FLAGS.parse(words);
    List<KubernetesObject> objects = read(ctx, args, "apply");
    if (args.bool("record")) objects = record(objects, WriteCommands.changeCause("apply", args));
    StringBuilder out = new StringBuilder();
    try {
      for (ApplyResult<KubernetesObject> r : ctx.cluster().apply(objects)) {
        out.append(r.message()).append('\n');
      }
    } catch (ApiException e) {
      throw ApiErrors.of(e, out.toString());
    }
    return out.toString();
  }

  static String create(Context ctx, List<String> words) {
    if (!words.isEmpty() && (words.get(0).equals("namespace") || words.get(0).equals("ns"))) {
      return createNamespace(ctx, words.subList(1, words.size()));
    }
    if (!words.isEmpty() && !words.get(0).startsWith("-")) {
      throw KubectlException.error(
          "unknown command \""
              + words.get(0)
              + "\" for \"kubectl create\"\nSupported: kubectl create -f FILE, kubectl create"
              + " namespace NAME");
    }
    Flags.Args args = CREATE_FLAGS.parse(words);
    List<KubernetesObject> objects = read(ctx, args, "create");
    if (args.bool("record")) objects = record(objects, WriteCommands.changeCause("create", args));
    StringBuilder out = new StringBuilder();
    List<String> errors = new ArrayList<>();
    for (KubernetesObject o : objects) {
      try {
        KubernetesObject created = ctx.cluster().create(o);
        out.append(ResourceTypes.objectName(created)).append(" created\n");
      } catch (ApiException e) {
        errors.add(ApiErrors.message(e));
      }
    }
    if (!errors.isEmpty()) throw new KubectlException(String.join("\n", errors), out.toString());
    return out.toString();
  }

  // create_namespace.go NamespaceOptions.Run
  private static String createNamespace(Context ctx, List<String> words) {
    Flags.Args args = CREATE_NAMESPACE_FLAGS.parse(words);
    if (args.positional().size() != 1) {
      throw KubectlException.error(
          "exactly one NAME is required, got "
              + args.positional().size()
              + "\nSee 'kubectl create namespace -h' for help and examples");
    }
    String name = args.positional().get(0);
    try {
      ctx.cluster().create(new Namespace(ObjectMeta.named(name), null, null));
    } catch (ApiException e) {
      throw ApiErrors.of(e, "");
    }
    return "namespace/" + name + " created\n";
  }

  private static List<KubernetesObject> record(List<KubernetesObject> objects, String cause) {
    List<KubernetesObject> out = new ArrayList<>();
    for (KubernetesObject o : objects) out.add(ChangeCause.record(cause).applyTo(o));
    return out;
  }

  /** {@return the objects of every {@code -f} file, their namespace set from {@code -n}} */
  private static List<KubernetesObject> read(Context ctx, Flags.Args args, String verb) {
    List<String> files = args.values().getOrDefault("filename", List.of());
    if (files.isEmpty()) {
      throw KubectlException.error(
          "must specify one of -f and -k\nSee 'kubectl " + verb + " --help' for usage.");
    }
    if (!args.positional().isEmpty()) {
      throw KubectlException.error(
          "Unexpected args: "
              + args.positional()
              + "\nSee 'kubectl "
              + verb
              + " -h' for help and examples");
    }
    String namespace = ctx.namespace(args);
    boolean explicit = args.has("namespace");
    List<KubernetesObject> out = new ArrayList<>();
    for (String f : files) {
      for (KubernetesObject o : readFile(ctx, f)) {
        Kind kind = Kinds.of(o.getClass());
        String own = o.metadata().namespace();
        if (kind.namespaced()) {
          if (own == null || own.isEmpty()) {
            o = o.withMetadata(o.metadata().withNamespace(namespace));
          } else if (explicit && !own.equals(namespace)) {
            // resource.Builder: the object's namespace must match --namespace
            throw KubectlException.error(
                "the namespace from the provided object \""
                    + own
                    + "\" does not match the namespace \""
                    + namespace
                    + "\". You must pass '--namespace="
                    + own
                    + "' to perform this operation.");
          }
        }
        out.add(o);
      }
    }
    return out;
  }

  private static List<KubernetesObject> readFile(Context ctx, String file) {
    try {
      Path p = ctx.baseDirectory().resolve(file);
      if (Files.isRegularFile(p)) return Manifests.read(p);
      if (Files.isDirectory(p)) return readDirectory(p);
      String resource = file.startsWith("/") ? file.substring(1) : file;
      InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
      if (in != null) {
        try (in) {
          return Manifests.read(in, file);
        }
      }
    } catch (ManifestException e) {
      throw KubectlException.error(e.getMessage());
    } catch (java.io.IOException e) {
      throw KubectlException.error(e.getMessage());
    }
    throw KubectlException.error("the path \"" + file + "\" does not exist");
  }

  // resource.Builder FilenameParam on a directory (not recursive): its .json, .yaml and .yml files
  // in name order
  private static List<KubernetesObject> readDirectory(Path dir) throws java.io.IOException {
    List<Path> files;
    try (var stream = Files.list(dir)) {
      files =
          stream
              .filter(Files::isRegularFile)
              .filter(
                  f -> {
                    String n = f.getFileName().toString();
                    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
                  })
              .sorted()
              .toList();
    }
    List<KubernetesObject> out = new ArrayList<>();
    for (Path f : files) out.addAll(Manifests.read(f));
    return out;
  }

  // ---------------------------------------------------------------- delete

  static String delete(Context ctx, List<String> words) {
    Flags.Args args = DELETE_FLAGS.parse(words);
    DeleteOptions options = deleteOptions(args);
    boolean force = options.gracePeriodSeconds() != null && options.gracePeriodSeconds() == 0;
    List<WriteCommands.Target> targets = new ArrayList<>();
    if (args.has("filename")) {
      for (KubernetesObject o : read(ctx, args, "delete")) {
        Kind k = Kinds.of(o.getClass());
        targets.add(new WriteCommands.Target(k, o.metadata().namespace(), o.metadata().name()));
      }
    } else {
      targets.addAll(WriteCommands.targets(ctx, args, args.positional(), "delete"));
    }
    StringBuilder out = new StringBuilder();
    List<String> errors = new ArrayList<>();
    List<KubernetesObject> deleted = new ArrayList<>();
    for (WriteCommands.Target t : targets) {
      try {
        DeleteResult<? extends KubernetesObject> r =
            ctx.cluster().delete(t.kind().type(), t.key(), options);
        deleted.add(r.object());
        // delete.go PrintObj: kind.group "name" deleted
        out.append(ResourceTypes.kindName(t.kind()))
            .append(" \"")
            .append(t.name())
            .append(force ? "\" force deleted\n" : "\" deleted\n");
      } catch (ApiException.NotFound e) {
        if (!args.bool("ignore-not-found")) errors.add(ApiErrors.message(e));
      } catch (ApiException e) {
        errors.add(ApiErrors.message(e));
      }
    }
    if (!"false".equals(args.value("wait", "true")) && !ctx.cluster().isLive()) {
      waitForDeletion(ctx, deleted, timeout(args), out);
    }
    if (!errors.isEmpty()) throw new KubectlException(String.join("\n", errors), out.toString());
    if (targets.isEmpty() && !args.bool("ignore-not-found")) {
      return "No resources found\n";
    }
    return out.toString();
  }

  // delete.go: --cascade, --grace-period, --now, --force
  static DeleteOptions deleteOptions(Flags.Args args) {
    PropagationPolicy policy =
        switch (args.value("cascade", "background")) {
          case "background", "true" -> PropagationPolicy.BACKGROUND;
          case "foreground" -> PropagationPolicy.FOREGROUND;
          case "orphan", "false" -> PropagationPolicy.ORPHAN;
          default ->
              throw KubectlException.error(
                  "invalid cascade value ("
                      + args.value("cascade")
                      + "). Must be \"background\", \"foreground\", or \"orphan\".");
        };
    long grace;
    try {
      grace = Long.parseLong(args.value("grace-period", "-1"));
    } catch (NumberFormatException e) {
      throw KubectlException.error(
          "invalid argument \"" + args.value("grace-period") + "\" for \"--grace-period\" flag");
    }
    if (args.bool("now")) {
      if (grace != -1)
        throw KubectlException.error("--now and --grace-period cannot be specified together");
      grace = 1;
    }
    boolean force = args.bool("force");
    if (grace == 0 && !force) grace = 1; // --grace-period=0 without --force means 1
    if (force && grace < 0) grace = 0;
    return new DeleteOptions(grace < 0 ? null : grace, null, policy);
  }

  private static Duration timeout(Flags.Args args) {
    Duration d = GetWatch.goDuration(args.value("timeout", "0s"), "timeout");
    // delete.go: zero waits "forever", i.e. a week
    return d.isZero() ? Duration.ofHours(168) : d;
  }

  // delete.go waitForDeletion: until each object (by uid) is gone from the store
  private static void waitForDeletion(
      Context ctx, List<KubernetesObject> deleted, Duration limit, StringBuilder out) {
    for (KubernetesObject o : deleted) {
      Kind kind = Kinds.of(o.getClass());
      String key = o.metadata().key();
      String uid = o.metadata().uid();
      java.util.function.BooleanSupplier gone =
          () ->
              ctx.cluster()
                  .find(kind.type(), key)
                  .map(now -> !Objects.equals(now.metadata().uid(), uid))
                  .orElse(true);
      if (gone.getAsBoolean()) continue;
      try {
        ctx.cluster()
            .runUntil("deletion of " + kind.plural() + "/" + o.metadata().name(), gone, limit);
      } catch (ConditionTimeoutException e) {
        throw new KubectlException(
            "error: timed out waiting for the condition on "
                + kind.plural()
                + "/"
                + o.metadata().name(),
            out.toString());
      }
    }
  }
}
