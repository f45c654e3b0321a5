package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.fs.FileSystemView;
import io.kubemu.engine.runtime.fs.FsPaths;
import java.util.ArrayList;
import java.util.List;

/**
 * Shell pattern matching ({@code *}, {@code ?}, {@code [a-z]}, {@code [!x]}; a backslash quotes the
 * next character): for {@code case}, {@code [[ == ]]}, {@code ${x#pattern}} and pathname expansion.
 */
final class Glob {
  private static final String META = "*?[]\\";

  private Glob() {}

  /** Whether {@code pattern} has an unquoted {@code *}, {@code ?} or {@code [...]}. */
  static boolean hasMeta(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?' || (c == '[' && classEnd(pattern, i) > 0)) {
        return true;
      }
    }
    return false;
  }

  /** Quotes every pattern character of a literal. */
  static String escape(String literal) {
    StringBuilder sb = new StringBuilder(literal.length());
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (META.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Removes the quoting backslashes of a pattern. */
  static String unescape(String pattern) {
    StringBuilder sb = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        c = pattern.charAt(++i);
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Whether the whole of {@code text} matches {@code pattern}. */
  static boolean matches(String pattern, String text) {
    int p = 0;
    int s = 0;
    int starP = -1;
    int starS = -1;
    while (s < text.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        starP = p++;
        starS = s;
        continue;
      }
      int next = p < pattern.length() ? matchOne(pattern, p, text.charAt(s)) : -1;
      if (next >= 0) {
        p = next;
        s++;
      } else if (starP >= 0) {
        p = starP + 1;
        s = ++starS;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  /** Matches one non-star pattern element at {@code p} against {@code c}: the next index or -1. */
  private static int matchOne(String pattern, int p, char c) {
    char pc = pattern.charAt(p);
    if (pc == '?') {
      return p + 1;
    }
    if (pc == '\\' && p + 1 < pattern.length()) {
      return pattern.charAt(p + 1) == c ? p + 2 : -1;
    }
    if (pc == '[') {
      int end = classEnd(pattern, p);
      if (end > 0) {
        return classMatches(pattern, p, end, c) ? end + 1 : -1;
      }
    }
    return pc == c ? p + 1 : -1;
  }

  private static int classEnd(String p, int start) {
    int j = start + 1;
    if (j < p.length() && (p.charAt(j) == '!' || p.charAt(j) == '^')) {
      j++;
    }
    if (j < p.length() && p.charAt(j) == ']') {
      j++;
    }
    while (j < p.length() && p.charAt(j) != ']') {
      if (p.charAt(j) == '\\') {
        j++;
      }
      j++;
    }
    return j < p.length() ? j : -1;
  }

  private static boolean classMatches(String p, int start, int end, char c) {
    int j = start + 1;
    boolean negate = p.charAt(j) == '!' || p.charAt(j) == '^';
    if (negate) {
      j++;
    }
    boolean matched = false;
    while (j < end) {
      char lo = p.charAt(j);
      if (lo == '\\' && j + 1 < end) {
        lo = p.charAt(++j);
      }
      if (j + 2 < end && p.charAt(j + 1) == '-') {
        char hi = p.charAt(j + 2);
        matched |= lo <= c && c <= hi;
        j += 3;
      } else {
        matched |= lo == c;
        j++;
      }
    }
    return matched != negate;
  }

  /** {@code ${v#p}} (shortest) or {@code ${v##p}} (longest): removes a matching prefix. */
  static String removePrefix(String value, String pattern, boolean longest) {
    for (int k = 0; k <= value.length(); k++) {
      int i = longest ? value.length() - k : k;
      if (matches(pattern, value.substring(0, i))) {
        return value.substring(i);
      }
    }
    return value;
  }

  /** {@code ${v%p}} (shortest) or {@code ${v%%p}} (longest): removes a matching suffix. */
  static String removeSuffix(String value, String pattern, boolean longest) {
    for (int k = 0; k <= value.length(); k++) {
      int i = longest ? k : value.length() - k;
      if (matches(pattern, value.substring(i))) {
        return value.substring(0, i);
      }
    }
    return value;
  }

  /**
   * Pathname expansion: the existing paths matching {@code pattern} (relative to {@code cwd} when
   * not absolute), sorted, written as the pattern was (relative stays relative). Names starting
   * with a dot only match a pattern segment that starts with a dot. Empty when nothing matches.
   */
  static List<String> expand(FileSystemView fs, String cwd, String pattern) {
    boolean absolute = pattern.startsWith("/");
    List<String[]> current = new ArrayList<>(); // {absolute path, as written}
    current.add(new String[] {absolute ? FsPaths.ROOT : cwd, ""});
    for (String segment : pattern.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      List<String[]> next = new ArrayList<>();
      for (String[] entry : current) {
        if (!fs.isDirectory(entry[0])) {
          continue;
        }
        if (!hasMeta(segment)) {
          String name = unescape(segment);
          String path = FsPaths.join(entry[0], name);
          if (fs.exists(path)) {
            next.add(new String[] {path, written(entry[1], name, absolute)});
          }
          continue;
        }
        for (String name : fs.list(entry[0])) {
          if (name.startsWith(".") && !segment.startsWith(".")) {
            continue;
          }
          if (matches(segment, name)) {
            next.add(
                new String[] {FsPaths.join(entry[0], name), written(entry[1], name, absolute)});
          }
        }
      }
      current = next;
    }
    List<String> result = new ArrayList<>();
    for (String[] entry : current) {
      result.add(entry[1]);
    }
    result.sort(null);
    return result;
  }

  private static String written(String prefix, String name, boolean absolute) {
    return absolute || !prefix.isEmpty() ? prefix + "/" + name : name;
  }
}
