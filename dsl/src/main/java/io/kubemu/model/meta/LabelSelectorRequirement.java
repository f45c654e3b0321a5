package io.kubemu.model.meta;

import io.kubemu.model.internal.Copies;
import java.util.List;
import java.util.Map;

/** One expression of a label selector: operator In, NotIn, Exists or DoesNotExist. */
public record LabelSelectorRequirement(String key, String operator, List<String> values) {
  /** The label's value is one of {@code values}. */
  public static final String IN = "In";

  /** The label is absent or its value is none of {@code values}. */
  public static final String NOT_IN = "NotIn";

  /** The label is present; {@code values} must be empty. */
  public static final String EXISTS = "Exists";

  /** The label is absent; {@code values} must be empty. */
  public static final String DOES_NOT_EXIST = "DoesNotExist";

  public LabelSelectorRequirement {
    values = Copies.list(values);
  }

  /**
   * {@return whether the labels satisfy this expression} (upstream {@code NewRequirement} then
   * {@code Matches})
   *
   * @throws IllegalArgumentException for an invalid operator, key or values, in Kubernetes' words
   */
  public boolean matches(Map<String, String> labels) {
    return Selector.from(new LabelSelector(null, List.of(this))).matches(labels);
  }
}
