package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.CronJobSpec;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobCondition;
import io.kubemu.model.batch.JobSpec;
import io.kubemu.model.batch.JobStatus;
import io.kubemu.model.batch.JobTemplateSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The batch/v1 printers (printers.go printJob, printCronJob, v1.30). */
public final class BatchPrinters {
  private BatchPrinters() {}

  /** Jobs: NAME STATUS COMPLETIONS DURATION AGE, wide CONTAINERS IMAGES SELECTOR. */
  public static final class JobPrinter implements ObjectPrinter<Job> {
    private static final List<Column> COLUMNS =
        List.of(
            Column.nameColumn(),
            Column.of("Status"),
            Column.of("Completions"),
            Column.of("Duration"),
            Column.of("Age"),
            Column.wide("Containers"),
            Column.wide("Images"),
            Column.wide("Selector"));

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(Job job, Instant now) {
      JobSpec spec = job.spec();
      JobStatus st = job.status();
      int succeeded = st == null ? 0 : Formats.intOf(st.succeeded());
      String completions;
      if (spec != null && spec.completions() != null) {
        completions = succeeded + "/" + spec.completions();
      } else {
        int parallelism = spec == null || spec.parallelism() == null ? 0 : spec.parallelism();
        completions = parallelism > 1 ? succeeded + "/1 of " + parallelism : succeeded + "/1";
      }
      String duration = "";
      if (st != null && st.startTime() != null) {
        Instant end = st.completionTime() != null ? st.completionTime() : now;
        duration = HumanDuration.human(Duration.between(st.startTime(), end));
      }
      List<String> cells = new ArrayList<>();
      cells.add(job.metadata().name());
      cells.add(status(job));
      cells.add(completions);
      cells.add(duration);
      cells.add(HumanDuration.since(job.metadata().creationTimestamp(), now));
      cells.addAll(
          Formats.containerCells(AppsPrinters.containers(spec == null ? null : spec.template())));
      cells.add(Formats.labelSelector(spec == null ? null : spec.selector()));
      return cells;
    }

    /**
     * {@return the STATUS cell: Complete, Failed, Terminating, Suspended, FailureTarget, Running}
     */
    public static String status(Job job) {
      List<JobCondition> conditions = job.status() == null ? List.of() : job.status().conditions();
      if (hasCondition(conditions, "Complete")) return "Complete";
      if (hasCondition(conditions, "Failed")) return "Failed";
      if (job.metadata().deletionTimestamp() != null) return "Terminating";
      if (hasCondition(conditions, "Suspended")) return "Suspended";
      if (hasCondition(conditions, "FailureTarget")) return "FailureTarget";
      return "Running";
    }

    // printers.go hasJobCondition: the first condition of the type decides
    private static boolean hasCondition(List<JobCondition> conditions, String type) {
      for (JobCondition c : conditions) {
        if (type.equals(c.type())) return "True".equals(c.status());
      }
      return false;
    }
  }

  /**
   * CronJobs: NAME SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE, wide CONTAINERS IMAGES
   * SELECTOR.
   */
  public static final class CronJobPrinter implements ObjectPrinter<CronJob> {
    private static final List<Column> COLUMNS =
        List.of(
            Column.nameColumn(),
            Column.of("Schedule"),
            Column.of("Timezone"),
            Column.of("Suspend"),
            Column.of("Active"),
            Column.of("Last Schedule"),
            Column.of("Age"),
            Column.wide("Containers"),
            Column.wide("Images"),
            Column.wide("Selector"));

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(CronJob cj, Instant now) {
      CronJobSpec spec = cj.spec();
      String lastSchedule = "<none>";
      int active = 0;
      if (cj.status() != null) {
        active = cj.status().active().size();
        if (cj.status().lastScheduleTime() != null) {
          lastSchedule = HumanDuration.since(cj.status().lastScheduleTime(), now);
        }
      }
      JobTemplateSpec template = spec == null ? null : spec.jobTemplate();
      JobSpec jobSpec = template == null ? null : template.spec();
      List<String> cells = new ArrayList<>();
      cells.add(cj.metadata().name());
      cells.add(spec == null ? "" : Formats.nullToEmpty(spec.schedule()));
      cells.add(spec == null || spec.timeZone() == null ? "<none>" : spec.timeZone());
      // suspend defaults to false on the API server
      cells.add(Formats.bool(spec != null && Boolean.TRUE.equals(spec.suspend())));
      cells.add(Integer.toString(active));
      cells.add(lastSchedule);
      cells.add(HumanDuration.since(cj.metadata().creationTimestamp(), now));
      cells.addAll(
          Formats.containerCells(
              AppsPrinters.containers(jobSpec == null ? null : jobSpec.template())));
      cells.add(Formats.labelSelector(jobSpec == null ? null : jobSpec.selector()));
      return cells;
    }
  }
}
