package io.kubemu.engine.controller.cronjob;

import static io.kubemu.engine.controller.cronjob.CronFields.DAYS_OF_MONTH;
import static io.kubemu.engine.controller.cronjob.CronFields.DAYS_OF_WEEK;
import static io.kubemu.engine.controller.cronjob.CronFields.HOURS;
import static io.kubemu.engine.controller.cronjob.CronFields.MINUTES;
import static io.kubemu.engine.controller.cronjob.CronFields.MONTHS;
import static io.kubemu.engine.controller.cronjob.CronFields.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.controller.cronjob.CronFields.Bounds;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** robfig/cron v3 parser_test.go, row for row. */
class CronParserTest {

  static final long STAR = CronSchedule.Spec.STAR_BIT;

  /** The seconds parser of robfig's tests: Second | Minute | Hour | Dom | Month | DowOptional. */
  static final CronParser SECOND_PARSER =
      new CronParser(
          CronParser.SECOND
              | CronParser.MINUTE
              | CronParser.HOUR
              | CronParser.DOM
              | CronParser.MONTH
              | CronParser.DOW_OPTIONAL
              | CronParser.DESCRIPTOR);

  // TestRange
  @ParameterizedTest(name = "{0} in [{1},{2}]")
  @MethodSource
  void range(String expr, int min, int max, long expected, String err) {
    Bounds b = new Bounds(min, max, null);
    if (err.isEmpty()) {
      assertThat(CronFields.getRange(expr, b)).isEqualTo(expected);
    } else {
      assertThatThrownBy(() -> CronFields.getRange(expr, b)).hasMessageContaining(err);
    }
  }

  static Stream<Arguments> range() {
    return Stream.of(
        Arguments.of("5", 0, 7, 1L << 5, ""),
        Arguments.of("0", 0, 7, 1L << 0, ""),
        Arguments.of("7", 0, 7, 1L << 7, ""),
        Arguments.of("5-5", 0, 7, 1L << 5, ""),
        Arguments.of("5-6", 0, 7, 1L << 5 | 1L << 6, ""),
        Arguments.of("5-7", 0, 7, 1L << 5 | 1L << 6 | 1L << 7, ""),
        Arguments.of("5-6/2", 0, 7, 1L << 5, ""),
        Arguments.of("5-7/2", 0, 7, 1L << 5 | 1L << 7, ""),
        Arguments.of("5-7/1", 0, 7, 1L << 5 | 1L << 6 | 1L << 7, ""),
        Arguments.of("*", 1, 3, 1L << 1 | 1L << 2 | 1L << 3 | STAR, ""),
        Arguments.of("*/2", 1, 3, 1L << 1 | 1L << 3, ""),
        Arguments.of("5--5", 0, 0, 0L, "too many hyphens"),
        Arguments.of("jan-x", 0, 0, 0L, "failed to parse int from"),
        Arguments.of("2-x", 1, 5, 0L, "failed to parse int from"),
        Arguments.of("*/-12", 0, 0, 0L, "negative number"),
        Arguments.of("*//2", 0, 0, 0L, "too many slashes"),
        Arguments.of("1", 3, 5, 0L, "below minimum"),
        Arguments.of("6", 3, 5, 0L, "above maximum"),
        Arguments.of("5-3", 3, 5, 0L, "beyond end of range"),
        Arguments.of("*/0", 0, 0, 0L, "should be a positive number"));
  }

  // TestField
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"5;32", "5,6;96", "5,6,7;224", "1,5-7/2,3;170"})
  void field(String expr, long expected) {
    assertThat(CronFields.getField(expr, new Bounds(1, 7, null))).isEqualTo(expected);
  }

  // TestAll and TestBits
  @Test
  void allAndBits() {
    assertThat(all(MINUTES)).isEqualTo(0xfffffffffffffffL | STAR);
    assertThat(all(HOURS)).isEqualTo(0xffffffL | STAR);
    assertThat(all(DAYS_OF_MONTH)).isEqualTo(0xfffffffeL | STAR);
    assertThat(all(MONTHS)).isEqualTo(0x1ffeL | STAR);
    assertThat(all(DAYS_OF_WEEK)).isEqualTo(0x7fL | STAR);
    assertThat(CronFields.getBits(0, 0, 1)).isEqualTo(0x1);
    assertThat(CronFields.getBits(1, 1, 1)).isEqualTo(0x2);
    assertThat(CronFields.getBits(1, 5, 2)).isEqualTo(0x2a);
    assertThat(CronFields.getBits(1, 4, 2)).isEqualTo(0xa);
  }

  // TestParseScheduleErrors (secondParser)
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "* 5 j * * *;failed to parse int from",
        "@every Xm;failed to parse duration",
        "@unrecognized;unrecognized descriptor",
        "* * * *;expected 5 to 6 fields",
        "'';empty spec string"
      })
  void parseScheduleErrors(String expr, String err) {
    assertThatThrownBy(() -> SECOND_PARSER.parse(expr)).hasMessageContaining(err);
  }

  static CronSchedule.Spec every5min(ZoneId loc) {
    return new CronSchedule.Spec(
        1, 1L << 5, all(HOURS), all(DAYS_OF_MONTH), all(MONTHS), all(DAYS_OF_WEEK), loc);
  }

  static CronSchedule.Spec midnight(ZoneId loc) {
    return new CronSchedule.Spec(1, 1, 1, all(DAYS_OF_MONTH), all(MONTHS), all(DAYS_OF_WEEK), loc);
  }

  static CronSchedule.Spec annual(ZoneId loc) {
    return new CronSchedule.Spec(1, 1, 1, 1L << 1, 1L << 1, all(DAYS_OF_WEEK), loc);
  }

  // TestParseSchedule (null location is robfig's time.Local)
  @ParameterizedTest(name = "{1}")
  @MethodSource
  void parseSchedule(boolean standard, String expr, CronSchedule expected) {
    CronSchedule actual = standard ? CronParser.parseStandard(expr) : SECOND_PARSER.parse(expr);
    assertThat(actual).isEqualTo(expected);
  }

  static Stream<Arguments> parseSchedule() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    return Stream.of(
        Arguments.of(false, "0 5 * * * *", every5min(null)),
        Arguments.of(true, "5 * * * *", every5min(null)),
        Arguments.of(false, "CRON_TZ=UTC  0 5 * * * *", every5min(ZoneOffset.UTC)),
        Arguments.of(true, "CRON_TZ=UTC  5 * * * *", every5min(ZoneOffset.UTC)),
        Arguments.of(false, "CRON_TZ=Asia/Tokyo 0 5 * * * *", every5min(tokyo)),
        Arguments.of(false, "@every 5m", new CronSchedule.ConstantDelay(Duration.ofMinutes(5))),
        Arguments.of(false, "@midnight", midnight(null)),
        Arguments.of(false, "TZ=UTC  @midnight", midnight(ZoneOffset.UTC)),
        Arguments.of(false, "TZ=Asia/Tokyo @midnight", midnight(tokyo)),
        Arguments.of(false, "@yearly", annual(null)),
        Arguments.of(false, "@annually", annual(null)),
        Arguments.of(
            false,
            "* 5 * * * *",
            new CronSchedule.Spec(
                all(CronFields.SECONDS),
                1L << 5,
                all(HOURS),
                all(DAYS_OF_MONTH),
                all(MONTHS),
                all(DAYS_OF_WEEK),
                null)));
  }

  // TestNormalizeFields (with the default options of each row)
  @Test
  void normalizeFields() {
    int secOpt =
        CronParser.SECOND_OPTIONAL
            | CronParser.MINUTE
            | CronParser.HOUR
            | CronParser.DOM
            | CronParser.MONTH
            | CronParser.DOW
            | CronParser.DESCRIPTOR;
    assertThat(new CronParser(secOpt).normalizeFields(List.of("5", "*", "*", "*", "*")))
        .containsExactly("0", "5", "*", "*", "*", "*");
    int subset = CronParser.HOUR | CronParser.DOM | CronParser.MONTH | CronParser.DOW_OPTIONAL;
    assertThat(new CronParser(subset).normalizeFields(List.of("5", "15", "*", "4")))
        .containsExactly("0", "0", "5", "15", "*", "4");
    assertThat(new CronParser(subset).normalizeFields(List.of("5", "15", "*")))
        .containsExactly("0", "0", "5", "15", "*", "*");
    int twoOptionals = CronParser.SECOND_OPTIONAL | CronParser.MINUTE | CronParser.DOW_OPTIONAL;
    assertThatThrownBy(() -> new CronParser(twoOptionals).normalizeFields(List.of("0", "5")))
        .hasMessage("multiple optionals may not be configured");
    int few = CronParser.SECOND_OPTIONAL | CronParser.MINUTE | CronParser.HOUR;
    assertThatThrownBy(() -> new CronParser(few).normalizeFields(List.of("0", "5", "*", "*")))
        .hasMessage("expected 2 to 3 fields, found 4: [0 5 * *]");
    assertThatThrownBy(() -> new CronParser(few).normalizeFields(List.of()))
        .hasMessage("expected 2 to 3 fields, found 0: []");
  }

  // TestStandardSpecSchedule
  @Test
  void standardSpecSchedule() {
    assertThat(CronParser.parseStandard("5 * * * *")).isEqualTo(every5min(null));
    assertThat(CronParser.parseStandard("@every 5m"))
        .isEqualTo(new CronSchedule.ConstantDelay(Duration.ofMinutes(5)));
    assertThatThrownBy(() -> CronParser.parseStandard("5 j * * *"))
        .hasMessage("failed to parse int from j: strconv.Atoi: parsing \"j\": invalid syntax");
    assertThatThrownBy(() -> CronParser.parseStandard("* * * *"))
        .hasMessage("expected exactly 5 fields, found 4: [* * * *]");
  }

  // TestNoDescriptorParser
  @Test
  void noDescriptorParser() {
    assertThatThrownBy(() -> new CronParser(CronParser.MINUTE | CronParser.HOUR).parse("@every 1m"))
        .hasMessage("parser does not accept descriptors: @every 1m");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "TZ=Mars/Olympus 5 * * * *;provided bad location Mars/Olympus: unknown time zone"
            + " Mars/Olympus",
        "* * * * 7;end of range (7) above maximum (6): 7",
        "60 * * * *;end of range (60) above maximum (59): 60",
        "@every 1;failed to parse duration @every 1: time: missing unit in duration \"1\"",
        "@every 1x;failed to parse duration @every 1x: time: unknown unit \"x\" in duration"
            + " \"1x\""
      })
  void standardErrorMessages(String spec, String message) {
    assertThatThrownBy(() -> CronParser.parseStandard(spec)).hasMessage(message);
  }

  @Test
  void namesAndQuestionMark() {
    assertThat(CronParser.parseStandard("0 0 ? JAN-mar Mon,fri"))
        .isEqualTo(
            new CronSchedule.Spec(1, 1, 1, all(DAYS_OF_MONTH), 0b1110, 1L << 1 | 1L << 5, null));
    assertThat(CronParser.parseStandard("@every 1h30m"))
        .isEqualTo(new CronSchedule.ConstantDelay(Duration.ofMinutes(90)));
    assertThat(CronParser.parseStandard("@every 500ms"))
        .isEqualTo(new CronSchedule.ConstantDelay(Duration.ofSeconds(1)));
  }
}
