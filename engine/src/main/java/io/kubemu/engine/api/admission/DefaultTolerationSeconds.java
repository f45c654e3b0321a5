package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.Admission;
import io.kubemu.engine.api.AdmissionRequest;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.Taint;
import io.kubemu.model.core.Toleration;
import java.util.ArrayList;
import java.util.List;

/**
 * The DefaultTolerationSeconds admission plugin (plugin/pkg/admission/defaulttolerationseconds): a
 * pod that does not already tolerate them gets {@code node.kubernetes.io/not-ready:NoExecute} and
 * {@code node.kubernetes.io/unreachable:NoExecute} with operator Exists for {@value
 * #DEFAULT_TOLERATION_SECONDS} seconds, so the taint manager evicts it five minutes after its node
 * fails. Runs on pod create and update (not on subresources). Stateless.
 */
public final class DefaultTolerationSeconds implements Admission {

  /** The default --default-not-ready-toleration-seconds and --default-unreachable-... (300). */
  public static final long DEFAULT_TOLERATION_SECONDS = 300;

  /** The toleration added for the not-ready taint. */
  public static final Toleration NOT_READY =
      new Toleration(
          Taint.NOT_READY,
          Toleration.OPERATOR_EXISTS,
          null,
          Taint.EFFECT_NO_EXECUTE,
          DEFAULT_TOLERATION_SECONDS);

  /** The toleration added for the unreachable taint. */
  public static final Toleration UNREACHABLE =
      new Toleration(
          Taint.UNREACHABLE,
          Toleration.OPERATOR_EXISTS,
          null,
          Taint.EFFECT_NO_EXECUTE,
          DEFAULT_TOLERATION_SECONDS);

  @Override
  public KubernetesObject admit(AdmissionRequest request) {
    if (!(request.object() instanceof Pod pod) || !request.subresource().isEmpty()) {
      return request.object();
    }
    return withDefaultTolerations(pod);
  }

  /** {@return the pod with the two default tolerations it lacks} */
  public static Pod withDefaultTolerations(Pod pod) {
    PodSpec spec = pod.spec() == null ? PodSpec.EMPTY : pod.spec();
    boolean notReady = false;
    boolean unreachable = false;
    for (Toleration t : spec.tolerations()) {
      String key = t.key() == null ? "" : t.key();
      boolean noExecute =
          t.effect() == null || t.effect().isEmpty() || Taint.EFFECT_NO_EXECUTE.equals(t.effect());
      if ((key.equals(Taint.NOT_READY) || key.isEmpty()) && noExecute) notReady = true;
      if ((key.equals(Taint.UNREACHABLE) || key.isEmpty()) && noExecute) unreachable = true;
    }
    if (notReady && unreachable) return pod;
    List<Toleration> tolerations = new ArrayList<>(spec.tolerations());
    if (!notReady) tolerations.add(NOT_READY);
    if (!unreachable) tolerations.add(UNREACHABLE);
    return pod.withSpec(spec.withTolerations(tolerations));
  }
}
