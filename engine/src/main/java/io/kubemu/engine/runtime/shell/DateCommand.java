package io.kubemu.engine.runtime.shell;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * {@code date [-u] [-I] [-R] [+FORMAT]} at the process's virtual time, always in UTC (containers
 * default to it). The default format is coreutils' in the C locale: {@code Thu Jan 1 00:00:00 UTC
 * 1970}. FORMAT supports {@code %a %A %b %B %h %c %C %d %D %e %F %H %I %j %k %l %m %M %n %N %p %R
 * %s %S %t %T %u %w %y %Y %z %Z %%}.
 */
final class DateCommand {
  static final String DEFAULT_FORMAT = "%a %b %e %H:%M:%S %Z %Y";

  private DateCommand() {}

  static Outcome run(Invocation inv) {
    String format = DEFAULT_FORMAT;
    for (String a : inv.args()) {
      if (a.startsWith("+")) {
        format = a.substring(1);
      } else if (a.equals("-I") || a.equals("--iso-8601")) {
        format = "%F";
      } else if (a.equals("-R") || a.equals("--rfc-email")) {
        format = "%a, %d %b %Y %H:%M:%S %z";
      } else if (a.equals("-u") || a.equals("--utc") || a.equals("--universal")) {
        continue;
      } else {
        return inv.fail(1, "date: invalid date '" + a + "'");
      }
    }
    inv.out(format(ZonedDateTime.ofInstant(inv.now(), ZoneOffset.UTC), format) + "\n");
    return Outcome.OK;
  }

  static String format(ZonedDateTime t, String format) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%' || i + 1 >= format.length()) {
        sb.append(c);
        continue;
      }
      char f = format.charAt(++i);
      switch (f) {
        case 'a' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        case 'A' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        case 'b', 'h' -> sb.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        case 'B' -> sb.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        case 'c' -> sb.append(format(t, "%a %b %e %H:%M:%S %Y"));
        case 'C' -> sb.append(two(t.getYear() / 100));
        case 'd' -> sb.append(two(t.getDayOfMonth()));
        case 'D' -> sb.append(format(t, "%m/%d/%y"));
        case 'e' -> sb.append(String.format("%2d", t.getDayOfMonth()));
        case 'F' -> sb.append(format(t, "%Y-%m-%d"));
        case 'H' -> sb.append(two(t.getHour()));
        case 'I' -> sb.append(two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12));
        case 'j' -> sb.append(String.format("%03d", t.getDayOfYear()));
        case 'k' -> sb.append(String.format("%2d", t.getHour()));
        case 'l' -> sb.append(String.format("%2d", t.getHour() % 12 == 0 ? 12 : t.getHour() % 12));
        case 'm' -> sb.append(two(t.getMonthValue()));
        case 'M' -> sb.append(two(t.getMinute()));
        case 'n' -> sb.append('\n');
        case 'N' -> sb.append(String.format("%09d", t.getNano()));
        case 'p' -> sb.append(t.getHour() < 12 ? "AM" : "PM");
        case 'R' -> sb.append(format(t, "%H:%M"));
        case 's' -> sb.append(t.toEpochSecond());
        case 'S' -> sb.append(two(t.getSecond()));
        case 't' -> sb.append('\t');
        case 'T' -> sb.append(format(t, "%H:%M:%S"));
        case 'u' -> sb.append(t.getDayOfWeek().getValue());
        case 'w' -> sb.append(t.getDayOfWeek().getValue() % 7);
        case 'y' -> sb.append(two(t.getYear() % 100));
        case 'Y' -> sb.append(t.getYear());
        case 'z' -> sb.append("+0000");
        case 'Z' -> sb.append("UTC");
        case '%' -> sb.append('%');
        default -> sb.append('%').append(f);
      }
    }
    return sb.toString();
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }
}
