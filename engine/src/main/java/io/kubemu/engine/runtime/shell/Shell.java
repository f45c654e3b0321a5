package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.fs.FsPaths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated shell that runs containers' {@code command}/{@code args}, exec probes and exec
 * hooks on the virtual clock, over a container's in-memory files.
 *
 * <p>A command line is either a shell ({@code sh}, {@code bash}, {@code /bin/sh}, {@code
 * /bin/bash}, {@code ash}, {@code dash}, with {@code -c script [arg0 args...]}, options such as
 * {@code -e}, {@code -x}, {@code -o pipefail}, or a script file) whose script is parsed, or a plain
 * argument vector ({@code ["sleep", "3600"]}) run as one command without any shell expansion, as a
 * container runtime execs it. Kubernetes' {@code $(VAR)} references are the kubelet's to expand
 * before.
 *
 * <h2>Language</h2>
 *
 * POSIX shell with common bash additions: {@code ;} newlines {@code &&} {@code ||} {@code !} {@code
 * |} (stages run one after another, each to completion, stdout feeding the next stage's stdin) and
 * {@code &} (a background job, run concurrently on virtual time; {@code wait} waits for them);
 * quoting ({@code '...'}, {@code "..."}, {@code \}, {@code $'...'}); comments; {@code $VAR} {@code
 * ${VAR}} {@code ${VAR:-x}} {@code :=} {@code :+} {@code :?} {@code ${#VAR}} {@code ${VAR#p}}
 * {@code ##} {@code %} {@code %%}, {@code $? $# $@ $* $0 $1..} {@code $$} (1) {@code $!}; {@code
 * $(...)} and backquotes; {@code $((...))}; {@code ~}; field splitting on {@code IFS} and pathname
 * expansion ({@code * ? [...]}); redirections {@code > >> < 2> 2>&1 >&2 &> &>> <<EOF <<-EOF <<<}
 * with {@code /dev/null}, {@code /dev/stdout}, {@code /dev/stderr} and {@code /proc/1/fd/1}; {@code
 * if/elif/else}, {@code while}, {@code until}, {@code for}, {@code case}, {@code { }}, {@code ( )},
 * functions; {@code set -e} (errexit), {@code -u}, {@code -x}, {@code -o pipefail}. Not supported:
 * arrays, {@code ${VAR/a/b}} and substrings ("bad substitution"), job control beyond {@code &} and
 * {@code wait}, signals ({@code trap} is accepted and ignored).
 *
 * <h2>Commands</h2>
 *
 * Shell builtins: {@code : true false exit return break continue cd pwd export unset set shift
 * local read eval . source exec command wait trap ulimit umask}. Programs (also as {@code /bin/x},
 * {@code /usr/bin/x}): {@code sleep} (seconds, fractions, suffixes {@code s m h d}, several
 * arguments add up, {@code infinity}), {@code echo printf cat touch rm mkdir rmdir ls cp mv chmod
 * chown chgrp test [ [[ date env printenv hostname whoami id uname which wc head tail grep tee seq
 * sort basename dirname}, and the shells themselves. {@code tail -f} runs forever. Messages are
 * bash's and GNU coreutils'.
 *
 * <h2>Unknown commands</h2>
 *
 * Any other program ({@code nginx -g 'daemon off;'}, {@code /docker-entrypoint.sh}, {@code java
 * -jar app.jar}, {@code python app.py}) is not simulated. What it does is the context's {@link
 * UnknownCommandPolicy}: by default it is a process that runs forever ({@link Step.LongRunning}),
 * which is what an image's server does; for exec probes and hooks {@link
 * UnknownCommandPolicy#SUCCEED} is the sensible choice. Either way the command is recorded in
 * {@link ShellProcess#notes()}; nothing throws. A script file that exists in the container's files
 * (no {@code #!} line, or one naming a shell) is run by the shell. An empty command line (the
 * image's own entrypoint) runs forever too.
 *
 * <h2>Time</h2>
 *
 * Nothing sleeps: {@code sleep N} makes the process return {@link Step.Sleeping} until {@code now +
 * N}; the caller runs it again then. A loop whose iteration neither sleeps nor changes anything
 * ({@code while true; do echo hi; done}) is detected after one iteration and becomes {@link
 * Step.LongRunning}; a job that runs 100,000 steps without sleeping does too.
 */
public final class Shell {
  private Shell() {}

  /**
   * Parses a command line: {@code command} followed by {@code args}, as the container runtime joins
   * them. A shell script that does not parse gives a script that prints the error and exits with
   * status 2 (see {@link Script#syntaxError()}).
   */
  public static Script parse(List<String> argv) {
    if (argv.isEmpty()) {
      Code code =
          Compiler.of(
              List.of(
                  new Instr.Forever(
                      "the image's own entrypoint is not simulated: treated as a long-running"
                          + " process")));
      return new Script(argv, code, ShellInvocation.plain(argv), null);
    }
    if (ShellInvocation.isShell(FsPaths.name(argv.get(0)))) {
      ShellInvocation si = ShellInvocation.parse(argv);
      if (si.error() != null) {
        Code code = Compiler.of(List.of(new Instr.Fail(si.error(), 2)));
        return new Script(argv, code, si, null);
      }
      if (si.command() != null) {
        try {
          return new Script(argv, Compiler.compile(Parser.parse(si.command())), si, null);
        } catch (SyntaxError e) {
          String message = si.shellName() + ": " + e.getMessage();
          Code code = Compiler.of(List.of(new Instr.Fail(message, 2)));
          return new Script(argv, code, si, message);
        }
      }
    }
    List<Word> words = new ArrayList<>();
    for (String a : argv) {
      words.add(Word.literal(a));
    }
    Node.Simple command = new Node.Simple(List.of(), words, List.of());
    Code code = Compiler.of(List.of(new Instr.Run(command, false)));
    return new Script(argv, code, ShellInvocation.plain(argv), null);
  }

  /** {@code parse(command + args)}, Kubernetes' container {@code command} and {@code args}. */
  public static Script parse(List<String> command, List<String> args) {
    List<String> argv = new ArrayList<>(command);
    argv.addAll(args);
    return parse(argv);
  }

  /**
   * Runs an exec probe or hook command at {@code now}: {@link Step.Exited} with the exit code when
   * it does not sleep; otherwise the first {@link Step.Sleeping} (compare its wake-up time with the
   * probe's timeoutSeconds, or use {@link ShellProcess#runUntil}) or {@link Step.LongRunning}.
   */
  public static Step exec(List<String> argv, ShellContext context, Instant now) {
    return parse(argv).start(context).run(now);
  }
}
