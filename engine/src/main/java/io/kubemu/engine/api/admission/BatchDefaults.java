package io.kubemu.engine.api.admission;

import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.CronJobSpec;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobSpec;
import io.kubemu.model.batch.JobTemplateSpec;
import io.kubemu.model.batch.PodFailurePolicy;
import io.kubemu.model.batch.PodFailurePolicyOnPodConditionsPattern;
import io.kubemu.model.batch.PodFailurePolicyRule;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch/v1 defaults (upstream pkg/apis/batch/v1/defaults.go), each with the pod template's
 * defaults ({@link PodDefaults#template}), and the Job strategy's selector generation. Pure
 * functions.
 *
 * <ul>
 *   <li>Job: completions and parallelism 1 when both are unset (parallelism alone defaults to 1,
 *       completions stays unset when parallelism is given); backoffLimit 6 (MaxInt32 with
 *       backoffLimitPerIndex); the Job's labels from the template's when it has none;
 *       completionMode NonIndexed; suspend false; podFailurePolicy onPodConditions status True;
 *       podReplacementPolicy TerminatingOrFailed (Failed with a podFailurePolicy); manualSelector
 *       false.
 *   <li>CronJob: concurrencyPolicy Allow; suspend false; successfulJobsHistoryLimit 3;
 *       failedJobsHistoryLimit 1. The job template's spec gets only the pod template defaults.
 * </ul>
 */
public final class BatchDefaults {
  private BatchDefaults() {}

  /** The pre-1.27 label naming a job's pods' job (batch.LegacyJobNameLabel). */
  public static final String LEGACY_JOB_NAME_LABEL = "job-name";

  /** The pre-1.27 label holding a job's uid (batch.LegacyControllerUidLabel). */
  public static final String LEGACY_CONTROLLER_UID_LABEL = "controller-uid";

  /** SetDefaults_Job. */
  public static Job job(Job job) {
    JobSpec spec = job.spec() == null ? JobSpec.EMPTY : job.spec();
    RecordEdit<JobSpec> e = RecordEdit.of(spec);
    if (spec.completions() == null && spec.parallelism() == null) {
      e.set("completions", 1).set("parallelism", 1);
    }
    e.orElse("parallelism", 1)
        .orElse("backoffLimit", spec.backoffLimitPerIndex() != null ? Integer.MAX_VALUE : 6)
        .orElse("completionMode", JobSpec.NON_INDEXED)
        .orElse("suspend", false);
    if (spec.podFailurePolicy() != null) {
      e.set("podFailurePolicy", podFailurePolicy(spec.podFailurePolicy()));
    }
    // JobPodReplacementPolicy (beta, on)
    e.orElse(
            "podReplacementPolicy",
            spec.podFailurePolicy() != null ? JobSpec.FAILED : JobSpec.TERMINATING_OR_FAILED)
        .orElse("manualSelector", false)
        .set("template", PodDefaults.template(spec.template()));
    JobSpec outSpec = e.build();
    Job out = outSpec == job.spec() ? job : job.withSpec(outSpec);
    Map<String, String> templateLabels =
        spec.template() == null ? Map.of() : spec.template().metadata().labels();
    if (!templateLabels.isEmpty() && job.metadata().labels().isEmpty()) {
      out = out.withMetadata(out.metadata().withLabels(templateLabels));
    }
    return out;
  }

  private static PodFailurePolicy podFailurePolicy(PodFailurePolicy p) {
    List<PodFailurePolicyRule> rules =
        PodDefaults.map(
            p.rules(),
            r ->
                RecordEdit.of(r)
                    .set(
                        "onPodConditions",
                        PodDefaults.map(
                            r.onPodConditions(),
                            c ->
                                CoreDefaults.isEmpty(c.status())
                                    ? new PodFailurePolicyOnPodConditionsPattern(c.type(), "True")
                                    : c))
                    .build());
    return rules == p.rules() ? p : new PodFailurePolicy(rules);
  }

  /** SetDefaults_CronJob, and the pod template defaults of the job template. */
  public static CronJob cronJob(CronJob cj) {
    CronJobSpec spec = cj.spec() == null ? CronJobSpec.EMPTY : cj.spec();
    RecordEdit<CronJobSpec> e = RecordEdit.of(spec);
    if (CoreDefaults.isEmpty(spec.concurrencyPolicy())) {
      e.set("concurrencyPolicy", CronJobSpec.ALLOW);
    }
    e.orElse("suspend", false)
        .orElse("successfulJobsHistoryLimit", 3)
        .orElse("failedJobsHistoryLimit", 1);
    // the job template and its spec are Go struct values: absent means empty
    JobTemplateSpec jt =
        spec.jobTemplate() == null ? new JobTemplateSpec(null, null) : spec.jobTemplate();
    JobSpec jobSpec = jt.spec() == null ? JobSpec.EMPTY : jt.spec();
    PodTemplateSpec t = PodDefaults.template(jobSpec.template());
    if (t != jobSpec.template()) {
      e.set("jobTemplate", new JobTemplateSpec(jt.metadata(), jobSpec.withTemplate(t)));
    }
    CronJobSpec out = e.build();
    return out == cj.spec() ? cj : cj.withSpec(out);
  }

  /**
   * The job strategy's generateSelector, for jobs without {@code manualSelector: true}: the
   * template gets the labels {@code job-name}, {@code batch.kubernetes.io/job-name} (the job's
   * name), {@code controller-uid} and {@code batch.kubernetes.io/controller-uid} (its uid) unless
   * present, and the selector matches {@code batch.kubernetes.io/controller-uid}. Needs the uid, so
   * it belongs in the API server's PrepareForCreate (after the uid is assigned), not in admission.
   *
   * @return the job with the generated selector, or {@code job} for a manual selector
   */
  public static Job generateSelector(Job job) {
    JobSpec spec = job.spec() == null ? JobSpec.EMPTY : job.spec();
    if (Boolean.TRUE.equals(spec.manualSelector())) return job;
    String name = job.metadata().name();
    String uid = job.metadata().uid();
    PodTemplateSpec template =
        spec.template() == null ? new PodTemplateSpec(ObjectMeta.EMPTY, null) : spec.template();
    Map<String, String> labels = new LinkedHashMap<>(template.metadata().labels());
    labels.putIfAbsent(LEGACY_JOB_NAME_LABEL, name);
    labels.putIfAbsent(Job.JOB_NAME_LABEL, name);
    labels.putIfAbsent(LEGACY_CONTROLLER_UID_LABEL, uid);
    labels.putIfAbsent(Job.CONTROLLER_UID_LABEL, uid);
    LabelSelector selector =
        spec.selector() == null ? new LabelSelector(null, null) : spec.selector();
    Map<String, String> matchLabels = new LinkedHashMap<>(selector.matchLabels());
    matchLabels.putIfAbsent(Job.CONTROLLER_UID_LABEL, uid);
    JobSpec out =
        RecordEdit.of(spec)
            .set("template", template.withMetadata(template.metadata().withLabels(labels)))
            .set("selector", new LabelSelector(matchLabels, selector.matchExpressions()))
            .build();
    return out == job.spec() ? job : job.withSpec(out);
  }
}
