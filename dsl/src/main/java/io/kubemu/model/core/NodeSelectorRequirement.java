package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * One node requirement: key, operator (In, NotIn, Exists, DoesNotExist, Gt, Lt) and values.
 *
 * @param key required
 * @param operator required
 * @param values one or more for In and NotIn, none for Exists and DoesNotExist, exactly one integer
 *     for Gt and Lt
 */
public record NodeSelectorRequirement(String key, String operator, List<String> values) {

  /** operator In. */
  public static final String IN = "In";

  /** operator NotIn. */
  public static final String NOT_IN = "NotIn";

  /** operator Exists. */
  public static final String EXISTS = "Exists";

  /** operator DoesNotExist. */
  public static final String DOES_NOT_EXIST = "DoesNotExist";

  /** operator Gt: the label value, as an integer, is greater than the one value. */
  public static final String GT = "Gt";

  /** operator Lt: the label value, as an integer, is less than the one value. */
  public static final String LT = "Lt";

  public NodeSelectorRequirement {
    values = Copies.list(values);
  }
}
