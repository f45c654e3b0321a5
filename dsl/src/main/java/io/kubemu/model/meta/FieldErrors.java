package io.kubemu.model.meta;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Kubernetes' field error texts (upstream {@code field.Error.Error()} and {@code
 * ErrorList.ToAggregate().Error()}), with Go's quoting of the bad value.
 */
final class FieldErrors {
  private FieldErrors() {}

  /** {@code <path>: Invalid value: <value>: <detail>}, the value already in Go syntax. */
  static String invalid(String path, String goValue, String detail) {
    return path + ": Invalid value: " + goValue + (detail.isEmpty() ? "" : ": " + detail);
  }

  /** One message as it is; several, de-duplicated, as {@code [a, b]}. */
  static String aggregate(List<String> messages) {
    Set<String> seen = new LinkedHashSet<>(messages);
    if (seen.size() == 1) {
      return seen.iterator().next();
    }
    return "[" + String.join(", ", seen) + "]";
  }

  /** Go's {@code %#v} of a {@code []string}; {@code null} prints as {@code []string(nil)}. */
  static String stringSlice(List<String> values) {
    if (values == null) {
      return "[]string(nil)";
    }
    StringBuilder b = new StringBuilder("[]string{");
    for (int i = 0; i < values.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
    }
    return b.append('}').toString();
  }

  /** Go's strconv.Quote: printable characters kept, the rest escaped. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case 0x07 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 0x0b -> b.append("\\v");
                default -> {
                  if (c == ' ' || printable(c)) {
                    b.appendCodePoint(c);
                  } else if (c < 0x80) {
                    b.append(String.format("\\x%02x", c));
                  } else if (c < 0x10000) {
                    b.append(String.format("\\u%04x", c));
                  } else {
                    b.append(String.format("\\U%08x", c));
                  }
                }
              }
            });
    return b.append('"').toString();
  }

  private static boolean printable(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.UNASSIGNED,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
