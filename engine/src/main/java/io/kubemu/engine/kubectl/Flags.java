package io.kubemu.engine.kubectl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flags a command accepts and their parsing, as pflag parses kubectl's: {@code --name=value},
 * {@code --name value}, {@code -n value}, {@code -nvalue}, {@code -n=value}, boolean {@code --flag}
 * or {@code --flag=false}, grouped boolean shorthands ({@code -Aw}), flags anywhere among the
 * arguments, and {@code --} ending the flags. Immutable.
 */
final class Flags {

  /**
   * One flag.
   *
   * @param name the long name, without dashes
   * @param shorthand the one-letter name, or null
   * @param takesValue false for boolean flags
   */
  record Flag(String name, String shorthand, boolean takesValue) {}

  /**
   * Parsed arguments.
   *
   * @param positional the words that are not flags, in order
   * @param values every value of every flag given, by long name
   * @param given the flags in the order given, as {@code --name=value} (booleans {@code =true}),
   *     for {@code --record}'s change cause
   */
  record Args(List<String> positional, Map<String, List<String>> values, List<String> given) {

    /** {@return the last value of the flag, or null if it was not given} */
    String value(String name) {
      List<String> v = values.get(name);
      return v == null ? null : v.get(v.size() - 1);
    }

    /** {@return the last value of the flag, or the default} */
    String value(String name, String defaultValue) {
      String v = value(name);
      return v == null ? defaultValue : v;
    }

    /** {@return whether a boolean flag is true} */
    boolean bool(String name) {
      String v = value(name);
      return v != null && v.equals("true");
    }

    /** {@return whether the flag was given} */
    boolean has(String name) {
      return values.containsKey(name);
    }

    /** {@return every value given, comma-separated values split} */
    List<String> list(String name) {
      List<String> out = new ArrayList<>();
      for (String v : values.getOrDefault(name, List.of())) {
        for (String part : v.split(",")) {
          if (!part.isEmpty()) out.add(part);
        }
      }
      return out;
    }
  }

  private final String command;
  private final List<Flag> flags;

  Flags(String command, List<Flag> flags) {
    this.command = command;
    this.flags = List.copyOf(flags);
  }

  static Flag value(String name, String shorthand) {
    return new Flag(name, shorthand, true);
  }

  static Flag bool(String name, String shorthand) {
    return new Flag(name, shorthand, false);
  }

  /**
   * {@return the parsed words}
   *
   * @throws KubectlException for an unknown flag, a missing value or a bad boolean
   */
  Args parse(List<String> words) {
    List<String> positional = new ArrayList<>();
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<String> given = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("--")) {
        positional.addAll(words.subList(i + 1, words.size()));
        break;
      }
      if (w.startsWith("--")) {
        String body = w.substring(2);
        int eq = body.indexOf('=');
        String name = eq < 0 ? body : body.substring(0, eq);
        Flag f = byName(name);
        if (f == null) throw unknown("unknown flag: --" + name);
        String v;
        if (eq >= 0) {
          v = body.substring(eq + 1);
        } else if (f.takesValue()) {
          if (i + 1 >= words.size()) throw flagError("flag needs an argument: --" + name);
          v = words.get(++i);
        } else {
          v = "true";
        }
        put(f, v, values, given);
      } else if (w.startsWith("-") && w.length() > 1) {
        String rest = w.substring(1);
        while (!rest.isEmpty()) {
          String s = rest.substring(0, 1);
          Flag f = byShorthand(s);
          if (f == null) throw unknown("unknown shorthand flag: '" + s + "' in " + w);
          rest = rest.substring(1);
          if (f.takesValue()) {
            String v;
            if (rest.startsWith("=")) {
              v = rest.substring(1);
            } else if (!rest.isEmpty()) {
              v = rest;
            } else {
              if (i + 1 >= words.size()) {
                throw flagError("flag needs an argument: '" + s + "' in -" + s);
              }
              v = words.get(++i);
            }
            put(f, v, values, given);
            rest = "";
          } else if (rest.startsWith("=")) {
            put(f, rest.substring(1), values, given);
            rest = "";
          } else {
            put(f, "true", values, given);
          }
        }
      } else {
        positional.add(w);
      }
    }
    return new Args(positional, values, given);
  }

  private void put(Flag f, String v, Map<String, List<String>> values, List<String> given) {
    if (!f.takesValue()) {
      if (!v.equals("true") && !v.equals("false")) {
        throw flagError(
            "invalid argument \""
                + v
                + "\" for \"--"
                + f.name()
                + "\" flag: strconv.ParseBool:"
                + " parsing \""
                + v
                + "\": invalid syntax");
      }
    }
    values.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(v);
    given.add("--" + f.name() + "=" + v);
  }

  private Flag byName(String name) {
    for (Flag f : flags) {
      if (f.name().equals(name)) return f;
    }
    return null;
  }

  private Flag byShorthand(String s) {
    for (Flag f : flags) {
      if (s.equals(f.shorthand())) return f;
    }
    return null;
  }

  private KubectlException unknown(String what) {
    return flagError(what + "\nSupported flags of \"kubectl " + command + "\": " + describe());
  }

  private KubectlException flagError(String what) {
    return KubectlException.error(what + "\nSee 'kubectl " + command + " --help' for usage.");
  }

  /** {@return the flags as {@code -n, --namespace, --show-labels, ...}} */
  String describe() {
    List<String> out = new ArrayList<>();
    for (Flag f : flags) {
      out.add(f.shorthand() == null ? "--" + f.name() : "-" + f.shorthand() + "|--" + f.name());
    }
    return String.join(", ", out);
  }
}
