package io.kubemu.engine.runtime;

/**
 * The outcome of a command run in a container (an exec probe).
 *
 * @param exitCode its exit status (meaningless when timed out)
 * @param output stdout and stderr, in order
 * @param timedOut whether it was still running at the timeout
 */
public record ExecResult(int exitCode, String output, boolean timedOut) {}
