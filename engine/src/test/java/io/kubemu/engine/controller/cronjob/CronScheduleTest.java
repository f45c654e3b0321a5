package io.kubemu.engine.controller.cronjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** robfig/cron v3 spec_test.go and constantdelay_test.go, row for row. */
class CronScheduleTest {

  // TestActivation: Next(t - 1s) == t exactly when t activates the schedule (ParseStandard)
  @ParameterizedTest(name = "{1} at {0}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Mon Jul 9 15:00 2012;0/15 * * * *;true",
        "Mon Jul 9 15:45 2012;0/15 * * * *;true",
        "Mon Jul 9 15:40 2012;0/15 * * * *;false",
        "Mon Jul 9 15:05 2012;5/15 * * * *;true",
        "Mon Jul 9 15:20 2012;5/15 * * * *;true",
        "Mon Jul 9 15:50 2012;5/15 * * * *;true",
        "Sun Jul 15 15:00 2012;0/15 * * Jul *;true",
        "Sun Jul 15 15:00 2012;0/15 * * Jun *;false",
        "Sun Jul 15 08:30 2012;30 08 ? Jul Sun;true",
        "Sun Jul 15 08:30 2012;30 08 15 Jul ?;true",
        "Mon Jul 16 08:30 2012;30 08 ? Jul Sun;false",
        "Mon Jul 16 08:30 2012;30 08 15 Jul ?;false",
        "Mon Jul 9 15:00 2012;@hourly;true",
        "Mon Jul 9 15:04 2012;@hourly;false",
        "Mon Jul 9 15:00 2012;@daily;false",
        "Mon Jul 9 00:00 2012;@daily;true",
        "Mon Jul 9 00:00 2012;@weekly;false",
        "Sun Jul 8 00:00 2012;@weekly;true",
        "Sun Jul 8 01:00 2012;@weekly;false",
        "Sun Jul 8 00:00 2012;@monthly;false",
        "Sun Jul 1 00:00 2012;@monthly;true",
        "Sun Jul 15 00:00 2012;* * 1,15 * Sun;true",
        "Fri Jun 15 00:00 2012;* * 1,15 * Sun;true",
        "Wed Aug 1 00:00 2012;* * 1,15 * Sun;true",
        "Sun Jul 15 00:00 2012;* * */10 * Sun;true",
        "Sun Jul 15 00:00 2012;* * * * Mon;false",
        "Mon Jul 9 00:00 2012;* * 1,15 * *;false",
        "Sun Jul 15 00:00 2012;* * 1,15 * *;true",
        "Sun Jul 15 00:00 2012;* * */2 * Sun;true"
      })
  void activation(String time, String spec, boolean expected) {
    CronSchedule sched = CronParser.parseStandard(spec);
    ZonedDateTime t = time(time);
    assertThat(sched.next(t.minusSeconds(1)).isEqual(t)).isEqualTo(expected);
  }

  // TestNext (secondParser), including the daylight saving rows
  @ParameterizedTest(name = "{1} after {0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Mon Jul 9 14:45 2012;0 0/15 * * * *;Mon Jul 9 15:00 2012",
        "Mon Jul 9 14:59 2012;0 0/15 * * * *;Mon Jul 9 15:00 2012",
        "Mon Jul 9 14:59:59 2012;0 0/15 * * * *;Mon Jul 9 15:00 2012",
        "Mon Jul 9 15:45 2012;0 20-35/15 * * * *;Mon Jul 9 16:20 2012",
        "Mon Jul 9 23:46 2012;0 */15 * * * *;Tue Jul 10 00:00 2012",
        "Mon Jul 9 23:45 2012;0 20-35/15 * * * *;Tue Jul 10 00:20 2012",
        "Mon Jul 9 23:35:51 2012;15/35 20-35/15 * * * *;Tue Jul 10 00:20:15 2012",
        "Mon Jul 9 23:35:51 2012;15/35 20-35/15 1/2 * * *;Tue Jul 10 01:20:15 2012",
        "Mon Jul 9 23:35:51 2012;15/35 20-35/15 10-12 * * *;Tue Jul 10 10:20:15 2012",
        "Mon Jul 9 23:35:51 2012;15/35 20-35/15 1/2 */2 * *;Thu Jul 11 01:20:15 2012",
        "Mon Jul 9 23:35:51 2012;15/35 20-35/15 * 9-20 * *;Wed Jul 10 00:20:15 2012",
        "Mon Jul 9 23:35:51 2012;15/35 20-35/15 * 9-20 Jul *;Wed Jul 10 00:20:15 2012",
        "Mon Jul 9 23:35 2012;0 0 0 9 Apr-Oct ?;Thu Aug 9 00:00 2012",
        "Mon Jul 9 23:35 2012;0 0 0 */5 Apr,Aug,Oct Mon;Tue Aug 1 00:00 2012",
        "Mon Jul 9 23:35 2012;0 0 0 */5 Oct Mon;Mon Oct 1 00:00 2012",
        "Mon Jul 9 23:35 2012;0 0 0 * Feb Mon;Mon Feb 4 00:00 2013",
        "Mon Jul 9 23:35 2012;0 0 0 * Feb Mon/2;Fri Feb 1 00:00 2013",
        "Mon Dec 31 23:59:45 2012;0 * * * * *;Tue Jan 1 00:00:00 2013",
        "Mon Jul 9 23:35 2012;0 0 0 29 Feb ?;Mon Feb 29 00:00 2016",
        "2012-03-11T00:00:00-0500;TZ=America/New_York 0 30 2 11 Mar ?;2013-03-11T02:30:00-0400",
        "2012-03-11T00:00:00-0500;TZ=America/New_York 0 0 * * * ?;2012-03-11T01:00:00-0500",
        "2012-03-11T01:00:00-0500;TZ=America/New_York 0 0 * * * ?;2012-03-11T03:00:00-0400",
        "2012-03-11T03:00:00-0400;TZ=America/New_York 0 0 * * * ?;2012-03-11T04:00:00-0400",
        "2012-03-11T04:00:00-0400;TZ=America/New_York 0 0 * * * ?;2012-03-11T05:00:00-0400",
        "2012-03-11T00:00:00-0500;CRON_TZ=America/New_York 0 0 * * * ?;2012-03-11T01:00:00-0500",
        "2012-03-11T01:00:00-0500;CRON_TZ=America/New_York 0 0 * * * ?;2012-03-11T03:00:00-0400",
        "2012-03-11T03:00:00-0400;CRON_TZ=America/New_York 0 0 * * * ?;2012-03-11T04:00:00-0400",
        "2012-03-11T04:00:00-0400;CRON_TZ=America/New_York 0 0 * * * ?;2012-03-11T05:00:00-0400",
        "2012-03-11T00:00:00-0500;TZ=America/New_York 0 0 1 * * ?;2012-03-11T01:00:00-0500",
        "2012-03-11T01:00:00-0500;TZ=America/New_York 0 0 1 * * ?;2012-03-12T01:00:00-0400",
        "2012-03-11T00:00:00-0500;TZ=America/New_York 0 0 2 * * ?;2012-03-12T02:00:00-0400",
        "2012-11-04T00:00:00-0400;TZ=America/New_York 0 30 2 04 Nov ?;2012-11-04T02:30:00-0500",
        "2012-11-04T01:45:00-0400;TZ=America/New_York 0 30 1 04 Nov ?;2012-11-04T01:30:00-0500",
        "2012-11-04T00:00:00-0400;TZ=America/New_York 0 0 * * * ?;2012-11-04T01:00:00-0400",
        "2012-11-04T01:00:00-0400;TZ=America/New_York 0 0 * * * ?;2012-11-04T01:00:00-0500",
        "2012-11-04T01:00:00-0500;TZ=America/New_York 0 0 * * * ?;2012-11-04T02:00:00-0500",
        "2012-11-04T00:00:00-0400;TZ=America/New_York 0 0 1 * * ?;2012-11-04T01:00:00-0400",
        "2012-11-04T01:00:00-0400;TZ=America/New_York 0 0 1 * * ?;2012-11-04T01:00:00-0500",
        "2012-11-04T01:00:00-0500;TZ=America/New_York 0 0 1 * * ?;2012-11-05T01:00:00-0500",
        "2012-11-04T00:00:00-0400;TZ=America/New_York 0 0 2 * * ?;2012-11-04T02:00:00-0500",
        "2012-11-04T02:00:00-0500;TZ=America/New_York 0 0 2 * * ?;2012-11-05T02:00:00-0500",
        "2012-11-04T00:00:00-0400;TZ=America/New_York 0 0 3 * * ?;2012-11-04T03:00:00-0500",
        "2012-11-04T03:00:00-0500;TZ=America/New_York 0 0 3 * * ?;2012-11-05T03:00:00-0500",
        "TZ=America/New_York 2012-11-04T00:00:00-0400;0 0 * * * ?;2012-11-04T01:00:00-0400",
        "TZ=America/New_York 2012-11-04T01:00:00-0400;0 0 * * * ?;2012-11-04T01:00:00-0500",
        "TZ=America/New_York 2012-11-04T01:00:00-0500;0 0 * * * ?;2012-11-04T02:00:00-0500",
        "TZ=America/New_York 2012-11-04T00:00:00-0400;0 0 1 * * ?;2012-11-04T01:00:00-0400",
        "TZ=America/New_York 2012-11-04T01:00:00-0400;0 0 1 * * ?;2012-11-04T01:00:00-0500",
        "TZ=America/New_York 2012-11-04T01:00:00-0500;0 0 1 * * ?;2012-11-05T01:00:00-0500",
        "TZ=America/New_York 2012-11-04T00:00:00-0400;0 0 2 * * ?;2012-11-04T02:00:00-0500",
        "TZ=America/New_York 2012-11-04T02:00:00-0500;0 0 2 * * ?;2012-11-05T02:00:00-0500",
        "TZ=America/New_York 2012-11-04T00:00:00-0400;0 0 3 * * ?;2012-11-04T03:00:00-0500",
        "TZ=America/New_York 2012-11-04T03:00:00-0500;0 0 3 * * ?;2012-11-05T03:00:00-0500",
        "Mon Jul 9 23:35 2012;0 0 0 30 Feb ?;''",
        "Mon Jul 9 23:35 2012;0 0 0 31 Apr ?;''",
        "TZ=America/New_York 2012-11-04T00:00:00-0400;0 0 3 3 * ?;2012-12-03T03:00:00-0500",
        "2018-10-17T05:00:00-0400;TZ=America/Sao_Paulo 0 0 9 10 * ?;2018-11-10T06:00:00-0500",
        "2018-02-14T05:00:00-0500;TZ=America/Sao_Paulo 0 0 9 22 * ?;2018-02-22T07:00:00-0500"
      })
  void next(String from, String spec, String expected) {
    CronSchedule sched = CronParserTest.SECOND_PARSER.parse(spec);
    ZonedDateTime actual = sched.next(time(from));
    if (expected.isEmpty()) {
      assertThat(actual.toInstant()).isEqualTo(CronSchedule.ZERO); // unsatisfiable: Go's zero
    } else {
      assertThat(actual.toInstant()).isEqualTo(time(expected).toInstant());
    }
  }

  // TestErrors
  @ParameterizedTest
  @ValueSource(strings = {"xyz", "60 0 * * *", "0 60 * * *", "0 0 * * XYZ"})
  void errors(String spec) {
    assertThatThrownBy(() -> CronParserTest.SECOND_PARSER.parse(spec))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // constantdelay_test.go TestConstantDelayNext (delay in nanoseconds)
  @ParameterizedTest(name = "every {1} ns after {0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Mon Jul 9 14:45 2012;900000000050;Mon Jul 9 15:00 2012",
        "Mon Jul 9 14:59 2012;900000000000;Mon Jul 9 15:14 2012",
        "Mon Jul 9 14:59:59 2012;900000000000;Mon Jul 9 15:14:59 2012",
        "Mon Jul 9 15:45 2012;2100000000000;Mon Jul 9 16:20 2012",
        "Mon Jul 9 23:46 2012;840000000000;Tue Jul 10 00:00 2012",
        "Mon Jul 9 23:45 2012;2100000000000;Tue Jul 10 00:20 2012",
        "Mon Jul 9 23:35:51 2012;2664000000000;Tue Jul 10 00:20:15 2012",
        "Mon Jul 9 23:35:51 2012;92664000000000;Thu Jul 11 01:20:15 2012",
        "Mon Jul 9 23:35 2012;7863900000000000;Thu Oct 9 00:00 2012",
        "Mon Dec 31 23:59:45 2012;15000000000;Tue Jan 1 00:00:00 2013",
        "Mon Jul 9 14:45 2012;900000000050;Mon Jul 9 15:00 2012",
        "Mon Jul 9 14:45:00 2012;15000000;Mon Jul 9 14:45:01 2012",
        "Mon Jul 9 14:45:00.005 2012;900000000000;Mon Jul 9 15:00 2012",
        "Mon Jul 9 14:45:00.005 2012;900000000050;Mon Jul 9 15:00 2012"
      })
  void constantDelayNext(String from, long delayNanos, String expected) {
    CronSchedule every = CronSchedule.ConstantDelay.every(Duration.ofNanos(delayNanos));
    assertThat(every.next(time(from))).isEqualTo(time(expected));
  }

  private static final Locale US = Locale.US;

  /**
   * robfig's getTime: an optional {@code TZ=<zone> } prefix names the zone, then "Mon Jan 2
   * 15:04[:05] 2006" (local to that zone, UTC by default; the weekday is not checked, as in Go) or
   * "2006-01-02T15:04:05-0700" (in that zone when it has that offset, else at the fixed offset).
   */
  static ZonedDateTime time(String value) {
    ZoneId zone = ZoneOffset.UTC;
    if (value.startsWith("TZ=")) {
      String[] parts = value.split("\\s+");
      zone = ZoneId.of(parts[0].substring(3));
      value = parts[1];
    }
    String[] layouts = {"MMM d HH:mm yyyy", "MMM d HH:mm:ss yyyy", "MMM d HH:mm:ss.SSS yyyy"};
    String withoutWeekday = value.substring(value.indexOf(' ') + 1);
    for (String p : layouts) {
      try {
        return LocalDateTime.parse(withoutWeekday, DateTimeFormatter.ofPattern(p, US)).atZone(zone);
      } catch (DateTimeParseException e) {
        // next layout
      }
    }
    ZonedDateTime fixed =
        ZonedDateTime.parse(value, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ", US));
    ZonedDateTime inZone = fixed.withZoneSameInstant(zone);
    return inZone.getOffset().equals(fixed.getOffset()) ? inZone : fixed;
  }
}
