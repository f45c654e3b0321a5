package io.kubemu.engine.kubectl;

import io.kubemu.engine.api.ApiException;
import io.kubemu.model.Kinds;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Taint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code taint}, {@code cordon}, {@code uncordon} and {@code drain}, dispatched to the backend. */
final class NodeCommands {
  private NodeCommands() {}

  private static final Set<String> EFFECTS =
      Set.of(Taint.EFFECT_NO_SCHEDULE, Taint.EFFECT_PREFER_NO_SCHEDULE, Taint.EFFECT_NO_EXECUTE);

  static final Flags TAINT_FLAGS =
      new Flags("taint", List.of(Flags.bool("overwrite", null), Flags.value("namespace", "n")));

  static final Flags CORDON_FLAGS = new Flags("cordon", List.of(Flags.value("namespace", "n")));

  static final Flags DRAIN_FLAGS =
      new Flags(
          "drain",
          List.of(
              Flags.value("namespace", "n"),
              Flags.bool("ignore-daemonsets", null),
              Flags.bool("delete-emptydir-data", null),
              Flags.bool("delete-local-data", null),
              Flags.bool("force", null),
              Flags.value("grace-period", null),
              Flags.value("timeout", null),
              Flags.bool("disable-eviction", null)));

  // taint.go: kubectl taint nodes <node> key=value:Effect key:Effect- key-
  static String taint(Context ctx, List<String> words) {
    Flags.Args args = TAINT_FLAGS.parse(words);
    List<String> resources = new ArrayList<>();
    List<String> specs = new ArrayList<>();
    for (String a : args.positional()) {
      if (a.contains("=") || a.contains(":") || a.endsWith("-")) specs.add(a);
      else if (specs.isEmpty()) resources.add(a);
      else
        throw KubectlException.error("all resources must be specified before taint changes: " + a);
    }
    List<String> nodes = nodes(resources, "taint");
    if (specs.isEmpty()) throw KubectlException.error("at least one taint update is required");
    List<Taint> add = new ArrayList<>();
    List<Taint> remove = new ArrayList<>();
    for (String s : specs) {
      if (s.endsWith("-")) remove.add(removal(s.substring(0, s.length() - 1)));
      else add.add(parse(s));
    }
    TaintChange change = new TaintChange(add, remove, args.bool("overwrite"));
    StringBuilder out = new StringBuilder();
    for (String n : nodes) out.append(call(ctx, out, () -> ctx.backend().taint(n, change), n));
    return out.toString();
  }

  // taint.go parseTaint: key=value:Effect or key:Effect
  private static Taint parse(String spec) {
    int colon = spec.lastIndexOf(':');
    if (colon < 0) throw KubectlException.error("invalid taint spec: " + spec);
    String effect = spec.substring(colon + 1);
    String kv = spec.substring(0, colon);
    if (!EFFECTS.contains(effect)) {
      throw KubectlException.error(
          "invalid taint spec: "
              + spec
              + ", invalid taint effect: "
              + effect
              + ", unsupported taint effect");
    }
    int eq = kv.indexOf('=');
    String key = eq < 0 ? kv : kv.substring(0, eq);
    String value = eq < 0 ? null : kv.substring(eq + 1);
    if (key.isEmpty()) throw KubectlException.error("invalid taint spec: " + spec);
    return new Taint(key, value, effect, null);
  }

  // taint.go: key:Effect- or key-
  private static Taint removal(String spec) {
    int colon = spec.lastIndexOf(':');
    if (colon < 0) return new Taint(spec, null, null, null);
    String effect = spec.substring(colon + 1);
    if (!EFFECTS.contains(effect)) {
      throw KubectlException.error(
          "invalid taint spec: "
              + spec
              + "-, invalid taint effect: "
              + effect
              + ", unsupported taint effect");
    }
    return new Taint(spec.substring(0, colon), null, effect, null);
  }

  static String cordon(Context ctx, List<String> words) {
    return cordonOrUncordon(ctx, words, true);
  }

  static String uncordon(Context ctx, List<String> words) {
    return cordonOrUncordon(ctx, words, false);
  }

  private static String cordonOrUncordon(Context ctx, List<String> words, boolean cordon) {
    Flags.Args args = CORDON_FLAGS.parse(words);
    StringBuilder out = new StringBuilder();
    for (String n : nodeNames(args.positional(), cordon ? "cordon" : "uncordon")) {
      out.append(
          call(ctx, out, () -> cordon ? ctx.backend().cordon(n) : ctx.backend().uncordon(n), n));
    }
    return out.toString();
  }

  static String drain(Context ctx, List<String> words) {
    Flags.Args args = DRAIN_FLAGS.parse(words);
    int grace;
    Duration timeout;
    try {
      grace = Integer.parseInt(args.value("grace-period", "-1"));
      timeout = GetWatch.goDuration(args.value("timeout", "0s"), "timeout");
    } catch (NumberFormatException e) {
      throw KubectlException.error("invalid argument for \"--grace-period\": " + e.getMessage());
    }
    DrainOptions opts =
        new DrainOptions(
            args.bool("ignore-daemonsets"),
            args.bool("delete-emptydir-data") || args.bool("delete-local-data"),
            args.bool("force"),
            grace,
            timeout,
            args.bool("disable-eviction"));
    StringBuilder out = new StringBuilder();
    for (String n : nodeNames(args.positional(), "drain")) {
      out.append(call(ctx, out, () -> ctx.backend().drain(n, opts), n));
    }
    return out.toString();
  }

  private static String call(
      Context ctx, StringBuilder out, java.util.function.Supplier<String> work, String node) {
    try {
      ctx.cluster().get(Node.class, node);
      return work.get();
    } catch (ApiException e) {
      throw ApiErrors.of(e, out.toString());
    } catch (KubectlException e) {
      throw new KubectlException(e.getMessage(), out + e.output());
    }
  }

  // cordon/uncordon/drain take node names (or node/<name>)
  private static List<String> nodeNames(List<String> args, String verb) {
    if (args.isEmpty()) {
      throw KubectlException.error("USAGE: " + verb + " NODE [flags]");
    }
    List<String> out = new ArrayList<>();
    for (String a : args) {
      if (a.contains("/")) out.addAll(nodes(List.of(a), verb));
      else out.add(a);
    }
    return out;
  }

  // taint takes "nodes <name>..." or "node/<name>"
  private static List<String> nodes(List<String> resources, String verb) {
    if (resources.isEmpty()) {
      throw KubectlException.error(
          "at least one resource name must be specified since 'all' parameter is not set");
    }
    Targets t = Targets.parse(resources, verb);
    List<String> out = new ArrayList<>();
    for (var k : t.kinds()) {
      if (!k.equals(Kinds.of(Node.class))) {
        throw KubectlException.error(
            "invalid resource type " + k.plural() + ", only node types are supported");
      }
    }
    for (Targets.Named n : t.names()) out.add(n.name());
    if (out.isEmpty()) {
      throw KubectlException.error(
          "at least one resource name must be specified since 'all' parameter is not set");
    }
    return out;
  }
}
