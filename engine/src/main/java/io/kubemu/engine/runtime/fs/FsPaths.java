package io.kubemu.engine.runtime.fs;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Path arithmetic for the simulated filesystem. Paths are Unix paths: {@code /} separated, absolute
 * once normalised, never ending in {@code /} (except the root {@code /} itself).
 */
public final class FsPaths {
  /** The root directory. */
  public static final String ROOT = "/";

  private FsPaths() {}

  /**
   * Resolves {@code path} against {@code cwd} (when relative) and normalises it: repeated slashes,
   * {@code .} and {@code ..} are removed ({@code ..} at the root stays at the root, as on Linux).
   *
   * @param path the path as written, absolute or relative; empty means {@code cwd}
   * @param cwd an absolute directory, used when {@code path} is relative
   * @return the absolute normalised path
   */
  public static String resolve(String cwd, String path) {
    if (path.startsWith("/")) {
      return normalize(path);
    }
    return normalize(cwd + "/" + path);
  }

  /** Normalises a path; a relative path is taken relative to the root. */
  public static String normalize(String path) {
    if (isNormal(path)) {
      return path;
    }
    Deque<String> parts = new ArrayDeque<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      int j = path.indexOf('/', i);
      if (j < 0) {
        j = n;
      }
      String part = path.substring(i, j);
      if (part.equals("..")) {
        parts.pollLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
      i = j + 1;
    }
    if (parts.isEmpty()) {
      return ROOT;
    }
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      sb.append('/').append(part);
    }
    return sb.toString();
  }

  /** Whether {@code path} is already absolute and normal (the common case: no copy needed). */
  private static boolean isNormal(String path) {
    int n = path.length();
    if (n == 0 || path.charAt(0) != '/') {
      return false;
    }
    if (n == 1) {
      return true;
    }
    if (path.charAt(n - 1) == '/') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (path.charAt(i) == '/') {
        // a component starting here must not be empty, "." or ".."
        int next = i + 1 < n ? path.charAt(i + 1) : '/';
        if (next == '/') {
          return false;
        }
        if (next == '.') {
          int after = i + 2 < n ? path.charAt(i + 2) : '/';
          if (after == '/' || (after == '.' && (i + 3 >= n || path.charAt(i + 3) == '/'))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The parent of a normalised absolute path; the root's parent is the root. */
  public static String parent(String path) {
    int i = path.lastIndexOf('/');
    return i <= 0 ? ROOT : path.substring(0, i);
  }

  /** The last name of a path ({@code basename}); the root's name is {@code /}. */
  public static String name(String path) {
    if (path.equals(ROOT)) {
      return ROOT;
    }
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** Joins a normalised absolute directory and a relative path, normalising the result. */
  public static String join(String dir, String relative) {
    return relative.isEmpty() ? dir : normalize(dir + "/" + relative);
  }

  /** Whether {@code path} is {@code ancestor} itself or lies below it (both normalised). */
  public static boolean isAtOrUnder(String path, String ancestor) {
    if (ancestor.equals(ROOT)) {
      return true;
    }
    return path.equals(ancestor)
        || (path.startsWith(ancestor) && path.charAt(ancestor.length()) == '/');
  }

  /**
   * The part of {@code path} below {@code ancestor}, without a leading slash ({@code ""} when they
   * are equal). Requires {@link #isAtOrUnder}.
   */
  public static String relativize(String ancestor, String path) {
    if (path.equals(ancestor)) {
      return "";
    }
    return ancestor.equals(ROOT) ? path.substring(1) : path.substring(ancestor.length() + 1);
  }
}
