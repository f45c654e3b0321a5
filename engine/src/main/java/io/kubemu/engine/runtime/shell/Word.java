package io.kubemu.engine.runtime.shell;

import java.util.List;

/**
 * A shell word as parsed: a sequence of literal text and expansions, each remembering whether it
 * was quoted (quoted parts are neither split into fields nor globbed).
 */
record Word(List<Part> parts) {

  Word {
    parts = List.copyOf(parts);
  }

  /** One piece of a word. */
  sealed interface Part permits Text, Param, CommandSub, Arith {}

  /** Literal text; {@code quoted} when it came from quotes or a backslash escape. */
  record Text(String text, boolean quoted) implements Part {}

  /**
   * A parameter expansion: {@code $name}, {@code ${name}}, {@code ${name<op>arg}} or {@code
   * ${#name}}.
   *
   * @param name a variable name, a positional parameter's digits or one of {@code ? # @ * $ ! - 0}
   * @param op {@code ""} (plain), {@code :- - := = :+ + :? ? # ## % %%}, {@code len} for {@code
   *     ${#name}}, {@code bad} for forms that are not supported ("bad substitution" when expanded)
   * @param arg the word after the operator, or null
   * @param quoted inside double quotes
   */
  record Param(String name, String op, Word arg, boolean quoted) implements Part {}

  /** A command substitution {@code $(...)} or {@code `...`}. */
  record CommandSub(Node body, boolean quoted) implements Part {}

  /** An arithmetic expansion {@code $((...))}; the expression's own expansions are in the word. */
  record Arith(Word expression, boolean quoted) implements Part {}

  /** A word made of one quoted literal (no expansion, splitting or globbing). */
  static Word literal(String text) {
    return new Word(List.of(new Text(text, true)));
  }

  /** Whether the word is unquoted literal text only (a candidate reserved word or name). */
  boolean isPlain() {
    for (Part p : parts) {
      if (!(p instanceof Text t) || t.quoted()) {
        return false;
      }
    }
    return true;
  }

  /** The literal text of the word, quoting removed; expansions contribute nothing. */
  String literalText() {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      if (p instanceof Text t) {
        sb.append(t.text());
      }
    }
    return sb.toString();
  }

  /** Whether any part was quoted (a here-document delimiter then suppresses expansion). */
  boolean hasQuotedPart() {
    for (Part p : parts) {
      if (!(p instanceof Text t) || t.quoted()) {
        return true;
      }
    }
    return false;
  }
}
