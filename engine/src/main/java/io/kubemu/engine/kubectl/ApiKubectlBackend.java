package io.kubemu.engine.kubectl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemu.engine.Cluster;
import io.kubemu.engine.controller.daemonset.DaemonSetRollouts;
import io.kubemu.engine.controller.deployment.DeploymentRollouts;
import io.kubemu.engine.controller.deployment.RolloutException;
import io.kubemu.engine.controller.deployment.RolloutHistory;
import io.kubemu.engine.controller.nodelifecycle.NodeOperationException;
import io.kubemu.engine.controller.statefulset.StatefulSetRollouts;
import io.kubemu.engine.time.ConditionTimeoutException;
import io.kubemu.model.Kind;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Taint;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link KubectlBackend} on a {@link Cluster}: what kubectl does client-side ({@code scale} as
 * a merge patch of {@code spec.replicas}, {@code set image}, {@code rollout pause|resume|restart}
 * with the {@code kubectl.kubernetes.io/restartedAt} template annotation at the virtual time,
 * {@code taint}, {@code cordon}, {@code uncordon}), and {@code rollout status|history|undo} and
 * {@code drain} through the controllers' helpers ({@link DeploymentRollouts}, {@link
 * DaemonSetRollouts}, {@link StatefulSetRollouts}, the cluster's node operations), waiting in
 * virtual time as kubectl waits in real time.
 *
 * <p>Writes go through the {@link Cluster} facade, so the control plane reacts before a method
 * returns. Not thread-safe (as the cluster).
 */
public class ApiKubectlBackend implements KubectlBackend {

  /** The pod template annotation {@code rollout restart} sets. */
  public static final String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";

  private static final Set<Class<?>> SCALABLE =
      Set.of(Deployment.class, ReplicaSet.class, StatefulSet.class);
  private static final Set<Class<?>> RESTARTABLE =
      Set.of(Deployment.class, DaemonSet.class, StatefulSet.class);

  private final Cluster cluster;

  /** A backend writing to this cluster. */
  public ApiKubectlBackend(Cluster cluster) {
    this.cluster = Objects.requireNonNull(cluster);
  }

  /** {@return the cluster written to} */
  protected Cluster cluster() {
    return cluster;
  }

  // polymorphichelpers.StatusViewerFor, watched until done (kubectl rollout status)
  @Override
  public String rolloutStatus(Kind kind, String key, Integer revision) {
    List<String> lines;
    if (kind.type() == Deployment.class) {
      long rev = revision == null ? 0 : revision;
      lines =
          new DeploymentRollouts(cluster.api())
              .status(key, DeploymentRollouts.DEFAULT_STATUS_TIMEOUT, rev);
    } else if (kind.type() == DaemonSet.class) {
      lines = new DaemonSetRollouts(cluster.api()).status(key);
    } else if (kind.type() == StatefulSet.class) {
      lines = statefulSetStatus(key);
    } else {
      throw KubectlException.error("no status viewer has been implemented for " + kind.kind());
    }
    return printed(lines);
  }

  /** Lines ending in an {@code error: } line become a failure carrying the lines before it. */
  private static String printed(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).endsWith("\n") ? lines.get(i) : lines.get(i) + "\n";
      if (i == lines.size() - 1 && line.startsWith("error: ")) {
        throw new KubectlException(line.strip(), out.toString());
      }
      out.append(line);
    }
    return out.toString();
  }

  private List<String> statefulSetStatus(String key) {
    List<String> lines = new ArrayList<>();
    boolean[] done = {false};
    Runnable check =
        () -> {
          StatefulSetRollouts.Status s;
          try {
            s = StatefulSetRollouts.status(cluster.get(StatefulSet.class, key));
          } catch (IllegalArgumentException e) {
            throw KubectlException.error(e.getMessage());
          }
          if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(s.message())) {
            lines.add(s.message());
          }
          done[0] = s.done();
        };
    check.run();
    try {
      cluster.runUntil(
          "statefulset rollout to finish",
          () -> {
            check.run();
            return done[0];
          },
          DeploymentRollouts.DEFAULT_STATUS_TIMEOUT);
    } catch (ConditionTimeoutException e) {
      lines.add("error: timed out waiting for the condition");
    }
    return lines;
  }

  // polymorphichelpers.historyViewer
  @Override
  public String rolloutHistory(Kind kind, String key, Integer revision) {
    try {
      if (kind.type() == Deployment.class) {
        RolloutHistory h = new DeploymentRollouts(cluster.api()).history(key);
        return revision == null || revision == 0 ? h.render() : h.render(revision);
      }
      if (kind.type() == DaemonSet.class) {
        return new DaemonSetRollouts(cluster.api()).history(key);
      }
      if (kind.type() == StatefulSet.class) {
        String h = StatefulSetRollouts.history(cluster.api(), cluster.get(StatefulSet.class, key));
        return kind.qualifiedResource() + "/" + nameOf(key) + " \n" + h + "\n";
      }
    } catch (RolloutException | IllegalArgumentException e) {
      throw KubectlException.error(e.getMessage());
    }
    throw KubectlException.error("no history viewer has been implemented for " + kind.kind());
  }

  // polymorphichelpers.rollbacker
  @Override
  public String rolloutUndo(Kind kind, String key, Integer toRevision) {
    long to = toRevision == null ? 0 : toRevision;
    try {
      if (kind.type() == Deployment.class) {
        return withNewline(new DeploymentRollouts(cluster.api()).undo(key, to));
      }
      if (kind.type() == DaemonSet.class) {
        return withNewline(new DaemonSetRollouts(cluster.api()).undo(key, to));
      }
      if (kind.type() == StatefulSet.class) {
        String r = StatefulSetRollouts.undo(cluster.api(), cluster.get(StatefulSet.class, key), to);
        cluster.runUntilIdle();
        return ResourceTypes.objectName(kind, nameOf(key)) + " " + r + "\n";
      }
    } catch (RolloutException | IllegalArgumentException e) {
      throw KubectlException.error(e.getMessage());
    }
    throw KubectlException.error("no rollbacker has been implemented for " + kind.kind());
  }

  @Override
  public String drain(String node, DrainOptions options) {
    var opts =
        new io.kubemu.engine.controller.nodelifecycle.DrainOptions(
            options.ignoreDaemonSets(),
            options.deleteEmptyDirData(),
            options.force(),
            options.timeout(),
            options.gracePeriodSeconds() < 0 ? null : (long) options.gracePeriodSeconds());
    try {
      return printed(cluster.nodes().drain(node, opts));
    } catch (NodeOperationException e) {
      String msg = e.getMessage();
      throw new KubectlException(
          msg.startsWith("error: ") ? msg : "error: " + msg, printed(e.output()));
    }
  }

  private static String withNewline(String s) {
    return s.endsWith("\n") ? s : s + "\n";
  }

  // polymorphichelpers.defaultObjectPauser
  @Override
  public String rolloutPause(Kind kind, String key) {
    return setPaused(kind, key, true, "paused", "pausing");
  }

  // polymorphichelpers.defaultObjectResumer
  @Override
  public String rolloutResume(Kind kind, String key) {
    return setPaused(kind, key, false, "resumed", "resuming");
  }

  private String setPaused(Kind kind, String key, boolean paused, String done, String verb) {
    if (kind.type() != Deployment.class) throw notSupported(kind, key, verb);
    Edits.Result r =
        Edits.edit(
            cluster,
            kind,
            key,
            obj -> {
              ObjectNode spec = Edits.object(obj, "spec");
              if (paused) spec.put("paused", true);
              else spec.remove("paused");
            });
    String name = ResourceTypes.objectName(kind, nameOf(key));
    return r.changed() ? name + " " + done + "\n" : name + " already " + done + "\n";
  }

  // polymorphichelpers.defaultObjectRestarter
  @Override
  public String rolloutRestart(Kind kind, String key) {
    if (!RESTARTABLE.contains(kind.type())) throw notSupported(kind, key, "restarting");
    if (kind.type() == Deployment.class) {
      Deployment d = cluster.get(Deployment.class, key);
      if (d.spec() != null && Boolean.TRUE.equals(d.spec().paused())) {
        throw error(kind, key, "can't restart paused deployment (run rollout resume first)");
      }
    }
    String now = cluster.now().truncatedTo(ChronoUnit.SECONDS).toString();
    Edits.Result r =
        Edits.edit(
            cluster,
            kind,
            key,
            obj ->
                Edits.object(obj, "spec", "template", "metadata", "annotations")
                    .put(RESTARTED_AT, now));
    if (!r.changed()) {
      throw KubectlException.error(
          "failed to create patch for "
              + nameOf(key)
              + ": if restart has already been triggered within the past second, please wait"
              + " before attempting to trigger another");
    }
    return ResourceTypes.objectName(kind, nameOf(key)) + " restarted\n";
  }

  // scale.go: the scale subresource of deployments, replica sets and stateful sets
  @Override
  public String scale(Kind kind, String key, int replicas) {
    if (!SCALABLE.contains(kind.type())) {
      throw new KubectlException(
          "Error from server (NotFound): the server could not find the requested resource");
    }
    cluster.patch(kind.type(), key, "{\"spec\":{\"replicas\":" + replicas + "}}");
    return ResourceTypes.objectName(kind, nameOf(key)) + " scaled\n";
  }

  // set_image.go Run: one patch with every container image; nothing printed if nothing changed
  @Override
  public String setImage(Kind kind, String key, Map<String, String> images) {
    List<String> errors = new ArrayList<>();
    Edits.Result r =
        Edits.edit(
            cluster,
            kind,
            key,
            obj -> {
              ObjectNode podSpec = podSpec(kind, obj);
              for (Map.Entry<String, String> e : images.entrySet()) {
                boolean init = setImage(podSpec.get("initContainers"), e.getKey(), e.getValue());
                boolean app = setImage(podSpec.get("containers"), e.getKey(), e.getValue());
                if (!init && !app) {
                  errors.add("error: unable to find container named \"" + e.getKey() + "\"");
                }
              }
            });
    String out =
        r.changed() ? ResourceTypes.objectName(kind, nameOf(key)) + " image updated\n" : "";
    if (!errors.isEmpty()) throw new KubectlException(String.join("\n", errors), out);
    return out;
  }

  private static boolean setImage(JsonNode containers, String name, String image) {
    boolean found = false;
    if (containers instanceof ArrayNode list) {
      for (JsonNode c : list) {
        if (name.equals("*") || name.equals(c.path("name").asText())) {
          ((ObjectNode) c).put("image", image);
          found = true;
        }
      }
    }
    return found;
  }

  // polymorphichelpers.updatePodSpecForObject
  private static ObjectNode podSpec(Kind kind, ObjectNode obj) {
    Class<?> t = kind.type();
    if (t == Pod.class) return Edits.object(obj, "spec");
    if (t == CronJob.class) {
      return Edits.object(obj, "spec", "jobTemplate", "spec", "template", "spec");
    }
    if (t == Deployment.class
        || t == ReplicaSet.class
        || t == DaemonSet.class
        || t == StatefulSet.class
        || t == Job.class) {
      return Edits.object(obj, "spec", "template", "spec");
    }
    throw KubectlException.error(
        ResourceTypes.objectName(kind, obj.path("metadata").path("name").asText())
            + " the object is not a pod or does not have a pod template: *"
            + kind.type().getSimpleName());
  }

  // cordon.go / drain.RunCordonOrUncordon
  @Override
  public String cordon(String node) {
    return setUnschedulable(node, true, "cordoned");
  }

  @Override
  public String uncordon(String node) {
    return setUnschedulable(node, false, "uncordoned");
  }

  private String setUnschedulable(String node, boolean unschedulable, String done) {
    Kind kind = io.kubemu.model.Kinds.of(Node.class);
    Edits.Result r =
        Edits.edit(
            cluster,
            kind,
            node,
            obj -> {
              ObjectNode spec = Edits.object(obj, "spec");
              if (unschedulable) spec.put("unschedulable", true);
              else spec.remove("unschedulable");
            });
    String name = "node/" + node;
    return r.changed() ? name + " " + done + "\n" : name + " already " + done + "\n";
  }

  // taint.go RunTaint and reorganizeTaints: the new taints first, then the kept old ones
  @Override
  public String taint(String nodeName, TaintChange change) {
    Node node = cluster.get(Node.class, nodeName);
    List<Taint> old = node.spec() == null ? List.of() : node.spec().taints();
    if (!change.overwrite()) {
      for (Taint t : change.add()) {
        for (Taint o : old) {
          if (matches(t, o)) {
            throw KubectlException.error(
                "node "
                    + nodeName
                    + " already has "
                    + t.key()
                    + " taint(s) with same effect(s) and --overwrite is false");
          }
        }
      }
    }
    List<Taint> next = new ArrayList<>();
    for (Taint t : change.add()) {
      boolean noExecute = Taint.EFFECT_NO_EXECUTE.equals(t.effect());
      next.add(noExecute ? new Taint(t.key(), t.value(), t.effect(), cluster.now()) : t);
    }
    for (Taint o : old) {
      if (next.stream().noneMatch(n -> matches(n, o))) next.add(o);
    }
    boolean added = old.size() != next.size();
    List<String> errors = new ArrayList<>();
    boolean deleted = false;
    for (Taint r : change.remove()) {
      boolean removed =
          next.removeIf(
              t ->
                  t.key().equals(r.key()) && (r.effect() == null || r.effect().equals(t.effect())));
      deleted = removed; // as upstream: the last removal decides
      if (!removed) {
        String spec = r.effect() == null ? r.key() : r.key() + ":" + r.effect();
        errors.add("taint \"" + spec + "\" not found");
      }
    }
    if (!errors.isEmpty()) throw KubectlException.error(String.join("\n", errors));
    String operation =
        (added && deleted) || change.overwrite() ? "modified" : added ? "tainted" : "untainted";
    List<Taint> taints = next;
    Kind kind = io.kubemu.model.Kinds.of(Node.class);
    Edits.edit(
        cluster,
        kind,
        nodeName,
        obj -> {
          ObjectNode spec = Edits.object(obj, "spec");
          if (taints.isEmpty()) spec.remove("taints");
          else spec.set("taints", io.kubemu.manifest.Json.mapper().valueToTree(taints));
        });
    return "node/" + nodeName + " " + operation + "\n";
  }

  // Taint.MatchTaint: same key and effect
  private static boolean matches(Taint a, Taint b) {
    return a.key().equals(b.key()) && Objects.equals(a.effect(), b.effect());
  }

  private static String nameOf(String key) {
    int slash = key.indexOf('/');
    return slash < 0 ? key : key.substring(slash + 1);
  }

  private static KubectlException notSupported(Kind kind, String key, String verb) {
    return error(kind, key, verb + " is not supported");
  }

  private static KubectlException error(Kind kind, String key, String what) {
    return KubectlException.error(kind.qualifiedResource() + " \"" + nameOf(key) + "\" " + what);
  }
}
