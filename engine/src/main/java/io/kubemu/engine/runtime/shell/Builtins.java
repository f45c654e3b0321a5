package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.fs.FsPaths;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The registry of simulated commands by name. A name with directories resolves only from the usual
 * binary directories ({@code /bin/echo}, {@code /usr/bin/env}); any other path is a script file or
 * an unknown program.
 */
final class Builtins {
  private static final Set<String> BIN_DIRS =
      Set.of("/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin");

  /** Looked up by name only, never iterated. */
  private static final Map<String, Builtin> ALL = new HashMap<>();

  static {
    CoreBuiltins.register(ALL);
    FileBuiltins.register(ALL);
    TextBuiltins.register(ALL);
    FilterBuiltins.register(ALL);
    ALL.put("test", TestCommand::run);
    ALL.put("[", TestCommand::run);
    ALL.put("[[", TestCommand::run);
    ALL.put("date", DateCommand::run);
  }

  private Builtins() {}

  /** The builtin for a command name or path, or null. */
  static Builtin lookup(String name) {
    if (name.indexOf('/') >= 0) {
      String path = FsPaths.normalize(name);
      if (!name.startsWith("/") || !BIN_DIRS.contains(FsPaths.parent(path))) {
        return null;
      }
      return ALL.get(FsPaths.name(path));
    }
    return ALL.get(name);
  }
}
