package io.kubemu.model.meta;

import io.kubemu.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A label query (metav1.LabelSelector): all matchLabels and all matchExpressions must hold. An
 * empty selector matches everything; a null selector (where the API allows one) matches nothing.
 */
public record LabelSelector(
    Map<String, String> matchLabels, List<LabelSelectorRequirement> matchExpressions) {
  public LabelSelector {
    matchLabels = Copies.map(matchLabels);
    matchExpressions = Copies.list(matchExpressions);
  }

  /** {@return a selector of just matchLabels} */
  public static LabelSelector of(Map<String, String> matchLabels) {
    return new LabelSelector(matchLabels, List.of());
  }

  /**
   * {@return the internal form of this selector} (upstream {@code LabelSelectorAsSelector}); its
   * {@code toString()} is what kubectl prints in the SELECTOR column
   *
   * @throws IllegalArgumentException for an invalid operator, key or value, in Kubernetes' words
   */
  public Selector toSelector() {
    return Selector.from(this);
  }

  /**
   * {@return whether the labels satisfy this selector}; an empty selector matches everything
   *
   * @throws IllegalArgumentException for an invalid operator, key or value, in Kubernetes' words
   */
  public boolean matches(Map<String, String> labels) {
    return Selector.from(this).matches(labels);
  }
}
