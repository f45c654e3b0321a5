package io.kubemu.model.meta;

import io.kubemu.model.internal.Copies;
import java.util.List;

/** One expression of a label selector: operator In, NotIn, Exists or DoesNotExist. */
public record LabelSelectorRequirement(String key, String operator, List<String> values) {
  public LabelSelectorRequirement {
    values = Copies.list(values);
  }
}
