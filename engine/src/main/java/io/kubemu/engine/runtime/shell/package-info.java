/**
 * The simulated shell: runs containers' {@code command}/{@code args}, exec probes and exec hooks on
 * the virtual clock over a container's in-memory files ({@link io.kubemu.engine.runtime.fs}).
 *
 * <p>Public API: {@link io.kubemu.engine.runtime.shell.Shell} (parse a command line, or exec one),
 * {@link io.kubemu.engine.runtime.shell.Script} (parsed, reusable), {@link
 * io.kubemu.engine.runtime.shell.ShellContext} (files, environment, working directory, output,
 * unknown-command policy), {@link io.kubemu.engine.runtime.shell.ShellProcess} (a running script,
 * advanced by {@code run(now)}), {@link io.kubemu.engine.runtime.shell.Step} (exited, sleeping
 * until, long-running), {@link io.kubemu.engine.runtime.shell.ProcessOutput} and {@link
 * io.kubemu.engine.runtime.shell.LogLine} (the container log). What the language and the commands
 * support is listed on {@link io.kubemu.engine.runtime.shell.Shell}.
 *
 * <p>Inside: {@code Lexer} and {@code Parser} build the syntax tree ({@code Node}, {@code Word});
 * {@code Compiler} turns it into flat {@code Instr}uctions with jumps; {@code Interpreter} runs
 * them with an explicit stack of frames per job, so a process can stop at any {@code sleep} and
 * resume later; builtins live in {@code CoreBuiltins}, {@code FileBuiltins}, {@code TextBuiltins},
 * {@code TestCommand} and {@code DateCommand}.
 */
package io.kubemu.engine.runtime.shell;
