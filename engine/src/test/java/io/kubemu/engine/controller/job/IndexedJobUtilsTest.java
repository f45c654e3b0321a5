package io.kubemu.engine.controller.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobSpec;
import io.kubemu.model.batch.JobStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * upstream pkg/controller/job/indexed_job_utils_test.go (v1.30), row for row. Pods are written as
 * "index:phase" ("-" for no index, phases P/R/S/F), intervals as completedIndexes strings.
 */
class IndexedJobUtilsTest {

  static List<Pod> pods(String descs, boolean finalizer) {
    List<Pod> out = new ArrayList<>();
    if (descs.isEmpty()) return out;
    for (String d : descs.split(" ")) {
      String[] ip = d.split(":");
      ObjectMeta m = ObjectMeta.named("p" + out.size());
      if (!ip[0].equals("-")) m = m.withAnnotation(Job.JOB_COMPLETION_INDEX_ANNOTATION, ip[0]);
      if (finalizer) m = m.withFinalizers(List.of(Job.JOB_TRACKING_FINALIZER));
      String phase =
          switch (ip[1]) {
            case "P" -> Pod.PHASE_PENDING;
            case "R" -> Pod.PHASE_RUNNING;
            case "S" -> Pod.PHASE_SUCCEEDED;
            default -> Pod.PHASE_FAILED;
          };
      out.add(new Pod(m, null, PodStatus.EMPTY.withPhase(phase)));
    }
    return out;
  }

  static String describe(List<Pod> pods) {
    List<String> out = new ArrayList<>();
    for (Pod p : pods) {
      String ix = p.metadata().annotation(Job.JOB_COMPLETION_INDEX_ANNOTATION);
      out.add((ix == null ? "-" : ix) + ":" + p.status().phase().charAt(0));
    }
    return String.join(" ", out);
  }

  static Job job(int completions, String completedIndexes) {
    JobSpec spec =
        new JobSpec(
            null,
            completions,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            JobSpec.INDEXED,
            null,
            null,
            null);
    return new Job(
        ObjectMeta.named("job"),
        spec,
        new JobStatus(null, null, null, null, null, null, null, completedIndexes, null, null));
  }

  // TestCalculateSucceededIndexes
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "one index;'';1:S;2;'';1",
        "two separate;'';2:F 5:S 5:S 10:F 10:S;11;'';5,10",
        "two intervals;'';0:R 1:P 2:S 3:S 5:S 6:S 7:S;8;'';2,3,5-7",
        "one index and one interval;'';0:S 1:F 2:S 3:S 4:S 5:S -:S -2:S;6;'';0,2-5",
        "out of range;'';0:S 1:S 2:S 3:F 4:S 5:S -:S -2:S;5;'';0-2,4",
        "prev interval out of range;0-5,8-10;'';8;0-5;0-5",
        "prev interval partially out of range;0-5,8-10;'';10;0-5,8,9;0-5,8,9",
        "prev and new separate;0,4,5,10-12;2:S 7:S 8:S;13;0,4,5,10-12;0,2,4,5,7,8,10-12",
        "prev between new;3,4,6;2:S 7:S 8:S;9;3,4,6;2-4,6-8",
        "new between prev;2,7,8;3:S 4:S 6:S;9;2,7,8;2-4,6-8",
        "new within prev;2-7;0:S 3:S 5:S 9:S;10;2-7;0,2-7,9",
        "corrupted interval;0,1-foo,bar;3:S;4;0;0,3"
      })
  void calculateSucceededIndexes(
      String name, String prev, String pods, int completions, String wantStatus, String want) {
    OrderedIntervals[] got =
        IndexedJobUtils.calculateSucceededIndexes(job(completions, prev), pods(pods, true));
    assertThat(got[0].toString()).isEqualTo(wantStatus);
    assertThat(got[1].toString()).isEqualTo(want);
  }

  // TestIntervalsHaveIndex
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "empty;'';4;false",
        "before all;2-4,5-7;1;false",
        "after all;2-4,6-8;9;false",
        "in between;2-4,6-8;5;false",
        "in first;2-4,6-8;2;true",
        "in second;2-4,6-8;8;true"
      })
  void intervalsHaveIndex(String name, String intervals, int index, boolean want) {
    assertThat(OrderedIntervals.parse(intervals, 100).has(index)).isEqualTo(want);
  }

  // TestFirstPendingIndexes (without failed indexes: backoffLimitPerIndex is not modelled)
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "cnt greater than completions;'';'';5;3;0,1,2",
        "cnt less than completions;'';'';2;5;0,1",
        "first pods active;0:R 1:P;'';3;10;2,3,4",
        "last pods active or succeeded;6:P;4-5;6;6;0,1,2,3",
        "mixed;3:P 5:R 8:P -:R -3:R;2-4,9;5;20;0,1,6,7,10"
      })
  void firstPendingIndexes(
      String name, String active, String succeeded, int cnt, int completions, String want) {
    List<Integer> got =
        IndexedJobUtils.firstPendingIndexes(
            pods(active, false), OrderedIntervals.parse(succeeded, completions), cnt, completions);
    assertThat(got)
        .containsExactlyElementsOf(Stream.of(want.split(",")).map(Integer::valueOf).toList());
  }

  // TestAppendDuplicatedIndexPodsForRemoval
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "all unique;-:P 2:P 5:R 6:R;-:P 6:R;2:P 5:R;6",
        "all with index;5:P 0:R 3:P 0:R 3:R 0:P 6:R 6:P;0:P 0:R 3:P 6:R 6:P;0:R 3:R 5:P;6",
        "mixed;-:P invalid:R -2:R 0:P 1:P 1:P 1:R;-:P invalid:R -2:R 1:P 1:P;0:P 1:R;6"
      })
  void appendDuplicatedIndexPodsForRemoval(
      String name, String pods, String wantRm, String wantLeft, int completions) {
    List<List<Pod>> got =
        IndexedJobUtils.duplicatedIndexPodsForRemoval(pods(pods, false), completions);
    assertThat(describe(got.get(0))).isEqualTo(wantRm);
    assertThat(describe(got.get(1))).isEqualTo(wantLeft);
  }

  // TestPodGenerateNameWithIndex
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void podGenerateNameWithIndex(String name, String job, int index, String want) {
    assertThat(IndexedJobUtils.podGenerateNameWithIndex(job, index)).isEqualTo(want);
  }

  static Stream<Arguments> podGenerateNameWithIndex() {
    String h = "hhhhhooooo";
    return Stream.of(
        Arguments.of("short job name", "indexed-job", 1, "indexed-job-1-"),
        Arguments.of(
            "job name exceeds MaxGeneneratedNameLength", h.repeat(7), 1, h.repeat(5) + "hhhhh-1-"),
        Arguments.of(
            "job name with index suffix exceeds MaxGeneratedNameLength",
            h.repeat(5) + "hhhhhoo",
            1,
            h.repeat(5) + "hhhhh-1-"));
  }
}
