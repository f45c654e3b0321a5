package io.kubemu.engine.kubectl;

import io.kubemu.engine.api.ApiException;
import java.util.List;

/**
 * {@code kubectl rollout status|history|undo|pause|resume|restart <type>/<name>}, dispatched to the
 * {@link KubectlBackend}.
 */
final class RolloutCommand {
  private RolloutCommand() {}

  static final List<String> SUBCOMMANDS =
      List.of("history", "pause", "restart", "resume", "status", "undo");

  static String run(Context ctx, List<String> words) {
    if (words.isEmpty() || !SUBCOMMANDS.contains(words.get(0))) {
      String what = words.isEmpty() ? "" : words.get(0);
      throw KubectlException.error(
          (what.isEmpty()
                  ? "a subcommand is required"
                  : "unknown command \"" + what + "\" for \"kubectl rollout\"")
              + "\nSupported: kubectl rollout "
              + String.join("|", SUBCOMMANDS)
              + " <type>/<name>");
    }
    String sub = words.get(0);
    Flags flags =
        new Flags(
            "rollout " + sub,
            switch (sub) {
              case "status" ->
                  List.of(
                      Flags.value("namespace", "n"),
                      Flags.value("revision", null),
                      Flags.bool("watch", "w"),
                      Flags.value("timeout", null),
                      Flags.value("selector", "l"));
              case "history" ->
                  List.of(
                      Flags.value("namespace", "n"),
                      Flags.value("revision", null),
                      Flags.value("selector", "l"));
              case "undo" ->
                  List.of(
                      Flags.value("namespace", "n"),
                      Flags.value("to-revision", null),
                      Flags.value("selector", "l"));
              default -> List.of(Flags.value("namespace", "n"), Flags.value("selector", "l"));
            });
    Flags.Args args = flags.parse(words.subList(1, words.size()));
    Integer revision = intFlag(args, "revision");
    Integer toRevision = intFlag(args, "to-revision");
    StringBuilder out = new StringBuilder();
    for (WriteCommands.Target t :
        WriteCommands.targets(ctx, args, args.positional(), "rollout " + sub)) {
      try {
        ctx.get(t.kind(), t.namespace(), t.name());
        KubectlBackend b = ctx.backend();
        out.append(
            switch (sub) {
              case "status" -> b.rolloutStatus(t.kind(), t.key(), revision);
              case "history" -> b.rolloutHistory(t.kind(), t.key(), revision);
              case "undo" -> b.rolloutUndo(t.kind(), t.key(), toRevision);
              case "pause" -> b.rolloutPause(t.kind(), t.key());
              case "resume" -> b.rolloutResume(t.kind(), t.key());
              default -> b.rolloutRestart(t.kind(), t.key());
            });
      } catch (ApiException e) {
        throw ApiErrors.of(e, out.toString());
      } catch (KubectlException e) {
        throw new KubectlException(e.getMessage(), out + e.output());
      }
    }
    return out.toString();
  }

  private static Integer intFlag(Flags.Args args, String name) {
    String v = args.value(name);
    if (v == null) return null;
    try {
      long n = Long.parseLong(v);
      if (n < 0) throw KubectlException.error("revision must be a positive integer: " + v);
      return n == 0 ? null : (int) n;
    } catch (NumberFormatException e) {
      throw KubectlException.error(
          "invalid argument \""
              + v
              + "\" for \"--"
              + name
              + "\" flag: strconv.ParseInt: parsing \""
              + v
              + "\": invalid syntax");
    }
  }
}
