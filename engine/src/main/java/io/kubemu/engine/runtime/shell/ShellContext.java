package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.fs.FileSystemView;
import io.kubemu.engine.runtime.fs.FsPaths;
import io.kubemu.engine.runtime.fs.MemoryFileSystem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a process runs against. Time is not here: it is the {@code now} given to {@link
 * ShellProcess#run}, which is what {@code date} prints.
 *
 * @param fileSystem the container's files (usually a {@link
 *     io.kubemu.engine.runtime.fs.ContainerFileSystem}); default an empty {@link MemoryFileSystem}
 * @param environment the container's environment variables, in order (all exported); default empty.
 *     {@code HOME} defaults to {@code /root} and {@code PATH} to the usual directories when absent
 * @param workingDir the container's {@code workingDir}; default {@code /}
 * @param output where stdout and stderr go; default {@link OutputSink#discard()}
 * @param unknownCommands what commands that are not simulated do; default {@link
 *     UnknownCommandPolicy#LONG_RUNNING}
 */
public record ShellContext(
    FileSystemView fileSystem,
    Map<String, String> environment,
    String workingDir,
    OutputSink output,
    UnknownCommandPolicy unknownCommands) {

  public ShellContext {
    fileSystem = fileSystem == null ? new MemoryFileSystem() : fileSystem;
    environment =
        environment == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    workingDir =
        workingDir == null || workingDir.isEmpty() ? FsPaths.ROOT : FsPaths.normalize(workingDir);
    output = output == null ? OutputSink.discard() : output;
    unknownCommands = unknownCommands == null ? UnknownCommandPolicy.LONG_RUNNING : unknownCommands;
  }

  /** A context over {@code fileSystem} with every other component defaulted. */
  public static ShellContext of(FileSystemView fileSystem) {
    return new ShellContext(fileSystem, null, null, null, null);
  }

  public ShellContext withEnvironment(Map<String, String> environment) {
    return new ShellContext(fileSystem, environment, workingDir, output, unknownCommands);
  }

  public ShellContext withWorkingDir(String workingDir) {
    return new ShellContext(fileSystem, environment, workingDir, output, unknownCommands);
  }

  public ShellContext withOutput(OutputSink output) {
    return new ShellContext(fileSystem, environment, workingDir, output, unknownCommands);
  }

  public ShellContext withUnknownCommands(UnknownCommandPolicy unknownCommands) {
    return new ShellContext(fileSystem, environment, workingDir, output, unknownCommands);
  }

  /** Shorthand: {@code environment} gets {@code name=value} appended (or replaced in place). */
  public ShellContext withVariable(String name, String value) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
    return withEnvironment(env);
  }
}
