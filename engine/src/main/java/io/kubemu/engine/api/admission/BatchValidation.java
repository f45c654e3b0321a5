package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.engine.controller.cronjob.CronParser;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.CronJobSpec;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobSpec;
import io.kubemu.model.batch.JobTemplateSpec;
import io.kubemu.model.batch.PodFailurePolicyOnExitCodesRequirement;
import io.kubemu.model.batch.PodFailurePolicyOnPodConditionsPattern;
import io.kubemu.model.batch.PodFailurePolicyRule;
import io.kubemu.model.core.Affinity;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.LabelSelector;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validation of the batch/v1 kinds (upstream pkg/apis/batch/validation/validation.go); a CronJob's
 * schedule is parsed as the API server parses it (robfig/cron's ParseStandard). Stateless.
 */
final class BatchValidation {
  private BatchValidation() {}

  private static final FieldPath SPEC = FieldPath.root("spec");
  private static final int MAX_PARALLELISM_FOR_INDEXED_JOB = 100_000;
  private static final int MAX_FAILED_INDEXES_FOR_INDEXED_JOB = 100_000;
  private static final List<String> COMPLETION_MODES =
      List.of(JobSpec.NON_INDEXED, JobSpec.INDEXED);
  private static final List<String> REPLACEMENT_POLICIES =
      List.of(JobSpec.FAILED, JobSpec.TERMINATING_OR_FAILED);
  private static final List<String> FAILURE_ACTIONS =
      List.of("Count", "FailIndex", "FailJob", "Ignore");
  private static final List<String> CONCURRENCY_POLICIES =
      List.of(CronJobSpec.ALLOW, CronJobSpec.FORBID, CronJobSpec.REPLACE);
  private static final Pattern TIME_ZONE_PART = Pattern.compile("[A-Za-z.\\-_0-9+]{1,14}");

  // ------------------------------------------------------------------ Job

  /** ValidateJob: metadata, the generated selector, the spec, Indexed pod hostnames. */
  static void job(List<FieldError> errs, Job job) {
    MetaValidation.objectMeta(errs, job.metadata(), true, NameValidation.DNS_SUBDOMAIN);
    generatedSelector(errs, job);
    JobSpec spec = spec(job);
    jobSpec(errs, spec, SPEC);
    if (JobSpec.INDEXED.equals(spec.completionMode())
        && spec.completions() != null
        && spec.completions() > 0) {
      String name = job.metadata().name() == null ? "" : job.metadata().name();
      String hostname = name + "-" + (spec.completions() - 1);
      if (!NameValidation.isDNS1123Label(hostname).isEmpty()) {
        errs.add(
            FieldError.invalid(
                FieldPath.root("metadata", "name"),
                name,
                "will not able to create pod with invalid DNS label: " + hostname));
      }
    }
  }

  /**
   * ValidateJobUpdate: completions, selector, completionMode, podFailurePolicy,
   * backoffLimitPerIndex and managedBy are immutable, and so is the template, except that a
   * suspended job that never started may change its scheduling directives.
   */
  static void jobUpdate(List<FieldError> errs, Job job, Job old) {
    MetaValidation.objectMetaUpdate(errs, job.metadata(), old.metadata());
    JobSpec spec = spec(job);
    JobSpec was = spec(old);
    jobSpec(errs, spec, SPEC);
    MetaValidation.immutable(
        errs, spec.completions(), was.completions(), spec.completions(), SPEC.child("completions"));
    MetaValidation.immutable(
        errs,
        spec.selector(),
        was.selector(),
        () -> GoValues.labelSelector(spec.selector()),
        SPEC.child("selector"));
    boolean mutableScheduling =
        Boolean.TRUE.equals(was.suspend())
            && (old.status() == null || old.status().startTime() == null);
    PodTemplateSpec template = template(spec);
    PodTemplateSpec oldTemplate = template(was);
    if (mutableScheduling) {
      PodSpec t = template.spec() == null ? PodSpec.EMPTY : template.spec();
      PodSpec o = oldTemplate.spec() == null ? PodSpec.EMPTY : oldTemplate.spec();
      Affinity current = t.affinity();
      Affinity prior = o.affinity();
      Affinity affinity = prior;
      if (current == null && prior != null) {
        // the affinity may be cleared when the old one held only a node affinity
        affinity = new Affinity(null, prior.podAffinity(), prior.podAntiAffinity());
        if (affinity.equals(new Affinity(null, null, null))) affinity = null;
      } else if (current != null) {
        // the node affinity skips the immutability check
        affinity =
            new Affinity(
                current.nodeAffinity(),
                prior == null ? null : prior.podAffinity(),
                prior == null ? null : prior.podAntiAffinity());
      }
      o =
          o.withAffinity(affinity)
              .withNodeSelector(t.nodeSelector())
              .withTolerations(t.tolerations());
      oldTemplate =
          new PodTemplateSpec(
              oldTemplate
                  .metadata()
                  .withLabels(template.metadata().labels())
                  .withAnnotations(template.metadata().annotations()),
              o);
    }
    MetaValidation.immutable(
        errs,
        template,
        oldTemplate,
        GoValues.opaque("core.PodTemplateSpec"),
        SPEC.child("template"));
    MetaValidation.immutable(
        errs,
        spec.completionMode(),
        was.completionMode(),
        spec.completionMode(),
        SPEC.child("completionMode"));
    MetaValidation.immutable(
        errs,
        spec.podFailurePolicy(),
        was.podFailurePolicy(),
        GoValues.opaque("batch.PodFailurePolicy"),
        SPEC.child("podFailurePolicy"));
    MetaValidation.immutable(
        errs,
        spec.backoffLimitPerIndex(),
        was.backoffLimitPerIndex(),
        spec.backoffLimitPerIndex(),
        SPEC.child("backoffLimitPerIndex"));
    MetaValidation.immutable(
        errs, spec.managedBy(), was.managedBy(), spec.managedBy(), SPEC.child("managedBy"));
  }

  // validateGeneratedSelector, with RequirePrefixedLabels (new jobs)
  private static void generatedSelector(List<FieldError> errs, Job job) {
    JobSpec spec = spec(job);
    if (Boolean.TRUE.equals(spec.manualSelector()) || spec.selector() == null) return;
    String uid = job.metadata().uid() == null ? "" : job.metadata().uid();
    String name = job.metadata().name() == null ? "" : job.metadata().name();
    if (uid.isEmpty()) errs.add(FieldError.required(FieldPath.root("metadata", "uid"), ""));
    FieldPath meta = SPEC.child("template", "metadata");
    var templateMeta = template(spec).metadata();
    LabelValidation.hasLabel(
        errs, templateMeta, meta, BatchDefaults.LEGACY_CONTROLLER_UID_LABEL, uid);
    LabelValidation.hasLabel(errs, templateMeta, meta, BatchDefaults.LEGACY_JOB_NAME_LABEL, name);
    LabelValidation.hasLabel(errs, templateMeta, meta, Job.CONTROLLER_UID_LABEL, uid);
    LabelValidation.hasLabel(errs, templateMeta, meta, Job.JOB_NAME_LABEL, name);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put(Job.CONTROLLER_UID_LABEL, uid);
    expected.put(Job.JOB_NAME_LABEL, name);
    expected.put(BatchDefaults.LEGACY_CONTROLLER_UID_LABEL, uid);
    expected.put(BatchDefaults.LEGACY_JOB_NAME_LABEL, name);
    LabelValidation.SelectorCheck s = LabelValidation.asSelector(spec.selector());
    if (s != null && !s.matches(expected)) {
      errs.add(
          FieldError.invalid(
              SPEC.child("selector"),
              GoValues.labelSelector(spec.selector()),
              "`selector` not auto-generated"));
    }
  }

  // ValidateJobSpec: validateJobSpec, the selector, and the selector matching the template
  private static void jobSpec(List<FieldError> errs, JobSpec spec, FieldPath path) {
    jobSpecBody(errs, spec, path);
    LabelSelector selector = spec.selector();
    if (selector == null) {
      errs.add(FieldError.required(path.child("selector"), ""));
    } else {
      LabelValidation.labelSelector(errs, selector, path.child("selector"));
    }
    LabelValidation.SelectorCheck s = LabelValidation.asSelector(selector);
    PodTemplateSpec template = template(spec);
    if (s != null && !s.matches(template.metadata().labels())) {
      errs.add(
          FieldError.invalid(
              path.child("template", "metadata", "labels"),
              GoValues.stringMapValue(template.metadata().labels()),
              "`selector` does not match template `labels`"));
    }
  }

  // validateJobSpec
  private static void jobSpecBody(List<FieldError> errs, JobSpec spec, FieldPath path) {
    MetaValidation.nonNegative(errs, spec.parallelism(), path.child("parallelism"));
    MetaValidation.nonNegative(errs, spec.completions(), path.child("completions"));
    MetaValidation.nonNegative(
        errs, spec.activeDeadlineSeconds(), path.child("activeDeadlineSeconds"));
    MetaValidation.nonNegative(errs, spec.backoffLimit(), path.child("backoffLimit"));
    MetaValidation.nonNegative(
        errs, spec.ttlSecondsAfterFinished(), path.child("ttlSecondsAfterFinished"));
    MetaValidation.nonNegative(
        errs, spec.backoffLimitPerIndex(), path.child("backoffLimitPerIndex"));
    if (spec.maxFailedIndexes() != null) {
      MetaValidation.nonNegative(errs, spec.maxFailedIndexes(), path.child("maxFailedIndexes"));
      if (spec.backoffLimitPerIndex() == null) {
        errs.add(
            FieldError.required(
                path.child("backoffLimitPerIndex"), "when maxFailedIndexes is specified"));
      }
    }
    String mode = spec.completionMode();
    if (mode != null) {
      if (!COMPLETION_MODES.contains(mode)) {
        errs.add(FieldError.notSupported(path.child("completionMode"), mode, COMPLETION_MODES));
      }
      if (mode.equals(JobSpec.INDEXED)) {
        if (spec.completions() == null) {
          errs.add(
              FieldError.required(path.child("completions"), "when completion mode is Indexed"));
        }
        if (spec.parallelism() != null && spec.parallelism() > MAX_PARALLELISM_FOR_INDEXED_JOB) {
          errs.add(
              FieldError.invalid(
                  path.child("parallelism"),
                  spec.parallelism(),
                  "must be less than or equal to 100000 when completion mode is Indexed"));
        }
        if (spec.completions() != null
            && spec.maxFailedIndexes() != null
            && spec.maxFailedIndexes() > spec.completions()) {
          errs.add(
              FieldError.invalid(
                  path.child("maxFailedIndexes"),
                  spec.maxFailedIndexes(),
                  "must be less than or equal to completions"));
        }
        if (spec.maxFailedIndexes() != null
            && spec.maxFailedIndexes() > MAX_FAILED_INDEXES_FOR_INDEXED_JOB) {
          errs.add(
              FieldError.invalid(
                  path.child("maxFailedIndexes"),
                  spec.maxFailedIndexes(),
                  "must be less than or equal to 100000"));
        }
      }
    }
    if (mode == null || mode.equals(JobSpec.NON_INDEXED)) {
      if (spec.backoffLimitPerIndex() != null) {
        errs.add(
            FieldError.invalid(
                path.child("backoffLimitPerIndex"),
                spec.backoffLimitPerIndex(),
                "requires indexed completion mode"));
      }
      if (spec.maxFailedIndexes() != null) {
        errs.add(
            FieldError.invalid(
                path.child("maxFailedIndexes"),
                spec.maxFailedIndexes(),
                "requires indexed completion mode"));
      }
    }
    if (spec.podFailurePolicy() != null)
      podFailurePolicy(errs, spec, path.child("podFailurePolicy"));
    String replacement = spec.podReplacementPolicy();
    if (replacement != null) {
      if (spec.podFailurePolicy() != null) {
        if (!replacement.equals(JobSpec.FAILED)) {
          errs.add(
              FieldError.notSupported(
                  path.child("podReplacementPolicy"), replacement, List.of(JobSpec.FAILED)));
        }
      } else if (!REPLACEMENT_POLICIES.contains(replacement)) {
        errs.add(
            FieldError.notSupported(
                path.child("podReplacementPolicy"), replacement, REPLACEMENT_POLICIES));
      }
    }
    PodTemplateSpec template = template(spec);
    PodValidation.template(errs, template, path.child("template"));
    String restart =
        template.spec() == null || template.spec().restartPolicy() == null
            ? ""
            : template.spec().restartPolicy();
    FieldPath rp = path.child("template", "spec", "restartPolicy");
    if (restart.equals("Always") || restart.isEmpty()) {
      errs.add(FieldError.required(rp, "valid values: \"OnFailure\", \"Never\""));
    } else if (!restart.equals("OnFailure") && !restart.equals("Never")) {
      errs.add(FieldError.notSupported(rp, restart, List.of("OnFailure", "Never")));
    } else if (spec.podFailurePolicy() != null && !restart.equals("Never")) {
      errs.add(
          FieldError.invalid(
              rp, restart, "only \"Never\" is supported when podFailurePolicy is specified"));
    }
  }

  // validatePodFailurePolicy
  private static void podFailurePolicy(List<FieldError> errs, JobSpec spec, FieldPath path) {
    FieldPath rulesPath = path.child("rules");
    List<PodFailurePolicyRule> rules = spec.podFailurePolicy().rules();
    if (rules.size() > 20) errs.add(FieldError.tooMany(rulesPath, rules.size(), 20));
    Set<String> containerNames = new HashSet<>(); // lookups only
    PodSpec podSpec = template(spec).spec() == null ? PodSpec.EMPTY : template(spec).spec();
    for (Container c : podSpec.containers()) containerNames.add(c.name());
    for (Container c : podSpec.initContainers()) containerNames.add(c.name());
    for (int i = 0; i < rules.size(); i++) {
      PodFailurePolicyRule rule = rules.get(i);
      FieldPath rp = rulesPath.index(i);
      String action = rule.action() == null ? "" : rule.action();
      if (action.equals("FailIndex")) {
        if (spec.backoffLimitPerIndex() == null) {
          errs.add(
              FieldError.invalid(
                  rp.child("action"), action, "requires the backoffLimitPerIndex to be set"));
        }
      } else if (!FAILURE_ACTIONS.contains(action)) {
        errs.add(FieldError.notSupported(rp.child("action"), action, FAILURE_ACTIONS));
      }
      if (rule.onExitCodes() != null) {
        onExitCodes(errs, rule.onExitCodes(), rp.child("onExitCodes"), containerNames);
      }
      if (!rule.onPodConditions().isEmpty()) {
        onPodConditions(errs, rule.onPodConditions(), rp.child("onPodConditions"));
      }
      if (rule.onExitCodes() != null && !rule.onPodConditions().isEmpty()) {
        errs.add(
            FieldError.invalid(
                rp,
                FieldError.OMIT_VALUE,
                "specifying both OnExitCodes and OnPodConditions is not supported"));
      }
      if (rule.onExitCodes() == null && rule.onPodConditions().isEmpty()) {
        errs.add(
            FieldError.invalid(
                rp,
                FieldError.OMIT_VALUE,
                "specifying one of OnExitCodes and OnPodConditions is required"));
      }
    }
  }

  // validatePodFailurePolicyRuleOnExitCode
  private static void onExitCodes(
      List<FieldError> errs,
      PodFailurePolicyOnExitCodesRequirement r,
      FieldPath path,
      Set<String> containerNames) {
    String op = r.operator() == null ? "" : r.operator();
    if (!op.equals("In") && !op.equals("NotIn")) {
      errs.add(FieldError.notSupported(path.child("operator"), op, List.of("In", "NotIn")));
    }
    FieldPath values = path.child("values");
    if (r.values().isEmpty()) {
      errs.add(
          FieldError.invalid(
              values, new GoValues.GoLiteral("[]int32(nil)"), "at least one value is required"));
    } else if (r.values().size() > 255) {
      errs.add(FieldError.tooMany(values, r.values().size(), 255));
    }
    Set<Integer> unique = new HashSet<>(); // lookups only
    int prev = -1;
    for (int i = 0; i < r.values().size(); i++) {
      int v = r.values().get(i) == null ? 0 : r.values().get(i);
      FieldPath vp = values.index(i);
      if (op.equals("In") && v == 0) {
        errs.add(FieldError.invalid(vp, v, "must not be 0 for the In operator"));
      }
      if (!unique.add(v)) errs.add(FieldError.duplicate(vp, v));
      else if (v < prev) errs.add(FieldError.invalid(vp, v, "must be ordered"));
      prev = v;
    }
    if (r.containerName() != null && !containerNames.contains(r.containerName())) {
      errs.add(
          FieldError.invalid(
              path.child("containerName"),
              r.containerName(),
              "must be one of the container or initContainer names in the pod template"));
    }
  }

  // validatePodFailurePolicyRuleOnPodConditions
  private static void onPodConditions(
      List<FieldError> errs,
      List<PodFailurePolicyOnPodConditionsPattern> patterns,
      FieldPath path) {
    if (patterns.size() > 20) errs.add(FieldError.tooMany(path, patterns.size(), 20));
    for (int i = 0; i < patterns.size(); i++) {
      PodFailurePolicyOnPodConditionsPattern p = patterns.get(i);
      FieldPath pp = path.index(i);
      String status = p.status() == null ? "" : p.status();
      if (!List.of("False", "True", "Unknown").contains(status)) {
        errs.add(
            FieldError.notSupported(
                pp.child("status"), status, List.of("False", "True", "Unknown")));
      }
      LabelValidation.qualifiedName(errs, p.type() == null ? "" : p.type(), pp.child("type"));
    }
  }

  // ------------------------------------------------------------------ CronJob

  /** ValidateCronJobCreate: the spec, and a name short enough for the jobs' timestamp suffix. */
  static void cronJob(List<FieldError> errs, CronJob cj) {
    MetaValidation.objectMeta(errs, cj.metadata(), true, NameValidation.DNS_SUBDOMAIN);
    cronJobSpec(errs, cj.spec() == null ? CronJobSpec.EMPTY : cj.spec(), null);
    String name = cj.metadata().name() == null ? "" : cj.metadata().name();
    if (name.length() > 63 - 11) {
      errs.add(
          FieldError.invalid(
              FieldPath.root("metadata", "name"), name, "must be no more than 52 characters"));
    }
  }

  /** ValidateCronJobUpdate (without the name length check). */
  static void cronJobUpdate(List<FieldError> errs, CronJob cj, CronJob old) {
    MetaValidation.objectMetaUpdate(errs, cj.metadata(), old.metadata());
    cronJobSpec(
        errs,
        cj.spec() == null ? CronJobSpec.EMPTY : cj.spec(),
        old.spec() == null ? CronJobSpec.EMPTY : old.spec());
  }

  // validateCronJobSpec
  private static void cronJobSpec(List<FieldError> errs, CronJobSpec spec, CronJobSpec old) {
    String schedule = spec.schedule() == null ? "" : spec.schedule();
    if (schedule.isEmpty()) {
      errs.add(FieldError.required(SPEC.child("schedule"), ""));
    } else {
      // validateScheduleFormat: robfig's cron.ParseStandard, then the TZ rules
      boolean allowTZ = old != null && old.schedule() != null && old.schedule().contains("TZ");
      try {
        CronParser.parseStandard(schedule);
      } catch (IllegalArgumentException e) {
        errs.add(FieldError.invalid(SPEC.child("schedule"), schedule, e.getMessage()));
      }
      if (allowTZ && schedule.contains("TZ") && spec.timeZone() != null) {
        errs.add(
            FieldError.invalid(
                SPEC.child("schedule"),
                schedule,
                "cannot use both timeZone field and TZ or CRON_TZ in schedule"));
      } else if (!allowTZ && schedule.contains("TZ")) {
        errs.add(
            FieldError.invalid(
                SPEC.child("schedule"),
                schedule,
                "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"));
      }
    }
    MetaValidation.nonNegative(
        errs, spec.startingDeadlineSeconds(), SPEC.child("startingDeadlineSeconds"));
    if (old == null || !Objects.equals(old.timeZone(), spec.timeZone())) {
      timeZone(errs, spec.timeZone(), SPEC.child("timeZone"));
    }
    String policy = spec.concurrencyPolicy() == null ? "" : spec.concurrencyPolicy();
    if (policy.isEmpty()) {
      errs.add(FieldError.required(SPEC.child("concurrencyPolicy"), ""));
    } else if (!CONCURRENCY_POLICIES.contains(policy)) {
      errs.add(
          FieldError.notSupported(SPEC.child("concurrencyPolicy"), policy, CONCURRENCY_POLICIES));
    }
    jobTemplate(
        errs,
        spec.jobTemplate() == null ? new JobTemplateSpec(null, null) : spec.jobTemplate(),
        SPEC.child("jobTemplate"));
    MetaValidation.nonNegative(
        errs, spec.successfulJobsHistoryLimit(), SPEC.child("successfulJobsHistoryLimit"));
    MetaValidation.nonNegative(
        errs, spec.failedJobsHistoryLimit(), SPEC.child("failedJobsHistoryLimit"));
  }

  // validateTimeZone
  private static void timeZone(List<FieldError> errs, String tz, FieldPath path) {
    if (tz == null) return;
    if (tz.isEmpty()) {
      errs.add(FieldError.invalid(path, tz, "timeZone must be nil or non-empty string"));
      return;
    }
    for (String part : tz.split("/", -1)) {
      if (part.equals(".")
          || part.equals("..")
          || part.startsWith("-")
          || !TIME_ZONE_PART.matcher(part).matches()) {
        errs.add(FieldError.invalid(path, tz, "unknown time zone " + tz));
        return;
      }
    }
    if (tz.equalsIgnoreCase("Local")) {
      errs.add(
          FieldError.invalid(
              path,
              tz,
              "timeZone must be an explicit time zone as defined in"
                  + " https://www.iana.org/time-zones"));
    }
    if (!tz.equals("UTC") && !ZoneId.getAvailableZoneIds().contains(tz)) {
      errs.add(FieldError.invalid(path, tz, "unknown time zone " + tz)); // time.LoadLocation
    }
  }

  // ValidateJobTemplateSpec
  private static void jobTemplate(List<FieldError> errs, JobTemplateSpec jt, FieldPath path) {
    JobSpec spec = jt.spec() == null ? JobSpec.EMPTY : jt.spec();
    jobSpecBody(errs, spec, path.child("spec"));
    if (spec.selector() != null) {
      errs.add(
          FieldError.invalid(
              path.child("spec", "selector"),
              GoValues.labelSelector(spec.selector()),
              "`selector` will be auto-generated"));
    }
    if (Boolean.TRUE.equals(spec.manualSelector())) {
      errs.add(
          FieldError.notSupported(
              path.child("spec", "manualSelector"), true, List.of("nil", "false")));
    }
  }

  private static JobSpec spec(Job job) {
    return job.spec() == null ? JobSpec.EMPTY : job.spec();
  }

  private static PodTemplateSpec template(JobSpec spec) {
    return spec.template() == null ? new PodTemplateSpec(null, null) : spec.template();
  }
}
