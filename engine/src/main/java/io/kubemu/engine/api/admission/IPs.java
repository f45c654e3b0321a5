package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IP address text as Go's net.ParseIP (netutils.ParseIPSloppy) reads it, without any name lookup.
 * Stateless.
 */
final class IPs {
  private IPs() {}

  static final String INVALID_IP = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

  /** {@return the IPv4 address as an unsigned 32-bit number, or -1 when it is not one} */
  static long parseIPv4(String s) {
    if (s == null || !IPV4.matcher(s).matches()) return -1;
    long v = 0;
    for (String part : s.split("\\.")) {
      int octet = Integer.parseInt(part);
      if (octet > 255) return -1;
      v = (v << 8) | octet;
    }
    return v;
  }

  /** {@return the dotted text of an unsigned 32-bit IPv4 address} */
  static String formatIPv4(long v) {
    return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
  }

  /** {@return whether {@code s} is an IPv6 address (with :: compression, maybe IPv4-mapped)} */
  static boolean isIPv6(String s) {
    if (s == null || !s.contains(":")) return false;
    String text = s;
    int groupsNeeded = 8;
    int lastColon = text.lastIndexOf(':');
    if (text.indexOf('.', lastColon) >= 0) {
      if (parseIPv4(text.substring(lastColon + 1)) < 0) return false;
      text = text.substring(0, lastColon + 1) + "0:0";
    }
    int dbl = text.indexOf("::");
    if (dbl >= 0 && text.indexOf("::", dbl + 1) >= 0) return false;
    if (dbl < 0) return groups(text) == groupsNeeded;
    String head = text.substring(0, dbl);
    String tail = text.substring(dbl + 2);
    int h = head.isEmpty() ? 0 : groups(head);
    int t = tail.isEmpty() ? 0 : groups(tail);
    return h >= 0 && t >= 0 && h + t < groupsNeeded;
  }

  // the number of ':'-separated hex groups, -1 when one is malformed
  private static int groups(String text) {
    String[] parts = text.split(":", -1);
    for (String p : parts) if (!HEX_GROUP.matcher(p).matches()) return -1;
    return parts.length;
  }

  /** {@return whether {@code s} is an IPv4 or IPv6 address} */
  static boolean isIP(String s) {
    return parseIPv4(s) >= 0 || isIPv6(s);
  }

  /** IsValidIP: {@code must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)}. */
  static void validIP(List<FieldError> errs, String value, FieldPath path) {
    if (!isIP(value)) errs.add(FieldError.invalid(path, value == null ? "" : value, INVALID_IP));
  }
}
