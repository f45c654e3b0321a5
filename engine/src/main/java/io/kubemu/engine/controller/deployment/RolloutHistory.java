package io.kubemu.engine.controller.deployment;

import io.kubemu.model.core.Container;
import io.kubemu.model.core.PodTemplateSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Deployment's rollout history as {@code kubectl rollout history} sees it (upstream
 * staging/src/k8s.io/kubectl/pkg/polymorphichelpers/history.go, {@code DeploymentHistoryViewer}):
 * one entry per revision of its ReplicaSets, in revision order.
 *
 * @param deployment the Deployment's name
 * @param revisions the revisions, lowest first; never null
 */
public record RolloutHistory(String deployment, List<Revision> revisions) {

  public RolloutHistory {
    Objects.requireNonNull(deployment);
    revisions = revisions == null ? List.of() : List.copyOf(revisions);
  }

  /**
   * One revision.
   *
   * @param revision the {@code deployment.kubernetes.io/revision} number
   * @param changeCause the ReplicaSet's {@code kubernetes.io/change-cause}, or null
   * @param replicaSet the ReplicaSet's name
   * @param template the ReplicaSet's pod template (with its pod-template-hash label)
   */
  public record Revision(
      long revision, String changeCause, String replicaSet, PodTemplateSpec template) {

    /** {@return the images of the template's containers, in order} */
    public List<String> images() {
      List<String> out = new ArrayList<>();
      if (template != null && template.spec() != null) {
        for (Container c : template.spec().containers()) out.add(c.image());
      }
      return out;
    }

    /** {@return the pod-template-hash of the revision's ReplicaSet} */
    public String podTemplateHash() {
      return template == null
          ? null
          : template.metadata().label(io.kubemu.model.apps.Deployment.POD_TEMPLATE_HASH_LABEL);
    }
  }

  /** {@return the revision numbers, lowest first} */
  public List<Long> numbers() {
    return revisions.stream().map(Revision::revision).toList();
  }

  /** {@return the revision with this number} */
  public Optional<Revision> revision(long number) {
    return revisions.stream().filter(r -> r.revision() == number).findFirst();
  }

  /** {@return the highest revision: the current one} */
  public Optional<Revision> current() {
    return revisions.isEmpty()
        ? Optional.empty()
        : Optional.of(revisions.get(revisions.size() - 1));
  }

  /**
   * {@return ViewHistory's table, aligned as kubectl's tabwriter aligns it}, e.g.
   *
   * <pre>
   * REVISION  CHANGE-CAUSE
   * 1         kubectl apply --filename=nginx-v1.12.yaml --record=true
   * 2         &lt;none&gt;
   * </pre>
   *
   * or {@code No rollout history found.}
   */
  public String table() {
    if (revisions.isEmpty()) return "No rollout history found.";
    int width = "REVISION".length();
    for (Revision r : revisions) width = Math.max(width, Long.toString(r.revision()).length());
    StringBuilder b = new StringBuilder();
    b.append(pad("REVISION", width + 2)).append("CHANGE-CAUSE\n");
    for (Revision r : revisions) {
      String cause =
          r.changeCause() == null || r.changeCause().isEmpty() ? "<none>" : r.changeCause();
      b.append(pad(Long.toString(r.revision()), width + 2)).append(cause).append('\n');
    }
    return b.toString();
  }

  /**
   * {@return what {@code kubectl rollout history deployment/<name>} prints}: the name line (with
   * kubectl's trailing space), the table, and a blank line
   */
  public String render() {
    return "deployment.apps/" + deployment + " \n" + table() + "\n";
  }

  /**
   * {@return what {@code kubectl rollout history deployment/<name> --revision=N} prints}: the
   * revision's pod template, as {@code kubectl describe} shows it, with the change-cause among the
   * template's annotations
   *
   * @throws RolloutException {@code unable to find the specified revision} for an unknown revision
   */
  public String render(long number) {
    Revision r =
        revision(number)
            .orElseThrow(() -> new RolloutException("unable to find the specified revision"));
    PodTemplateSpec t = r.template();
    if (r.changeCause() != null && !r.changeCause().isEmpty()) {
      t =
          t.withMetadata(
              t.metadata().withAnnotation("kubernetes.io/change-cause", r.changeCause()));
    }
    return "deployment.apps/"
        + deployment
        + " with revision #"
        + number
        + "\n"
        + PodTemplateDescriber.describe(t)
        + "\n";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
