package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.fs.FileSystemView;
import io.kubemu.engine.runtime.fs.FsException;
import io.kubemu.engine.runtime.fs.FsPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * File commands with GNU coreutils' options and messages: {@code touch mkdir rmdir rm cat ls cp mv
 * chmod chown chgrp}. Ownership and modes are not simulated ({@code chmod} only checks that the
 * file exists); {@code ls -l} shows fixed modes, owner {@code root} and the epoch as time.
 */
final class FileBuiltins {
  private FileBuiltins() {}

  static void register(Map<String, Builtin> m) {
    m.put("touch", FileBuiltins::touch);
    m.put("mkdir", FileBuiltins::mkdir);
    m.put("rmdir", FileBuiltins::rmdir);
    m.put("rm", FileBuiltins::rm);
    m.put("cat", FileBuiltins::cat);
    m.put("ls", FileBuiltins::ls);
    m.put("cp", inv -> copy(inv, false));
    m.put("mv", inv -> copy(inv, true));
    m.put("chmod", FileBuiltins::chmod);
    m.put("chown", FileBuiltins::chmod);
    m.put("chgrp", FileBuiltins::chmod);
  }

  /** Options ({@code -x}, {@code --xx}) before {@code --}, as one string of letters. */
  private static String flags(List<String> args) {
    StringBuilder sb = new StringBuilder();
    for (String a : args) {
      if (a.equals("--")) {
        break;
      }
      if (a.startsWith("--")) {
        sb.append(
            switch (a) {
              case "--recursive" -> "r";
              case "--force" -> "f";
              case "--parents" -> "p";
              case "--all" -> "a";
              default -> "";
            });
      } else if (a.startsWith("-") && a.length() > 1) {
        sb.append(a.substring(1));
      }
    }
    return sb.toString();
  }

  /** The operands: arguments that are not options ({@code -} alone is an operand). */
  private static List<String> operands(List<String> args) {
    List<String> out = new ArrayList<>();
    boolean options = true;
    for (String a : args) {
      if (options && a.equals("--")) {
        options = false;
      } else if (!options || !a.startsWith("-") || a.equals("-")) {
        out.add(a);
      }
    }
    return out;
  }

  private static Outcome missing(Invocation inv, String what) {
    return inv.fail(
        1,
        inv.name()
            + ": missing "
            + what
            + "\nTry '"
            + inv.name()
            + " --help' for more information.");
  }

  private static Outcome touch(Invocation inv) {
    List<String> files = operands(inv.args());
    if (files.isEmpty()) {
      return missing(inv, "file operand");
    }
    boolean noCreate = flags(inv.args()).contains("c");
    int status = 0;
    for (String f : files) {
      String path = inv.resolve(f);
      if (inv.fs().exists(path) || noCreate) {
        continue;
      }
      try {
        inv.fs().write(path, new byte[0]);
      } catch (FsException e) {
        inv.err("touch: cannot touch '" + f + "': " + e.errno().text() + "\n");
        status = 1;
      }
    }
    return Outcome.status(status);
  }

  private static Outcome mkdir(Invocation inv) {
    List<String> args = new ArrayList<>(inv.args());
    int m = args.indexOf("-m");
    if (m >= 0 && m + 1 < args.size()) {
      args.remove(m + 1);
    }
    List<String> dirs = operands(args);
    if (dirs.isEmpty()) {
      return missing(inv, "operand");
    }
    boolean parents = flags(args).contains("p");
    int status = 0;
    for (String d : dirs) {
      try {
        if (parents) {
          inv.fs().createDirectories(inv.resolve(d));
        } else {
          inv.fs().createDirectory(inv.resolve(d));
        }
      } catch (FsException e) {
        inv.err("mkdir: cannot create directory '" + d + "': " + e.errno().text() + "\n");
        status = 1;
      }
    }
    return Outcome.status(status);
  }

  private static Outcome rmdir(Invocation inv) {
    List<String> dirs = operands(inv.args());
    if (dirs.isEmpty()) {
      return missing(inv, "operand");
    }
    int status = 0;
    for (String d : dirs) {
      String path = inv.resolve(d);
      try {
        if (inv.fs().isFile(path)) {
          throw new FsException(FsException.Errno.ENOTDIR, path);
        }
        inv.fs().delete(path, false);
      } catch (FsException e) {
        inv.err("rmdir: failed to remove '" + d + "': " + e.errno().text() + "\n");
        status = 1;
      }
    }
    return Outcome.status(status);
  }

  private static Outcome rm(Invocation inv) {
    String flags = flags(inv.args());
    boolean force = flags.contains("f");
    boolean recursive = flags.contains("r") || flags.contains("R");
    List<String> files = operands(inv.args());
    if (files.isEmpty()) {
      return force ? Outcome.OK : missing(inv, "operand");
    }
    int status = 0;
    for (String f : files) {
      String path = inv.resolve(f);
      if (!inv.fs().exists(path)) {
        if (!force) {
          inv.err("rm: cannot remove '" + f + "': No such file or directory\n");
          status = 1;
        }
        continue;
      }
      if (inv.fs().isDirectory(path) && !recursive) {
        inv.err("rm: cannot remove '" + f + "': Is a directory\n");
        status = 1;
        continue;
      }
      if (path.equals(FsPaths.ROOT)) {
        inv.err(
            "rm: it is dangerous to operate recursively on '/'\n"
                + "rm: use --no-preserve-root to override this failsafe\n");
        status = 1;
        continue;
      }
      try {
        inv.fs().delete(path, recursive);
      } catch (FsException e) {
        inv.err("rm: cannot remove '" + f + "': " + e.errno().text() + "\n");
        status = 1;
      }
    }
    return Outcome.status(status);
  }

  private static Outcome cat(Invocation inv) {
    List<String> files = operands(inv.args());
    if (files.isEmpty()) {
      files = List.of("-");
    }
    int status = 0;
    for (String f : files) {
      if (f.equals("-")) {
        inv.shell.progress++;
        inv.out(inv.io.readAll());
        continue;
      }
      String path = inv.resolve(f);
      FileSystemView fs = inv.fs();
      if (fs.isDirectory(path)) {
        inv.err("cat: " + f + ": Is a directory\n");
        status = 1;
      } else if (!fs.isFile(path)) {
        inv.err("cat: " + f + ": No such file or directory\n");
        status = 1;
      } else {
        inv.out(fs.readString(path));
      }
    }
    return Outcome.status(status);
  }

  private static Outcome ls(Invocation inv) {
    String flags = flags(inv.args());
    boolean all = flags.contains("a");
    boolean almostAll = flags.contains("A");
    boolean longFormat = flags.contains("l");
    boolean dirItself = flags.contains("d");
    List<String> operands = operands(inv.args());
    if (operands.isEmpty()) {
      operands = List.of(".");
    }
    FileSystemView fs = inv.fs();
    int status = 0;
    List<String> files = new ArrayList<>();
    List<String> dirs = new ArrayList<>();
    for (String o : operands) {
      String path = inv.resolve(o);
      if (!fs.exists(path)) {
        inv.err("ls: cannot access '" + o + "': No such file or directory\n");
        status = 2;
      } else if (fs.isDirectory(path) && !dirItself) {
        dirs.add(o);
      } else {
        files.add(o);
      }
    }
    files.sort(null);
    dirs.sort(null);
    StringBuilder out = new StringBuilder();
    for (String f : files) {
      out.append(entry(fs, inv.resolve(f), f, longFormat));
    }
    boolean headers = operands.size() > 1;
    for (String d : dirs) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (headers) {
        out.append(d).append(":\n");
      }
      String path = inv.resolve(d);
      List<String> names = new ArrayList<>();
      if (all) {
        names.add(".");
        names.add("..");
      }
      for (String name : fs.list(path)) {
        if (!name.startsWith(".") || all || almostAll) {
          names.add(name);
        }
      }
      if (longFormat) {
        out.append("total ").append(names.size() * 4L).append('\n');
      }
      for (String name : names) {
        out.append(entry(fs, FsPaths.join(path, name), name, longFormat));
      }
    }
    inv.out(out.toString());
    return Outcome.status(status);
  }

  private static String entry(FileSystemView fs, String path, String shown, boolean longFormat) {
    if (!longFormat) {
      return shown + "\n";
    }
    boolean dir = fs.isDirectory(path);
    return String.format(
        "%s %d root root %d Jan  1  1970 %s%n",
        dir ? "drwxr-xr-x" : "-rw-r--r--", dir ? 2 : 1, fs.size(path), shown);
  }

  /** {@code cp [-r] src... dest} and {@code mv src... dest}. */
  private static Outcome copy(Invocation inv, boolean move) {
    String flags = flags(inv.args());
    boolean recursive = move || flags.contains("r") || flags.contains("R") || flags.contains("a");
    List<String> operands = operands(inv.args());
    String name = inv.name();
    if (operands.size() < 2) {
      if (operands.isEmpty()) {
        return missing(inv, "file operand");
      }
      return inv.fail(
          1,
          name
              + ": missing destination file operand after '"
              + operands.get(0)
              + "'\nTry '"
              + name
              + " --help' for more information.");
    }
    FileSystemView fs = inv.fs();
    String destArg = operands.get(operands.size() - 1);
    String dest = inv.resolve(destArg);
    List<String> sources = operands.subList(0, operands.size() - 1);
    if (sources.size() > 1 && !fs.isDirectory(dest)) {
      return inv.fail(1, name + ": target '" + destArg + "' is not a directory");
    }
    int status = 0;
    for (String s : sources) {
      String src = inv.resolve(s);
      if (!fs.exists(src)) {
        inv.err(name + ": cannot stat '" + s + "': No such file or directory\n");
        status = 1;
        continue;
      }
      if (fs.isDirectory(src) && !recursive) {
        inv.err(name + ": -r not specified; omitting directory '" + s + "'\n");
        status = 1;
        continue;
      }
      String target = fs.isDirectory(dest) ? FsPaths.join(dest, FsPaths.name(src)) : dest;
      if (!target.equals(src) && fs.isDirectory(src) && FsPaths.isAtOrUnder(target, src)) {
        inv.err(name + ": cannot copy a directory, '" + s + "', into itself, '" + destArg + "'\n");
        status = 1;
        continue;
      }
      if (target.equals(src)) {
        inv.err(name + ": '" + s + "' and '" + destArg + "' are the same file\n");
        status = 1;
        continue;
      }
      try {
        copyTree(fs, src, target);
        if (move) {
          fs.delete(src, true);
        }
      } catch (FsException e) {
        inv.err(name + ": cannot create '" + destArg + "': " + e.errno().text() + "\n");
        status = 1;
      }
    }
    return Outcome.status(status);
  }

  private static void copyTree(FileSystemView fs, String src, String target) {
    if (fs.isFile(src)) {
      fs.write(target, fs.read(src));
      return;
    }
    fs.createDirectories(target);
    for (String child : fs.list(src)) {
      copyTree(fs, FsPaths.join(src, child), FsPaths.join(target, child));
    }
  }

  /** {@code chmod/chown/chgrp MODE file...}: modes and owners are not kept; files must exist. */
  private static Outcome chmod(Invocation inv) {
    List<String> operands = operands(inv.args());
    if (operands.size() < 2) {
      return missing(inv, "operand");
    }
    int status = 0;
    for (String f : operands.subList(1, operands.size())) {
      if (!inv.fs().exists(inv.resolve(f))) {
        inv.err(inv.name() + ": cannot access '" + f + "': No such file or directory\n");
        status = 1;
      }
    }
    return Outcome.status(status);
  }
}
