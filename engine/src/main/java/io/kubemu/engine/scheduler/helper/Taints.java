package io.kubemu.engine.scheduler.helper;

import io.kubemu.model.core.Taint;
import io.kubemu.model.core.Toleration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Toleration matching. Mirrors k8s.io/api/core/v1 Toleration.ToleratesTaint and
 * component-helpers/scheduling/corev1 FindMatchingUntoleratedTaint (v1.30).
 */
public final class Taints {

  /**
   * Taints the scheduler must not ignore: NoSchedule and NoExecute (DoNotScheduleTaintsFilterFunc).
   */
  public static final Predicate<Taint> DO_NOT_SCHEDULE =
      t ->
          Taint.EFFECT_NO_SCHEDULE.equals(t.effect()) || Taint.EFFECT_NO_EXECUTE.equals(t.effect());

  private Taints() {}

  /**
   * {@return whether the toleration tolerates the taint}: an empty effect matches every effect, an
   * empty key (with Exists) every key; operator Equal (the default) compares values.
   */
  public static boolean toleratesTaint(Toleration t, Taint taint) {
    if (!isEmpty(t.effect()) && !t.effect().equals(taint.effect())) {
      return false;
    }
    if (!isEmpty(t.key()) && !t.key().equals(taint.key())) {
      return false;
    }
    String op = t.operator() == null ? "" : t.operator();
    return switch (op) {
      case "", Toleration.OPERATOR_EQUAL ->
          Objects.equals(nullToEmpty(t.value()), nullToEmpty(taint.value()));
      case Toleration.OPERATOR_EXISTS -> true;
      default -> false;
    };
  }

  /** {@return whether any toleration tolerates the taint} (upstream TolerationsTolerateTaint) */
  public static boolean tolerationsTolerateTaint(List<Toleration> tolerations, Taint taint) {
    for (Toleration t : tolerations) {
      if (toleratesTaint(t, taint)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the first taint passing the filter that no toleration tolerates, or null} (upstream
   * FindMatchingUntoleratedTaint)
   */
  public static Taint findMatchingUntoleratedTaint(
      List<Taint> taints, List<Toleration> tolerations, Predicate<Taint> filter) {
    for (Taint taint : taints) {
      if (filter != null && !filter.test(taint)) {
        continue;
      }
      if (!tolerationsTolerateTaint(tolerations, taint)) {
        return taint;
      }
    }
    return null;
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
