package io.kubemu.model.batch;

import io.kubemu.model.meta.ObjectMeta;

/**
 * The Job a CronJob creates (batch/v1 JobTemplateSpec).
 *
 * @param metadata labels and annotations copied to each Job, or null
 * @param spec the Job's spec
 */
public record JobTemplateSpec(ObjectMeta metadata, JobSpec spec) {}
