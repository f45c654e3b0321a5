package io.kubemu.model.meta;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Kubernetes' syntax checks for label keys and values (upstream {@code
 * k8s.io/apimachinery/pkg/util/validation}), answering in its words. Each check returns the list of
 * problems, empty when the text is valid. Lengths count UTF-8 bytes, as Go does. Stateless.
 */
public final class LabelSyntax {
  private LabelSyntax() {}

  static final String QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  static final String QUALIFIED_NAME_ERR_MSG =
      "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an"
          + " alphanumeric character";
  static final int QUALIFIED_NAME_MAX_LENGTH = 63;
  static final String LABEL_VALUE_FMT = "(" + QUALIFIED_NAME_FMT + ")?";
  static final String LABEL_VALUE_ERR_MSG =
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or"
          + " '.', and must start and end with an alphanumeric character";

  /** The longest label value, in bytes. */
  public static final int LABEL_VALUE_MAX_LENGTH = 63;

  static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  static final String DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
  static final String DNS1123_SUBDOMAIN_ERR_MSG =
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or"
          + " '.', and must start and end with an alphanumeric character";

  /** The longest DNS-1123 subdomain, in bytes. */
  public static final int DNS1123_SUBDOMAIN_MAX_LENGTH = 253;

  private static final Pattern QUALIFIED_NAME = Pattern.compile(QUALIFIED_NAME_FMT);
  private static final Pattern LABEL_VALUE = Pattern.compile(LABEL_VALUE_FMT);
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(DNS1123_SUBDOMAIN_FMT);

  /**
   * {@return the problems with a label key: an optional DNS subdomain prefix and '/', then a name
   * of at most 63 characters} (upstream {@code IsQualifiedName})
   */
  public static List<String> qualifiedNameErrors(String value) {
    List<String> errs = new ArrayList<>();
    String[] parts = value.split("/", -1);
    String name;
    switch (parts.length) {
      case 1 -> name = parts[0];
      case 2 -> {
        String prefix = parts[0];
        name = parts[1];
        if (prefix.isEmpty()) {
          errs.add("prefix part " + emptyError());
        } else {
          for (String msg : dns1123SubdomainErrors(prefix)) {
            errs.add("prefix part " + msg);
          }
        }
      }
      default -> {
        errs.add(
            "a qualified name "
                + regexError(
                    QUALIFIED_NAME_ERR_MSG, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc")
                + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
        return errs;
      }
    }
    if (name.isEmpty()) {
      errs.add("name part " + emptyError());
    } else if (byteLength(name) > QUALIFIED_NAME_MAX_LENGTH) {
      errs.add("name part " + maxLenError(QUALIFIED_NAME_MAX_LENGTH));
    }
    if (!QUALIFIED_NAME.matcher(name).matches()) {
      errs.add(
          "name part "
              + regexError(
                  QUALIFIED_NAME_ERR_MSG, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc"));
    }
    return errs;
  }

  /** {@return the problems with a label value} (upstream {@code IsValidLabelValue}) */
  public static List<String> labelValueErrors(String value) {
    List<String> errs = new ArrayList<>();
    if (byteLength(value) > LABEL_VALUE_MAX_LENGTH) {
      errs.add(maxLenError(LABEL_VALUE_MAX_LENGTH));
    }
    if (!LABEL_VALUE.matcher(value).matches()) {
      errs.add(regexError(LABEL_VALUE_ERR_MSG, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
    }
    return errs;
  }

  /** {@return the problems with a DNS-1123 subdomain} (upstream {@code IsDNS1123Subdomain}) */
  public static List<String> dns1123SubdomainErrors(String value) {
    List<String> errs = new ArrayList<>();
    if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) {
      errs.add(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
    }
    if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
      errs.add(regexError(DNS1123_SUBDOMAIN_ERR_MSG, DNS1123_SUBDOMAIN_FMT, "example.com"));
    }
    return errs;
  }

  /** {@return "must be no more than N characters"} (upstream {@code MaxLenError}) */
  public static String maxLenError(int length) {
    return "must be no more than " + length + " characters";
  }

  /** {@return "must be non-empty"} (upstream {@code EmptyError}) */
  public static String emptyError() {
    return "must be non-empty";
  }

  /** {@return a regex failure explained with examples} (upstream {@code RegexError}) */
  public static String regexError(String msg, String fmt, String... examples) {
    if (examples.length == 0) {
      return msg + " (regex used for validation is '" + fmt + "')";
    }
    StringBuilder b = new StringBuilder(msg).append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      if (i > 0) {
        b.append(" or ");
      }
      b.append('\'').append(examples[i]).append("', ");
    }
    return b.append("regex used for validation is '").append(fmt).append("')").toString();
  }

  private static int byteLength(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
