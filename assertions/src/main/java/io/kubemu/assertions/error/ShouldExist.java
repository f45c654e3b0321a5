package io.kubemu.assertions.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The cluster has no object with that key. */
public class ShouldExist extends BasicErrorMessageFactory {

  /**
   * {@return the message factory}
   *
   * @param resource e.g. {@code pod}, {@code deployment.apps}
   * @param key the key looked up, {@code namespace/name} or {@code name}
   * @param where what was listed instead, e.g. {@code pods in namespace "app"}
   * @param existing the objects listed
   */
  public static ErrorMessageFactory shouldExist(
      String resource, String key, String where, List<?> existing) {
    return new ShouldExist(resource, key, where, existing);
  }

  private ShouldExist(String resource, String key, String where, List<?> existing) {
    super(
        "%nExpecting the cluster to have %s:%n  %s%nbut it has none; %s are:%n  %s",
        unquotedString(resource), unquotedString(key), unquotedString(where), existing);
  }
}
