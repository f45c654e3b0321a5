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
}
