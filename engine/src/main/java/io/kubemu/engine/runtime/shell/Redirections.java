package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.fs.FsException;
import io.kubemu.engine.runtime.fs.FsPaths;
import java.util.List;

/**
 * Applies redirections to a command's {@link Fds}. An output file is created or truncated when the
 * redirection is applied; an input file is read then. {@code /dev/null}, {@code /dev/stdout},
 * {@code /dev/stderr}, {@code /proc/self/fd/N} and {@code /proc/1/fd/N} (the container's log) are
 * special.
 */
final class Redirections {
  private final Interpreter shell;

  Redirections(Interpreter shell) {
    this.shell = shell;
  }

  /** A redirection that cannot be applied; the message follows the shell's name. */
  static final class RedirectError extends Exception {
    private static final long serialVersionUID = 1L;

    RedirectError(String message) {
      super(message);
    }
  }

  Fds apply(Frame f, Fds base, List<Node.Redirect> redirects) throws RedirectError, ExpansionError {
    Fds fds = base;
    if (redirects.isEmpty()) {
      return fds;
    }
    Expander ex = new Expander(shell, f);
    for (Node.Redirect r : redirects) {
      switch (r.kind()) {
        case OUT, APPEND ->
            fds =
                fds.with(
                    r.fd(),
                    openOut(f, fds, ex.string(r.target()), r.kind() == Node.RedirectKind.APPEND));
        case BOTH, BOTH_APPEND -> {
          Fds.Target t =
              openOut(f, fds, ex.string(r.target()), r.kind() == Node.RedirectKind.BOTH_APPEND);
          fds = fds.with(1, t).with(2, t);
        }
        case IN, READ_WRITE ->
            fds =
                fds.with(
                    r.fd(),
                    openIn(
                        f, fds, ex.string(r.target()), r.kind() == Node.RedirectKind.READ_WRITE));
        case DUP_OUT, DUP_IN -> {
          String target = ex.string(r.target());
          if (target.equals("-")) {
            fds = fds.with(r.fd(), Fds.Closed.INSTANCE);
          } else if (target.matches("[0-9]")) {
            fds = fds.with(r.fd(), fds.get(Integer.parseInt(target)));
          } else {
            throw new RedirectError(target + ": ambiguous redirect");
          }
        }
        case HEREDOC -> fds = fds.with(r.fd(), new Fds.Input(ex.string(r.target())));
        case HERESTRING -> fds = fds.with(r.fd(), new Fds.Input(ex.string(r.target()) + "\n"));
      }
    }
    return fds;
  }

  private Fds.Target openOut(Frame f, Fds fds, String target, boolean append) throws RedirectError {
    switch (target) {
      case "/dev/null":
        return Fds.Discard.INSTANCE;
      case "/dev/stdout":
      case "/proc/self/fd/1":
        return fds.get(1);
      case "/dev/stderr":
      case "/proc/self/fd/2":
        return fds.get(2);
      case "/proc/1/fd/1":
        return Fds.Std.STDOUT;
      case "/proc/1/fd/2":
        return Fds.Std.STDERR;
      default:
        break;
    }
    if (target.isEmpty()) {
      throw new RedirectError(": No such file or directory");
    }
    String path = FsPaths.resolve(f.state.cwd, target);
    try {
      if (shell.fs.isDirectory(path)) {
        throw new RedirectError(target + ": Is a directory");
      }
      if (append) {
        shell.fs.append(path, new byte[0]);
      } else {
        shell.fs.write(path, new byte[0]);
      }
    } catch (FsException e) {
      throw new RedirectError(target + ": " + e.errno().text());
    }
    return new Fds.FileOut(path);
  }

  private Fds.Target openIn(Frame f, Fds fds, String target, boolean create) throws RedirectError {
    if (target.equals("/dev/null")) {
      return new Fds.Input("");
    }
    if (target.equals("/dev/stdin")) {
      return fds.get(0);
    }
    String path = FsPaths.resolve(f.state.cwd, target);
    try {
      if (create && !shell.fs.exists(path)) {
        shell.fs.write(path, new byte[0]);
      }
      if (shell.fs.isDirectory(path)) {
        return new Fds.Input("");
      }
      shell.progress++;
      return new Fds.Input(shell.fs.readString(path));
    } catch (FsException e) {
      throw new RedirectError(target + ": " + e.errno().text());
    }
  }
}
