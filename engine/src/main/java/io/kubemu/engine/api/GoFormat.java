package io.kubemu.engine.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Go's value formatting where Kubernetes messages use it: {@code strconv.Quote} ({@code %q}) and
 * the {@code %v}/{@code %#v} forms field.Error prints bad values with. Stateless, thread-safe.
 */
public final class GoFormat {
  private GoFormat() {}

  /** {@return {@code s} quoted as Go's strconv.Quote does: {@code "a\"b"}} */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case 0x07 -> sb.append("\\a");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case 0x0B -> sb.append("\\v");
        default -> {
          if (isPrintable(cp)) sb.appendCodePoint(cp);
          else if (cp < 0x80) sb.append(String.format("\\x%02x", cp));
          else if (cp < 0x10000) sb.append(String.format("\\u%04x", cp));
          else sb.append(String.format("\\U%08x", cp));
        }
      }
    }
    return sb.append('"').toString();
  }

  private static boolean isPrintable(int cp) {
    if (cp < 0x20 || cp == 0x7F) return false;
    if (cp < 0x80) return true;
    int type = Character.getType(cp);
    return Character.isDefined(cp)
        && type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.PRIVATE_USE
        && type != Character.UNASSIGNED
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && (type != Character.SPACE_SEPARATOR || cp == ' ');
  }

  /**
   * {@return a bad value as field.Error.ErrorBody prints it}: null as {@code null}, numbers and
   * booleans plain, strings quoted, string maps and lists as Go's {@code %#v} ({@code
   * map[string]string{"app":"web"}}, {@code []string{"a", "b"}}), anything else by toString (Go's
   * Stringer).
   */
  public static String value(Object value) {
    if (value == null) return "null";
    if (value instanceof String s) return quote(s);
    if (value instanceof Number || value instanceof Boolean) return String.valueOf(value);
    if (value instanceof Map<?, ?> map && allStrings(map.keySet()) && allStrings(map.values())) {
      return goStringMap(map);
    }
    if (value instanceof Collection<?> c && allStrings(c)) return goStringSlice(c);
    return String.valueOf(value);
  }

  /** {@return Go's {@code %#v} of a map[string]string: keys sorted, as fmt prints maps} */
  public static String goStringMap(Map<?, ?> map) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
      parts.add(quote((String) e.getKey()) + ":" + quote((String) e.getValue()));
    }
    return "map[string]string{" + String.join(", ", parts) + "}";
  }

  /** {@return Go's {@code %#v} of a []string} */
  public static String goStringSlice(Collection<?> list) {
    List<String> parts = new ArrayList<>();
    for (Object o : list) parts.add(quote((String) o));
    return "[]string{" + String.join(", ", parts) + "}";
  }

  private static boolean allStrings(Collection<?> c) {
    for (Object o : c) if (!(o instanceof String)) return false;
    return true;
  }
}
