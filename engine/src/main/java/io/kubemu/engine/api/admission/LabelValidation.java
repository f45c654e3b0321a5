package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.LabelSelectorRequirement;
import io.kubemu.model.meta.LabelSyntax;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Validation of labels, annotations and label selectors (upstream
 * apimachinery/pkg/apis/meta/v1/validation and api/validation's ValidateAnnotations), appending
 * Kubernetes' field errors to a list. Labels are checked in their insertion order. Stateless.
 */
public final class LabelValidation {
  private LabelValidation() {}

  /** The most bytes all annotations of an object may hold together (256 KiB). */
  public static final int TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * (1 << 10);

  /**
   * ValidateLabels: every key a qualified name, every value a label value; errors on {@code path}.
   */
  public static void labels(List<FieldError> errs, Map<String, String> labels, FieldPath path) {
    labels.forEach(
        (k, v) -> {
          labelName(errs, k, path);
          labelValue(errs, v, path);
        });
  }

  /** IsValidLabelValue, one Invalid error per problem. */
  static void labelValue(List<FieldError> errs, String value, FieldPath path) {
    if (isLabelValueFast(value)) return;
    for (String msg : LabelSyntax.labelValueErrors(value)) {
      errs.add(FieldError.invalid(path, value, msg));
    }
  }

  /** ValidateLabelName: a qualified name. */
  public static void labelName(List<FieldError> errs, String name, FieldPath path) {
    if (isQualifiedNameFast(name)) return;
    for (String msg : LabelSyntax.qualifiedNameErrors(name)) {
      errs.add(FieldError.invalid(path, name, msg));
    }
  }

  // the valid cases of IsQualifiedName and IsValidLabelValue, checked without regular expressions

  static boolean isQualifiedNameFast(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) return isNamePart(s);
    if (s.indexOf('/', slash + 1) >= 0) return false;
    return NameValidation.isSubdomainFast(s.substring(0, slash))
        && isNamePart(s.substring(slash + 1));
  }

  static boolean isLabelValueFast(String s) {
    return s.isEmpty() || isNamePart(s);
  }

  // ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9], at most 63 characters
  private static boolean isNamePart(String s) {
    int n = s.length();
    if (n == 0 || n > 63 || !alnum(s.charAt(0)) || !alnum(s.charAt(n - 1))) return false;
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (!alnum(c) && c != '-' && c != '_' && c != '.') return false;
    }
    return true;
  }

  private static boolean alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** {@return whether {@code value} is a qualified name} (IsQualifiedName returns nothing) */
  static boolean isQualifiedName(String value) {
    return isQualifiedNameFast(value);
  }

  /** ValidateQualifiedName. */
  public static void qualifiedName(List<FieldError> errs, String value, FieldPath path) {
    labelName(errs, value, path);
  }

  /** ValidateAnnotations: keys are qualified names ignoring case; at most 256 KiB in total. */
  public static void annotations(
      List<FieldError> errs, Map<String, String> annotations, FieldPath path) {
    long total = 0;
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      if (!isQualifiedNameFast(key)) {
        for (String msg : LabelSyntax.qualifiedNameErrors(key)) {
          errs.add(FieldError.invalid(path, e.getKey(), msg));
        }
      }
      total += NameValidation.len(e.getKey()) + NameValidation.len(e.getValue());
    }
    if (total > TOTAL_ANNOTATION_SIZE_LIMIT_B) {
      errs.add(FieldError.tooLong(path, "", TOTAL_ANNOTATION_SIZE_LIMIT_B));
    }
  }

  /**
   * ValidateLabelSelector with invalid label values rejected (what workload specs use); nothing for
   * a null selector.
   */
  public static void labelSelector(List<FieldError> errs, LabelSelector s, FieldPath path) {
    if (s == null) return;
    labels(errs, s.matchLabels(), path.child("matchLabels"));
    List<LabelSelectorRequirement> exprs = s.matchExpressions();
    for (int i = 0; i < exprs.size(); i++) {
      requirement(errs, exprs.get(i), path.child("matchExpressions").index(i));
    }
  }

  // ValidateLabelSelectorRequirement
  private static void requirement(
      List<FieldError> errs, LabelSelectorRequirement r, FieldPath path) {
    String op = r.operator() == null ? "" : r.operator();
    switch (op) {
      case LabelSelectorRequirement.IN, LabelSelectorRequirement.NOT_IN -> {
        if (r.values().isEmpty()) {
          errs.add(
              FieldError.required(
                  path.child("values"), "must be specified when `operator` is 'In' or 'NotIn'"));
        }
      }
      case LabelSelectorRequirement.EXISTS, LabelSelectorRequirement.DOES_NOT_EXIST -> {
        if (!r.values().isEmpty()) {
          errs.add(
              FieldError.forbidden(
                  path.child("values"),
                  "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        }
      }
      default ->
          errs.add(FieldError.invalid(path.child("operator"), op, "not a valid selector operator"));
    }
    labelName(errs, r.key() == null ? "" : r.key(), path.child("key"));
    for (int i = 0; i < r.values().size(); i++) {
      labelValue(errs, r.values().get(i), path.child("values").index(i));
    }
  }

  /**
   * {@return what metav1.LabelSelectorAsSelector makes of {@code s} for matching, or null when it
   * fails (an unknown operator, an invalid key or value, values where none or some are needed)}
   */
  static SelectorCheck asSelector(LabelSelector s) {
    if (s == null) return SelectorCheck.NOTHING;
    for (Map.Entry<String, String> e : s.matchLabels().entrySet()) {
      if (!isQualifiedNameFast(e.getKey()) || !isLabelValueFast(e.getValue())) return null;
    }
    for (LabelSelectorRequirement r : s.matchExpressions()) {
      String op = r.operator() == null ? "" : r.operator();
      boolean valuesNeeded = op.equals("In") || op.equals("NotIn");
      boolean noValues = op.equals("Exists") || op.equals("DoesNotExist");
      if (!valuesNeeded && !noValues) return null;
      if (valuesNeeded == r.values().isEmpty()) return null;
      if (!isQualifiedNameFast(r.key() == null ? "" : r.key())) return null;
      for (String v : r.values()) if (!isLabelValueFast(v)) return null;
    }
    return new SelectorCheck(s);
  }

  /**
   * A valid label selector's meaning (labels.Selector): null selects nothing, an empty selector
   * everything.
   */
  static final class SelectorCheck {
    static final SelectorCheck NOTHING = new SelectorCheck(null);

    private final LabelSelector selector;

    private SelectorCheck(LabelSelector selector) {
      this.selector = selector;
    }

    /** {@return whether this selects everything} (Selector.Empty) */
    boolean empty() {
      return selector != null
          && selector.matchLabels().isEmpty()
          && selector.matchExpressions().isEmpty();
    }

    /** {@return whether {@code labels} are selected} (Selector.Matches) */
    boolean matches(Map<String, String> labels) {
      if (selector == null) return false;
      for (Map.Entry<String, String> e : selector.matchLabels().entrySet()) {
        if (!e.getValue().equals(labels.get(e.getKey()))) return false;
      }
      for (LabelSelectorRequirement r : selector.matchExpressions()) {
        String value = labels.get(r.key());
        boolean has = labels.containsKey(r.key());
        boolean ok =
            switch (r.operator()) {
              case "In" -> has && r.values().contains(value);
              case "NotIn" -> !has || !r.values().contains(value);
              case "Exists" -> has;
              default -> !has; // DoesNotExist
            };
        if (!ok) return false;
      }
      return true;
    }
  }

  /** ValidateHasLabel: {@code meta} has label {@code key} with value {@code expected}. */
  static void hasLabel(
      List<FieldError> errs, ObjectMeta meta, FieldPath path, String key, String expected) {
    String actual = meta.label(key);
    FieldPath p = path.child("labels").key(key);
    if (actual == null) {
      errs.add(FieldError.required(p, "must be '" + expected + "'"));
    } else if (!actual.equals(expected)) {
      errs.add(
          FieldError.invalid(
              p, GoValues.stringMapValue(meta.labels()), "must be '" + expected + "'"));
    }
  }
}
