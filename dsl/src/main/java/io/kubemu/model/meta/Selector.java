package io.kubemu.model.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A label query in its internal form (upstream {@code labels.Selector}): a list of requirements
 * that must all hold, kept sorted by key. Built by {@link #parse(String)} from what {@code kubectl
 * -l} takes, by {@link #from(LabelSelector)} from an API object's selector, or by {@link
 * #fromSet(Map)}. {@link #toString()} is upstream's canonical form, which kubectl prints in the
 * SELECTOR column. {@link #everything()} matches every label set, {@link #nothing()} none.
 * Immutable and thread-safe.
 */
public final class Selector {

  /** A requirement's operator (upstream {@code selection.Operator}), with its string form. */
  public enum Operator {
    IN("in"),
    NOT_IN("notin"),
    EQUALS("="),
    DOUBLE_EQUALS("=="),
    NOT_EQUALS("!="),
    GREATER_THAN("gt"),
    LESS_THAN("lt"),
    EXISTS("exists"),
    DOES_NOT_EXIST("!");

    private final String value;

    Operator(String value) {
      this.value = value;
    }

    /**
     * {@return the operator as upstream spells it: {@code in}, {@code =}, {@code gt}, {@code !}}
     */
    public String value() {
      return value;
    }
  }

  /**
   * One condition on one label (upstream {@code labels.Requirement}). The canonical constructor
   * does not validate; {@link #of} does.
   *
   * @param key the label key
   * @param operator how the label relates to the values
   * @param values the values, in the order given (printed sorted)
   */
  public record Requirement(String key, Operator operator, List<String> values) {
    public Requirement {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(operator, "operator");
      values = values == null ? List.of() : List.copyOf(values);
    }

    /**
     * A validated requirement (upstream {@code NewRequirement}): In/NotIn need values, =/==/!=
     * exactly one, Exists/DoesNotExist none, Gt/Lt one integer; key and values must have label
     * syntax.
     *
     * @throws IllegalArgumentException with Kubernetes' field errors, e.g. {@code values: Invalid
     *     value: []string{}: for 'in', 'notin' operators, values set can't be empty}
     */
    public static Requirement of(String key, Operator operator, List<String> values) {
      return newRequirement(key, operator, values == null ? List.of() : values, false);
    }

    /**
     * {@return whether the labels satisfy this requirement} (upstream {@code Requirement.Matches}):
     * NotIn and != also match when the label is absent; Gt/Lt compare integers and never match a
     * missing or non-integer label.
     */
    public boolean matches(Map<String, String> labels) {
      String value = labels == null ? null : labels.get(key);
      boolean has = labels != null && labels.containsKey(key);
      switch (operator) {
        case IN, EQUALS, DOUBLE_EQUALS:
          return has && values.contains(value);
        case NOT_IN, NOT_EQUALS:
          return !has || !values.contains(value);
        case EXISTS:
          return has;
        case DOES_NOT_EXIST:
          return !has;
        case GREATER_THAN, LESS_THAN:
          if (!has || values.size() != 1) {
            return false;
          }
          Long labelValue = parseInt64(value);
          Long bound = parseInt64(values.get(0));
          if (labelValue == null || bound == null) {
            return false;
          }
          return operator == Operator.GREATER_THAN ? labelValue > bound : labelValue < bound;
        default:
          return false;
      }
    }

    /**
     * {@return the requirement as upstream prints it: {@code x in (a,b)}, {@code !y}, {@code z>1}}
     */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      if (operator == Operator.DOES_NOT_EXIST) {
        b.append('!');
      }
      b.append(key);
      switch (operator) {
        case EQUALS -> b.append('=');
        case DOUBLE_EQUALS -> b.append("==");
        case NOT_EQUALS -> b.append("!=");
        case IN -> b.append(" in ");
        case NOT_IN -> b.append(" notin ");
        case GREATER_THAN -> b.append('>');
        case LESS_THAN -> b.append('<');
        case EXISTS, DOES_NOT_EXIST -> {
          return b.toString();
        }
      }
      boolean set = operator == Operator.IN || operator == Operator.NOT_IN;
      if (set) {
        b.append('(');
      }
      if (values.size() == 1) {
        b.append(values.get(0));
      } else {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        b.append(String.join(",", sorted));
      }
      if (set) {
        b.append(')');
      }
      return b.toString();
    }
  }

  private static final Selector EVERYTHING = new Selector(List.of(), false);
  private static final Selector NOTHING = new Selector(List.of(), true);

  private final List<Requirement> requirements;
  private final boolean nothing;

  private Selector(List<Requirement> requirements, boolean nothing) {
    this.requirements = requirements;
    this.nothing = nothing;
  }

  /** {@return the selector that matches every label set} (upstream {@code labels.Everything}) */
  public static Selector everything() {
    return EVERYTHING;
  }

  /** {@return the selector that matches no label set} (upstream {@code labels.Nothing}) */
  public static Selector nothing() {
    return NOTHING;
  }

  /**
   * Parses a selector string as {@code kubectl -l} takes it (upstream {@code labels.Parse}): {@code
   * app=nginx,tier!=db,env in (a,b),!canary,x}, also {@code ==}, {@code notin}, {@code >} and
   * {@code <}. An empty string selects everything.
   *
   * @throws IllegalArgumentException with Kubernetes' message, e.g. {@code unable to parse
   *     requirement: values[0]: Invalid value: "a": for 'Gt', 'Lt' operators, the value must be an
   *     integer}
   */
  public static Selector parse(String selector) {
    return sorted(new SelectorParser(Objects.requireNonNull(selector, "selector")).parse());
  }

  /**
   * The internal form of an API object's selector (upstream {@code
   * metav1.LabelSelectorAsSelector}): null selects nothing, an empty selector everything.
   *
   * @throws IllegalArgumentException for an unknown operator ({@code "Foo" is not a valid label
   *     selector operator}) or a requirement {@link Requirement#of} rejects
   */
  public static Selector from(LabelSelector selector) {
    if (selector == null) {
      return NOTHING;
    }
    if (selector.matchLabels().isEmpty() && selector.matchExpressions().isEmpty()) {
      return EVERYTHING;
    }
    List<Requirement> requirements = new ArrayList<>();
    selector
        .matchLabels()
        .forEach((k, v) -> requirements.add(newRequirement(k, Operator.EQUALS, List.of(v), false)));
    for (LabelSelectorRequirement expr : selector.matchExpressions()) {
      Operator op;
      String operator = expr.operator() == null ? "" : expr.operator();
      switch (operator) {
        case LabelSelectorRequirement.IN -> op = Operator.IN;
        case LabelSelectorRequirement.NOT_IN -> op = Operator.NOT_IN;
        case LabelSelectorRequirement.EXISTS -> op = Operator.EXISTS;
        case LabelSelectorRequirement.DOES_NOT_EXIST -> op = Operator.DOES_NOT_EXIST;
        default ->
            throw new IllegalArgumentException(
                FieldErrors.quote(operator) + " is not a valid label selector operator");
      }
      String key = expr.key() == null ? "" : expr.key();
      requirements.add(newRequirement(key, op, expr.values(), true));
    }
    return sorted(requirements);
  }

  /**
   * {@return a selector requiring exactly these labels, unvalidated} (upstream {@code
   * labels.SelectorFromSet}); null or empty selects everything
   */
  public static Selector fromSet(Map<String, String> labels) {
    if (labels == null || labels.isEmpty()) {
      return EVERYTHING;
    }
    List<Requirement> requirements = new ArrayList<>();
    labels.forEach((k, v) -> requirements.add(new Requirement(k, Operator.EQUALS, List.of(v))));
    return sorted(requirements);
  }

  /** {@return whether every requirement holds for these labels; null labels are none} */
  public boolean matches(Map<String, String> labels) {
    if (nothing) {
      return false;
    }
    for (Requirement r : requirements) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  /** {@return whether this selector does not restrict the selection} (upstream {@code Empty}) */
  public boolean empty() {
    return !nothing && requirements.isEmpty();
  }

  /** {@return whether this is {@link #nothing()}} (upstream {@code labels.MatchesNothing}) */
  public boolean matchesNothing() {
    return nothing;
  }

  /** {@return the requirements, sorted by key; empty for everything and nothing} */
  public List<Requirement> requirements() {
    return requirements;
  }

  /** {@return a selector with these requirements added, re-sorted by key} (upstream {@code Add}) */
  public Selector add(Requirement... more) {
    if (nothing) {
      return this;
    }
    List<Requirement> all = new ArrayList<>(requirements);
    all.addAll(Arrays.asList(more));
    return sorted(all);
  }

  /**
   * {@return the single value the selector requires for {@code label}, if it requires one}
   * (upstream {@code RequiresExactMatch}): the first requirement on the key decides.
   */
  public Optional<String> requiresExactMatch(String label) {
    for (Requirement r : requirements) {
      if (r.key().equals(label)) {
        switch (r.operator()) {
          case EQUALS, DOUBLE_EQUALS, IN:
            if (r.values().size() == 1) {
              return Optional.of(r.values().get(0));
            }
            return Optional.empty();
          default:
            return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** {@return upstream's canonical form: requirements joined by ',', "" for everything/nothing} */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>(requirements.size());
    for (Requirement r : requirements) {
      parts.add(r.toString());
    }
    return String.join(",", parts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Selector s && nothing == s.nothing && requirements.equals(s.requirements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nothing, requirements);
  }

  private static Selector sorted(List<Requirement> requirements) {
    List<Requirement> copy = new ArrayList<>(requirements);
    copy.sort(Comparator.comparing(Requirement::key)); // stable, like upstream's sort.Sort(ByKey)
    return new Selector(List.copyOf(copy), false);
  }

  // upstream NewRequirement; nilWhenEmpty prints empty values as []string(nil), as
  // LabelSelectorAsSelector's append([]string(nil), ...) does.
  static Requirement newRequirement(
      String key, Operator op, List<String> vals, boolean nilWhenEmpty) {
    List<String> errs = new ArrayList<>();
    List<String> keyErrs = LabelSyntax.qualifiedNameErrors(key);
    if (!keyErrs.isEmpty()) {
      errs.add(FieldErrors.invalid("key", FieldErrors.quote(key), String.join("; ", keyErrs)));
    }
    String valuesGo = FieldErrors.stringSlice(vals.isEmpty() && nilWhenEmpty ? null : vals);
    switch (op) {
      case IN, NOT_IN -> {
        if (vals.isEmpty()) {
          errs.add(
              FieldErrors.invalid(
                  "values", valuesGo, "for 'in', 'notin' operators, values set can't be empty"));
        }
      }
      case EQUALS, DOUBLE_EQUALS, NOT_EQUALS -> {
        if (vals.size() != 1) {
          errs.add(
              FieldErrors.invalid(
                  "values", valuesGo, "exact-match compatibility requires one single value"));
        }
      }
      case EXISTS, DOES_NOT_EXIST -> {
        if (!vals.isEmpty()) {
          errs.add(
              FieldErrors.invalid(
                  "values", valuesGo, "values set must be empty for exists and does not exist"));
        }
      }
      case GREATER_THAN, LESS_THAN -> {
        if (vals.size() != 1) {
          errs.add(
              FieldErrors.invalid(
                  "values", valuesGo, "for 'Gt', 'Lt' operators, exactly one value is required"));
        }
        for (int i = 0; i < vals.size(); i++) {
          if (parseInt64(vals.get(i)) == null) {
            errs.add(
                FieldErrors.invalid(
                    "values[" + i + "]",
                    FieldErrors.quote(vals.get(i)),
                    "for 'Gt', 'Lt' operators, the value must be an integer"));
          }
        }
      }
    }
    for (int i = 0; i < vals.size(); i++) {
      List<String> valueErrs = LabelSyntax.labelValueErrors(vals.get(i));
      if (!valueErrs.isEmpty()) {
        errs.add(
            FieldErrors.invalid(
                "values[" + i + "][" + key + "]",
                FieldErrors.quote(vals.get(i)),
                String.join("; ", valueErrs)));
      }
    }
    if (!errs.isEmpty()) {
      throw new IllegalArgumentException(FieldErrors.aggregate(errs));
    }
    return new Requirement(key, op, vals);
  }

  /** Go's strconv.ParseInt(s, 10, 64); null on a syntax or range error. */
  static Long parseInt64(String s) {
    if (s == null) {
      return null;
    }
    int start = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
    if (start == s.length()) {
      return null;
    }
    for (int i = start; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException outOfRange) {
      return null;
    }
  }
}
