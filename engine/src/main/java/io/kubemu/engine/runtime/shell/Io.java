package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.fs.FsException;

/** A command's streams over its {@link Fds}. */
final class Io {
  final Fds fds;
  private final Interpreter shell;

  Io(Interpreter shell, Fds fds) {
    this.shell = shell;
    this.fds = fds;
  }

  void out(String text) {
    write(1, text);
  }

  void err(String text) {
    write(2, text);
  }

  void write(int fd, String text) {
    if (text.isEmpty()) {
      return;
    }
    Fds.Target target = fds.get(fd);
    if (target instanceof Fds.Std std) {
      LogLine.Stream stream = std == Fds.Std.STDOUT ? LogLine.Stream.STDOUT : LogLine.Stream.STDERR;
      shell.output.write(stream, text, shell.time);
    } else if (target instanceof Fds.FileOut f) {
      try {
        shell.fs.append(f.path(), text);
      } catch (FsException e) {
        // the file or its directory went away since it was opened: the bytes are lost
      }
    } else if (target instanceof Fds.Buffer b) {
      b.text().append(text);
    }
  }

  /** The rest of stdin ({@code ""} when it is not readable). */
  String readAll() {
    return fds.get(0) instanceof Fds.Input in ? in.readAll() : "";
  }

  /** The next line of stdin, or null at its end. */
  String readLine() {
    return fds.get(0) instanceof Fds.Input in ? in.readLine() : null;
  }
}
