package io.kubemu.dsl;

import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link LabelSelector}: {@code matchLabels("app", "web").matchExpression("tier", "In",
 * "fe", "be")}. An empty selector matches everything. Mutable, not thread-safe.
 */
public final class LabelSelectorBuilder {
  private final Map<String, String> matchLabels = new LinkedHashMap<>();
  private final List<LabelSelectorRequirement> matchExpressions = new ArrayList<>();

  LabelSelectorBuilder() {}

  /** Merged into {@code matchLabels}, as key-value pairs. */
  public LabelSelectorBuilder matchLabels(String... keyValues) {
    Pairs.putAll(matchLabels, keyValues);
    return this;
  }

  /**
   * Appends {@code {key, operator, values}} to {@code matchExpressions}; operator In, NotIn, Exists
   * or DoesNotExist.
   */
  public LabelSelectorBuilder matchExpression(String key, String operator, String... values) {
    matchExpressions.add(new LabelSelectorRequirement(key, operator, List.of(values)));
    return this;
  }

  /** {@return a new label selector} */
  public LabelSelector build() {
    return new LabelSelector(matchLabels, matchExpressions);
  }
}
