package io.kubemu.engine.controller.job;

import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobSpec;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.EnvVar;
import io.kubemu.model.core.EnvVarSource;
import io.kubemu.model.core.ObjectFieldSelector;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Indexed Jobs (upstream pkg/controller/job/indexed_job_utils.go, v1.30, with PodIndexLabel on):
 * completion indexes in the {@code batch.kubernetes.io/job-completion-index} annotation and label,
 * the {@code JOB_COMPLETION_INDEX} variable, hostnames {@code <job>-<index>} and pod names {@code
 * <job>-<index>-<5 chars>}. Stateless.
 */
final class IndexedJobUtils {
  private IndexedJobUtils() {}

  /** The index of a pod without a valid one (unknownCompletionIndex). */
  static final int UNKNOWN = -1;

  static final String COMPLETION_INDEX_ENV_NAME = "JOB_COMPLETION_INDEX";

  /** names.MaxGeneratedNameLength: 63 minus the five random characters. */
  static final int MAX_GENERATED_NAME_LENGTH = 58;

  static boolean isIndexedJob(Job job) {
    return job.spec() != null && JobSpec.INDEXED.equals(job.spec().completionMode());
  }

  /**
   * calculateSucceededIndexes: {@return [the indexes in status.completedIndexes, those plus the
   * indexes of succeeded pods not counted yet]}
   */
  static OrderedIntervals[] calculateSucceededIndexes(Job job, List<Pod> pods) {
    int completions = job.spec().completions();
    String done = job.status() == null ? null : job.status().completedIndexes();
    OrderedIntervals prev = OrderedIntervals.parse(done, completions);
    TreeSet<Integer> newSucceeded = new TreeSet<>();
    for (Pod p : pods) {
      int ix = getCompletionIndex(p);
      if (Pod.PHASE_SUCCEEDED.equals(JobPods.phase(p))
          && ix != UNKNOWN
          && ix < completions
          && JobPods.hasJobTrackingFinalizer(p)) {
        newSucceeded.add(ix);
      }
    }
    return new OrderedIntervals[] {prev, prev.withOrderedIndexes(List.copyOf(newSucceeded))};
  }

  /** firstPendingIndexes: the first {@code count} indexes neither active nor succeeded. */
  static List<Integer> firstPendingIndexes(
      List<Pod> activePods, OrderedIntervals succeeded, int count, int completions) {
    List<Integer> result = new ArrayList<>();
    if (count == 0) return result;
    TreeSet<Integer> active = new TreeSet<>();
    for (Pod p : activePods) {
      int ix = getCompletionIndex(p);
      if (ix != UNKNOWN) active.add(ix);
    }
    OrderedIntervals nonPending = succeeded.withOrderedIndexes(List.copyOf(active));
    int candidate = 0;
    for (OrderedIntervals.Interval iv : nonPending.intervals()) {
      for (;
          candidate < completions && result.size() < count && candidate < iv.first();
          candidate++) {
        result.add(candidate);
      }
      if (candidate < iv.last() + 1) candidate = iv.last() + 1;
    }
    for (; candidate < completions && result.size() < count; candidate++) result.add(candidate);
    return result;
  }

  /**
   * appendDuplicatedIndexPodsForRemoval: {@return [pods to remove, pods left]}: pods without a
   * valid index or with one at or above completions go, and of several pods with one index all but
   * the last in {@link JobPods#ACTIVE_PODS} order.
   */
  static List<List<Pod>> duplicatedIndexPodsForRemoval(List<Pod> pods, int completions) {
    List<Pod> sorted = new ArrayList<>(pods);
    sorted.sort(Comparator.comparingInt(IndexedJobUtils::getCompletionIndex));
    List<Pod> rm = new ArrayList<>();
    List<Pod> left = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int ix = getCompletionIndex(sorted.get(i));
      if (ix >= completions) {
        rm.addAll(sorted.subList(i, sorted.size()));
        break;
      }
      int j = i;
      while (j < sorted.size() && getCompletionIndex(sorted.get(j)) == ix) j++;
      List<Pod> same = new ArrayList<>(sorted.subList(i, j));
      if (ix == UNKNOWN) {
        rm.addAll(same);
      } else if (same.size() == 1) {
        left.add(same.get(0));
      } else {
        same.sort(JobPods.ACTIVE_PODS);
        rm.addAll(same.subList(0, same.size() - 1));
        left.add(same.get(same.size() - 1));
      }
      i = j;
    }
    return List.of(rm, left);
  }

  /** getCompletionIndex: the annotation as a non-negative int, else {@link #UNKNOWN}. */
  static int getCompletionIndex(Pod p) {
    String v = p.metadata().annotation(Job.JOB_COMPLETION_INDEX_ANNOTATION);
    if (v == null || !v.matches("[+-]?[0-9]{1,9}")) return UNKNOWN;
    int i = Integer.parseInt(v);
    return i < 0 ? UNKNOWN : i;
  }

  /** addCompletionIndexEnvVariables: JOB_COMPLETION_INDEX from the index label. */
  static PodTemplateSpec addCompletionIndexEnvVariables(PodTemplateSpec template) {
    PodSpec spec = template.spec();
    if (spec == null) return template;
    return template.withSpec(
        spec.withInitContainers(withIndexEnv(spec.initContainers()))
            .withContainers(withIndexEnv(spec.containers())));
  }

  private static List<Container> withIndexEnv(List<Container> containers) {
    List<Container> out = new ArrayList<>();
    for (Container c : containers) {
      if (c.env().stream().anyMatch(v -> COMPLETION_INDEX_ENV_NAME.equals(v.name()))) {
        out.add(c);
        continue;
      }
      List<EnvVar> env = new ArrayList<>(c.env());
      String path = "metadata.labels['" + Job.JOB_COMPLETION_INDEX_ANNOTATION + "']";
      env.add(
          new EnvVar(
              COMPLETION_INDEX_ENV_NAME,
              null,
              new EnvVarSource(null, new ObjectFieldSelector(null, path), null, null)));
      out.add(c.withEnv(env));
    }
    return out;
  }

  /** The template of one index: annotation, label and hostname {@code <job>-<index>}. */
  static PodTemplateSpec forIndex(PodTemplateSpec template, Job job, int index) {
    String ix = Integer.toString(index);
    PodSpec spec = template.spec() == null ? PodSpec.EMPTY : template.spec();
    return new PodTemplateSpec(
        template
            .metadata()
            .withAnnotation(Job.JOB_COMPLETION_INDEX_ANNOTATION, ix)
            .withLabel(Job.JOB_COMPLETION_INDEX_ANNOTATION, ix),
        spec.withHostname(job.metadata().name() + "-" + index));
  }

  /** podGenerateNameWithIndex: {@code <job>-<index>-}, the job name cut to fit 58 characters. */
  static String podGenerateNameWithIndex(String jobName, int index) {
    String appendIndex = "-" + index + "-";
    String prefix = jobName + appendIndex;
    if (prefix.length() > MAX_GENERATED_NAME_LENGTH) {
      prefix = prefix.substring(0, MAX_GENERATED_NAME_LENGTH - appendIndex.length()) + appendIndex;
    }
    return prefix;
  }
}
