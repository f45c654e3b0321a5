package io.kubemu.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which {@link ContainerBehavior} applies to which container: rules per container (pod key glob
 * {@code namespace/name} and container name) and per image (a glob on the image reference, or on
 * its last path segment when the glob has no {@code /}: {@code nginx*} matches {@code
 * harbor.od.com/public/nginx:v1.12}).
 *
 * <p>Resolution, per question asked (pull duration, exit, probe answer, ...): container rules
 * before image rules, the latest registration first within each; the first rule with an answer
 * wins, and where none answers the image and command decide. Rules may be added at any time; they
 * apply from then on, to running containers too.
 *
 * <p>Not thread-safe: register before the cluster runs, or on the loop's thread.
 */
public final class ContainerBehaviors {

  private record Rule(Glob pod, String container, Glob image, ContainerBehavior behavior) {
    boolean matches(ContainerInfo c) {
      if (pod != null && !pod.matches(c.podKey())) return false;
      if (container != null && !container.equals(c.container())) return false;
      return image == null || image.matchesImage(c.image());
    }
  }

  private final List<Rule> containerRules = new ArrayList<>();
  private final List<Rule> imageRules = new ArrayList<>();
  private long version;

  /** An empty registry: every container behaves as its image and command make it. */
  public ContainerBehaviors() {}

  /** Applies {@code behavior} to every container whose image matches {@code imageGlob}. */
  public ContainerBehaviors forImage(String imageGlob, ContainerBehavior behavior) {
    imageRules.add(
        0, new Rule(null, null, Glob.of(Objects.requireNonNull(imageGlob)), check(behavior)));
    version++;
    return this;
  }

  /**
   * Applies {@code behavior} to container {@code container} (null: every container) of the pods
   * whose key {@code namespace/name} matches {@code podGlob}.
   */
  public ContainerBehaviors forContainer(
      String podGlob, String container, ContainerBehavior behavior) {
    containerRules.add(
        0, new Rule(Glob.of(Objects.requireNonNull(podGlob)), container, null, check(behavior)));
    version++;
    return this;
  }

  /** Applies {@code behavior} to every container of the pods matching {@code podGlob}. */
  public ContainerBehaviors forPod(String podGlob, ContainerBehavior behavior) {
    return forContainer(podGlob, null, behavior);
  }

  /** Removes every rule. */
  public void clear() {
    containerRules.clear();
    imageRules.clear();
    version++;
  }

  /** {@return whether no rule is registered} */
  public boolean isEmpty() {
    return containerRules.isEmpty() && imageRules.isEmpty();
  }

  /** {@return the behaviour of this container now: the matching rules, in resolution order} */
  public ContainerBehavior resolve(ContainerInfo container) {
    List<ContainerBehavior> layers = new ArrayList<>();
    for (Rule r : containerRules) if (r.matches(container)) layers.add(r.behavior);
    for (Rule r : imageRules) if (r.matches(container)) layers.add(r.behavior);
    return ContainerBehavior.Layered.of(layers);
  }

  /** A counter that changes with every registration, so that callers may cache resolutions. */
  long version() {
    return version;
  }

  private static ContainerBehavior check(ContainerBehavior b) {
    return Objects.requireNonNull(b, "behavior");
  }
}
