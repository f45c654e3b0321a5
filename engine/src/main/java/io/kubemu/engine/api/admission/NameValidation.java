package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.model.meta.LabelSyntax;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Kubernetes' syntax checks for names, ports and keys (upstream
 * k8s.io/apimachinery/pkg/util/validation and api/validation's name functions), answering in its
 * words. The {@code is*} methods return the problems, empty when the value is valid; lengths count
 * UTF-8 bytes, as Go's {@code len} does. Stateless.
 */
public final class NameValidation {
  private NameValidation() {}

  /** A name rule (apimachinery's ValidateNameFunc): {@code prefix} for a generateName. */
  @FunctionalInterface
  public interface NameFunc {
    List<String> validate(String name, boolean prefix);
  }

  /** NameIsDNSSubdomain: most kinds. */
  public static final NameFunc DNS_SUBDOMAIN = NameValidation::nameIsDNSSubdomain;

  /** NameIsDNSLabel: Namespaces, StatefulSets. */
  public static final NameFunc DNS_LABEL = NameValidation::nameIsDNSLabel;

  /** NameIsDNS1035Label: Services. */
  public static final NameFunc DNS1035_LABEL = NameValidation::nameIsDNS1035Label;

  static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  static final String DNS1123_LABEL_ERR_MSG =
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and"
          + " must start and end with an alphanumeric character";
  static final int DNS1123_LABEL_MAX_LENGTH = 63;
  static final String DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
  static final String DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
  static final String DNS1035_LABEL_ERR_MSG =
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an"
          + " alphabetic character, and end with an alphanumeric character";
  static final String PERCENT_FMT = "[0-9]+%";
  static final String PERCENT_ERR_MSG =
      "a valid percent string must be a numeric string followed by an ending '%'";
  static final String ENV_VAR_NAME_FMT = "[-._a-zA-Z][-._a-zA-Z0-9]*";
  static final String ENV_VAR_NAME_ERR_MSG =
      "a valid environment variable name must consist of alphabetic characters, digits, '_', '-',"
          + " or '.', and must not start with a digit";
  static final String CONFIG_MAP_KEY_FMT = "[-._a-zA-Z0-9]+";
  static final String CONFIG_MAP_KEY_ERR_MSG =
      "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";
  static final String HTTP_HEADER_NAME_FMT = "[-A-Za-z0-9]+";
  static final String HTTP_HEADER_NAME_ERR_MSG =
      "a valid HTTP header must consist of alphanumeric characters or '-'";

  private static final Pattern DNS1123_LABEL_RE = Pattern.compile(DNS1123_LABEL_FMT);
  private static final Pattern DNS1123_SUBDOMAIN_RE = Pattern.compile(DNS1123_SUBDOMAIN_FMT);
  private static final Pattern DNS1035_LABEL_RE = Pattern.compile(DNS1035_LABEL_FMT);
  private static final Pattern PERCENT_RE = Pattern.compile(PERCENT_FMT);
  private static final Pattern ENV_VAR_NAME_RE = Pattern.compile(ENV_VAR_NAME_FMT);
  private static final Pattern CONFIG_MAP_KEY_RE = Pattern.compile(CONFIG_MAP_KEY_FMT);
  private static final Pattern HTTP_HEADER_NAME_RE = Pattern.compile(HTTP_HEADER_NAME_FMT);
  private static final Pattern PORT_NAME_CHARSET = Pattern.compile("[-a-z0-9]+");
  private static final Pattern PORT_NAME_ONE_LETTER = Pattern.compile(".*[a-z].*", Pattern.DOTALL);

  /** IsDNS1123Label. */
  public static List<String> isDNS1123Label(String value) {
    if (isLabelFast(value, 63)) return List.of();
    List<String> errs = new ArrayList<>();
    if (len(value) > DNS1123_LABEL_MAX_LENGTH) {
      errs.add(LabelSyntax.maxLenError(DNS1123_LABEL_MAX_LENGTH));
    }
    if (!DNS1123_LABEL_RE.matcher(value).matches()) {
      if (DNS1123_SUBDOMAIN_RE.matcher(value).matches()) {
        // It was a valid subdomain and not a valid label. Since we already checked length, it
        // must be dots.
        errs.add("must not contain dots");
      } else {
        errs.add(
            LabelSyntax.regexError(DNS1123_LABEL_ERR_MSG, DNS1123_LABEL_FMT, "my-name", "123-abc"));
      }
    }
    return errs;
  }

  /** IsDNS1123Subdomain. */
  public static List<String> isDNS1123Subdomain(String value) {
    if (isSubdomainFast(value)) return List.of();
    return LabelSyntax.dns1123SubdomainErrors(value);
  }

  // the valid cases of the regular expressions, checked without them (validation is hot)

  /** {@return whether {@code s} is a DNS-1123 label of at most {@code max} characters} */
  static boolean isLabelFast(String s, int max) {
    int n = s.length();
    if (n == 0 || n > max || !lowerAlnum(s.charAt(0)) || !lowerAlnum(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (!lowerAlnum(c) && c != '-') return false;
    }
    return true;
  }

  /** {@return whether {@code s} is a DNS-1123 subdomain} */
  static boolean isSubdomainFast(String s) {
    if (s.isEmpty() || s.length() > LabelSyntax.DNS1123_SUBDOMAIN_MAX_LENGTH) return false;
    int start = 0;
    while (true) {
      int dot = s.indexOf('.', start);
      int end = dot < 0 ? s.length() : dot;
      if (!isLabelFast(s.substring(start, end), Integer.MAX_VALUE)) return false;
      if (dot < 0) return true;
      start = dot + 1;
    }
  }

  private static boolean lowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** IsDNS1035Label. */
  public static List<String> isDNS1035Label(String value) {
    List<String> errs = new ArrayList<>();
    if (len(value) > DNS1123_LABEL_MAX_LENGTH) {
      errs.add(LabelSyntax.maxLenError(DNS1123_LABEL_MAX_LENGTH));
    }
    if (!DNS1035_LABEL_RE.matcher(value).matches()) {
      errs.add(
          LabelSyntax.regexError(DNS1035_LABEL_ERR_MSG, DNS1035_LABEL_FMT, "my-name", "abc-123"));
    }
    return errs;
  }

  /** NameIsDNSSubdomain: a generateName may end in '-'. */
  public static List<String> nameIsDNSSubdomain(String name, boolean prefix) {
    return isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);
  }

  /** NameIsDNSLabel. */
  public static List<String> nameIsDNSLabel(String name, boolean prefix) {
    return isDNS1123Label(prefix ? maskTrailingDash(name) : name);
  }

  /** NameIsDNS1035Label. */
  public static List<String> nameIsDNS1035Label(String name, boolean prefix) {
    return isDNS1035Label(prefix ? maskTrailingDash(name) : name);
  }

  /** maskTrailingDash: upstream replaces the last two characters by "a" when a name ends in '-'. */
  static String maskTrailingDash(String name) {
    if (name.length() > 1 && name.endsWith("-")) {
      return name.substring(0, name.length() - 2) + "a";
    }
    return name;
  }

  /** IsValidPortNum: 1-65535. */
  public static List<String> isValidPortNum(long port) {
    return 1 <= port && port <= 65535 ? List.of() : List.of(inclusiveRangeError(1, 65535));
  }

  /** IsValidPortName: an IANA_SVC_NAME. */
  public static List<String> isValidPortName(String port) {
    List<String> errs = new ArrayList<>();
    if (len(port) > 15) errs.add(LabelSyntax.maxLenError(15));
    if (!PORT_NAME_CHARSET.matcher(port).matches()) {
      errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    }
    if (!PORT_NAME_ONE_LETTER.matcher(port).matches()) {
      errs.add("must contain at least one letter (a-z)");
    }
    if (port.contains("--")) errs.add("must not contain consecutive hyphens");
    if (!port.isEmpty() && (port.startsWith("-") || port.endsWith("-"))) {
      errs.add("must not begin or end with a hyphen");
    }
    return errs;
  }

  /** IsValidPercent: digits and a '%'. */
  public static List<String> isValidPercent(String percent) {
    return PERCENT_RE.matcher(percent).matches()
        ? List.of()
        : List.of(LabelSyntax.regexError(PERCENT_ERR_MSG, PERCENT_FMT, "1%", "93%"));
  }

  /** IsEnvVarName. */
  public static List<String> isEnvVarName(String value) {
    List<String> errs = new ArrayList<>();
    if (!ENV_VAR_NAME_RE.matcher(value).matches()) {
      errs.add(
          LabelSyntax.regexError(
              ENV_VAR_NAME_ERR_MSG, ENV_VAR_NAME_FMT, "my.env-name", "MY_ENV.NAME", "MyEnvName1"));
    }
    errs.addAll(hasChDirPrefix(value));
    return errs;
  }

  /** IsConfigMapKey. */
  public static List<String> isConfigMapKey(String value) {
    List<String> errs = new ArrayList<>();
    if (len(value) > LabelSyntax.DNS1123_SUBDOMAIN_MAX_LENGTH) {
      errs.add(LabelSyntax.maxLenError(LabelSyntax.DNS1123_SUBDOMAIN_MAX_LENGTH));
    }
    if (!CONFIG_MAP_KEY_RE.matcher(value).matches()) {
      errs.add(
          LabelSyntax.regexError(
              CONFIG_MAP_KEY_ERR_MSG, CONFIG_MAP_KEY_FMT, "key.name", "KEY_NAME", "key-name"));
    }
    errs.addAll(hasChDirPrefix(value));
    return errs;
  }

  /** IsHTTPHeaderName. */
  public static List<String> isHTTPHeaderName(String value) {
    return HTTP_HEADER_NAME_RE.matcher(value).matches()
        ? List.of()
        : List.of(
            LabelSyntax.regexError(
                HTTP_HEADER_NAME_ERR_MSG, HTTP_HEADER_NAME_FMT, "X-Header-Name"));
  }

  private static List<String> hasChDirPrefix(String value) {
    if (value.equals(".")) return List.of("must not be '.'");
    if (value.equals("..")) return List.of("must not be '..'");
    if (value.startsWith("..")) return List.of("must not start with '..'");
    return List.of();
  }

  /** {@return "must be between lo and hi, inclusive"} (InclusiveRangeError) */
  public static String inclusiveRangeError(long lo, long hi) {
    return "must be between " + lo + " and " + hi + ", inclusive";
  }

  /** ValidateDNS1123Label: one Invalid error per problem. */
  public static void dns1123Label(List<FieldError> errs, String value, FieldPath path) {
    for (String msg : isDNS1123Label(value)) errs.add(FieldError.invalid(path, value, msg));
  }

  /** ValidateDNS1123Subdomain: one Invalid error per problem. */
  public static void dns1123Subdomain(List<FieldError> errs, String value, FieldPath path) {
    for (String msg : isDNS1123Subdomain(value)) errs.add(FieldError.invalid(path, value, msg));
  }

  /** A name checked with {@code fn}: one Invalid error per problem. */
  static void name(List<FieldError> errs, NameFunc fn, String value, FieldPath path) {
    for (String msg : fn.validate(value, false)) errs.add(FieldError.invalid(path, value, msg));
  }

  /** {@return the length of {@code s} in UTF-8 bytes, as Go's len} */
  static int len(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
