package io.kubemu.model.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A field selector (upstream {@code fields.Selector}) as {@code kubectl --field-selector} takes it:
 * terms {@code field=value}, {@code field==value} or {@code field!=value} joined by ','; in a
 * value, {@code \,} {@code \=} and {@code \\} escape those characters. All terms must hold. Which
 * fields a kind supports is the API server's business; this only parses and matches. An empty
 * string selects everything. Immutable and thread-safe.
 */
public final class FieldSelector {

  /** A term's operator: {@code =} (also written {@code ==}) or {@code !=}. */
  public enum Operator {
    EQUALS("="),
    NOT_EQUALS("!=");

    private final String value;

    Operator(String value) {
      this.value = value;
    }

    /** {@return the operator as printed} */
    public String value() {
      return value;
    }
  }

  /**
   * One condition on one field (upstream {@code hasTerm}/{@code notHasTerm}).
   *
   * @param field the field path, e.g. {@code metadata.name}
   * @param operator equals or not-equals
   * @param value the literal value, unescaped
   */
  public record Term(String field, Operator operator, String value) {
    public Term {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(value, "value");
    }

    /** {@return whether the field's value satisfies this term; a missing field reads as ""} */
    public boolean matches(Function<String, String> fieldValue) {
      String actual = fieldValue.apply(field);
      boolean equal = value.equals(actual == null ? "" : actual);
      return operator == Operator.EQUALS ? equal : !equal;
    }

    /** {@return {@code field=value} or {@code field!=value}, the value escaped} */
    @Override
    public String toString() {
      return field + operator.value + escapeValue(value);
    }
  }

  private static final FieldSelector EVERYTHING = new FieldSelector(List.of());
  private static final String[] TERM_OPERATORS = {"!=", "==", "="};

  private final List<Term> terms;

  private FieldSelector(List<Term> terms) {
    this.terms = terms;
  }

  /** {@return the selector that matches everything} (upstream {@code fields.Everything}) */
  public static FieldSelector everything() {
    return EVERYTHING;
  }

  /**
   * {@return a selector of one {@code field=value} term} (upstream {@code OneTermEqualSelector})
   */
  public static FieldSelector of(String field, String value) {
    return new FieldSelector(List.of(new Term(field, Operator.EQUALS, value)));
  }

  /**
   * Parses a field selector (upstream {@code fields.ParseSelector}). Terms are kept in sorted order
   * of their text; a term with an empty field and an empty value ({@code =}) is dropped.
   *
   * @throws IllegalArgumentException with Kubernetes' message, e.g. {@code invalid selector: 'x';
   *     can't understand 'x'}
   */
  public static FieldSelector parse(String selector) {
    Objects.requireNonNull(selector, "selector");
    List<String> parts = splitTerms(selector);
    Collections.sort(parts);
    List<Term> terms = new ArrayList<>();
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      String[] split = splitTerm(part);
      if (split == null) {
        throw new IllegalArgumentException(
            "invalid selector: '" + selector + "'; can't understand '" + part + "'");
      }
      String field = split[0];
      String value = unescapeValue(split[2]);
      if (field.isEmpty() && value.isEmpty()) {
        continue; // upstream Transform skips a requirement whose field and value are both empty
      }
      Operator op = split[1].equals("!=") ? Operator.NOT_EQUALS : Operator.EQUALS;
      terms.add(new Term(field, op, value));
    }
    return terms.isEmpty() ? EVERYTHING : new FieldSelector(List.copyOf(terms));
  }

  /** {@return the terms, in parse order} */
  public List<Term> terms() {
    return terms;
  }

  /** {@return whether this selector does not restrict the selection} (upstream {@code Empty}) */
  public boolean empty() {
    return terms.isEmpty();
  }

  /**
   * {@return whether every term holds}, reading each field's value through {@code fieldValue}
   * (which returns null or "" for a field the object does not have)
   */
  public boolean matches(Function<String, String> fieldValue) {
    for (Term t : terms) {
      if (!t.matches(fieldValue)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the value an equality term requires of {@code field}, if any} (upstream {@code
   * RequiresExactMatch})
   */
  public Optional<String> requiresExactMatch(String field) {
    for (Term t : terms) {
      if (t.operator == Operator.EQUALS && t.field.equals(field)) {
        return Optional.of(t.value);
      }
    }
    return Optional.empty();
  }

  /** {@return the terms joined by ','} (upstream {@code String}) */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>(terms.size());
    for (Term t : terms) {
      parts.add(t.toString());
    }
    return String.join(",", parts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldSelector f && terms.equals(f.terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  /** {@return {@code s} with \ , and = escaped by a backslash} (upstream {@code EscapeValue}) */
  public static String escapeValue(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == ',' || c == '=') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * {@return the literal value of an escaped field-selector value} (upstream {@code UnescapeValue})
   *
   * @throws IllegalArgumentException on an unknown escape ({@code invalid field selector: invalid
   *     escape sequence: \a}) or an unescaped ',' or '=' ({@code invalid field selector: unescaped
   *     character in value: 61})
   */
  public static String unescapeValue(String s) {
    StringBuilder v = new StringBuilder(s.length());
    boolean inSlash = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (inSlash) {
        if (c == '\\' || c == ',' || c == '=') {
          v.appendCodePoint(c); // omit the \ for recognized escape sequences
        } else {
          throw new IllegalArgumentException(
              "invalid field selector: invalid escape sequence: \\" + Character.toString(c));
        }
        inSlash = false;
        continue;
      }
      switch (c) {
        case '\\' -> inSlash = true;
        case ',', '=' ->
            throw new IllegalArgumentException(
                "invalid field selector: unescaped character in value: " + c);
        default -> v.appendCodePoint(c);
      }
    }
    if (inSlash) {
      throw new IllegalArgumentException("invalid field selector: invalid escape sequence: \\");
    }
    return v.toString();
  }

  // upstream splitTerms: split on ',' not preceded by an escaping backslash
  static List<String> splitTerms(String selector) {
    List<String> terms = new ArrayList<>();
    if (selector.isEmpty()) {
      return terms;
    }
    int start = 0;
    boolean inSlash = false;
    for (int i = 0; i < selector.length(); i++) {
      char c = selector.charAt(i);
      if (inSlash) {
        inSlash = false;
      } else if (c == '\\') {
        inSlash = true;
      } else if (c == ',') {
        terms.add(selector.substring(start, i));
        start = i + 1;
      }
    }
    terms.add(selector.substring(start));
    return terms;
  }

  // upstream splitTerm: the first operator occurrence splits; != and == win over =
  static String[] splitTerm(String term) {
    for (int i = 0; i < term.length(); i++) {
      for (String op : TERM_OPERATORS) {
        if (term.startsWith(op, i)) {
          return new String[] {term.substring(0, i), op, term.substring(i + op.length())};
        }
      }
    }
    return null;
  }
}
