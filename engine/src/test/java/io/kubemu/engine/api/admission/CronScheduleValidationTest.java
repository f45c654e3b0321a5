package io.kubemu.engine.api.admission;

import static io.kubemu.engine.api.admission.Admit.createError;
import static io.kubemu.engine.api.admission.Admit.server;
import static io.kubemu.engine.api.admission.Admit.updateError;
import static io.kubemu.engine.api.admission.Admit.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.model.batch.CronJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * validateScheduleFormat (pkg/apis/batch/validation): the schedule must parse with robfig/cron's
 * ParseStandard, and the error is robfig's message as an Invalid value on spec.schedule.
 */
class CronScheduleValidationTest {

  private static final String TEMPLATE =
      "jobTemplate: {spec: {template: {spec: {restartPolicy: OnFailure, containers: [{name: hello,"
          + " image: busybox}]}}}}";

  static CronJob cronJob(String schedule, String... more) {
    StringBuilder spec = new StringBuilder("schedule: '" + schedule + "'");
    for (String m : more) spec.append("\n  ").append(m);
    return yaml(
        CronJob.class,
        "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: hello, namespace: default}\n"
            + "spec:\n  "
            + spec
            + "\n  "
            + TEMPLATE
            + "\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*/1 * * * *",
        "0 3 * * *",
        "30 2 1,15 * MON-FRI",
        "0 0 ? * sun",
        "*/15 9-17 * jan-mar 1-5",
        "@hourly",
        "@daily",
        "@midnight",
        "@weekly",
        "@monthly",
        "@yearly",
        "@annually",
        "@every 5m"
      })
  void accepts_what_ParseStandard_parses(String schedule) {
    assertThatCode(() -> server().create(cronJob(schedule))).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          error            | expected exactly 5 fields, found 1: [error]
          */1 * * *        | expected exactly 5 fields, found 4: [*/1 * * *]
          0 0 * * * *      | expected exactly 5 fields, found 6: [0 0 * * * *]
          61 * * * *       | end of range (61) above maximum (59): 61
          * 24 * * *       | end of range (24) above maximum (23): 24
          * * 0 * *        | beginning of range (0) below minimum (1): 0
          * * * 13 *       | end of range (13) above maximum (12): 13
          * * * * 7        | end of range (7) above maximum (6): 7
          5-1 * * * *      | beginning of range (5) beyond end of range (1): 5-1
          */0 * * * *      | step of range should be a positive number: */0
          @fortnightly     | unrecognized descriptor: @fortnightly
          """)
  void rejects_with_robfigs_message(String schedule, String message) {
    assertThat(createError(cronJob(schedule)))
        .isEqualTo(
            "CronJob.batch \"hello\" is invalid: spec.schedule: Invalid value: \""
                + schedule
                + "\": "
                + message);
  }

  @Test
  void a_bad_zone_prefix_is_both_unparseable_and_forbidden_on_create() {
    assertThat(createError(cronJob("TZ=Mars/Olympus 0 * * * *")))
        .isEqualTo(
            "CronJob.batch \"hello\" is invalid: [spec.schedule: Invalid value: \"TZ=Mars/Olympus"
                + " 0 * * * *\": provided bad location Mars/Olympus: unknown time zone"
                + " Mars/Olympus, spec.schedule: Invalid value: \"TZ=Mars/Olympus 0 * * * *\":"
                + " cannot use TZ or CRON_TZ in schedule, use timeZone field instead]");
  }

  @Test
  void a_good_zone_prefix_parses_but_is_forbidden_on_create() {
    assertThat(createError(cronJob("CRON_TZ=Asia/Shanghai 0 * * * *")))
        .isEqualTo(
            "CronJob.batch \"hello\" is invalid: spec.schedule: Invalid value:"
                + " \"CRON_TZ=Asia/Shanghai 0 * * * *\": cannot use TZ or CRON_TZ in schedule,"
                + " use timeZone field instead");
  }

  @Test
  void an_update_is_parsed_too() {
    ApiServer server = server();
    CronJob stored = server.create(cronJob("*/1 * * * *"));
    CronJob broken = cronJob("*/1 * * *").withMetadata(stored.metadata());
    assertThat(updateError(server, broken))
        .isEqualTo(
            "CronJob.batch \"hello\" is invalid: spec.schedule: Invalid value: \"*/1 * * *\":"
                + " expected exactly 5 fields, found 4: [*/1 * * *]");
  }
}
