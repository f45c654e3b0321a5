package io.kubemu.engine.api.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** apimachinery/pkg/util/validation/validation_test.go, row for row where kubemu has the check. */
class NameValidationTest {

  // TestIsDNS1123Label
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "ab",
        "abc",
        "a1",
        "a-1",
        "a--1--2--b",
        "0",
        "01",
        "012",
        "1a",
        "1-a",
        "1--a--b--2",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void dns1123_label_good(String value) {
    assertThat(NameValidation.isDNS1123Label(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "A", "ABC", "aBc", "A1", "A-1", "1-A", "-", "a-", "-a", "1-", "-1", "_", "a_", "_a",
        "a_b", "1_", "_1", "1_2", ".", "a.", ".a", "a.b", "1.", ".1", "1.2", " ", "a ", " a", "a b",
        "1 ", " 1", "1 2", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void dns1123_label_bad(String value) {
    assertThat(NameValidation.isDNS1123Label(value)).isNotEmpty();
  }

  @Test
  void dns1123_label_messages() {
    assertThat(NameValidation.isDNS1123Label("Web_1"))
        .containsExactly(
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-',"
                + " and must start and end with an alphanumeric character (e.g. 'my-name',  or"
                + " '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
    assertThat(NameValidation.isDNS1123Label("a.b")).containsExactly("must not contain dots");
    assertThat(NameValidation.isDNS1123Label("a".repeat(64)))
        .containsExactly("must be no more than 63 characters");
  }

  // TestIsDNS1123Subdomain
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "ab",
        "abc",
        "a1",
        "a-1",
        "a--1--2--b",
        "0",
        "01",
        "012",
        "1a",
        "1-a",
        "1--a--b--2",
        "a.a",
        "ab.a",
        "abc.a",
        "a1.a",
        "a-1.a",
        "a--1--2--b.a",
        "a.1",
        "ab.1",
        "abc.1",
        "a1.1",
        "a-1.1",
        "a--1--2--b.1",
        "0.a",
        "01.a",
        "012.a",
        "1a.a",
        "1-a.a",
        "1--a--b--2",
        "0.1",
        "01.1",
        "012.1",
        "1a.1",
        "1-a.1",
        "1--a--b--2.1",
        "a.b.c.d.e",
        "aa.bb.cc.dd.ee",
        "1.2.3.4.5",
        "11.22.33.44.55"
      })
  void dns1123_subdomain_good(String value) {
    assertThat(NameValidation.isDNS1123Subdomain(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "A",
        "ABC",
        "aBc",
        "A1",
        "A-1",
        "1-A",
        "-",
        "a-",
        "-a",
        "1-",
        "-1",
        "_",
        "a_",
        "_a",
        "a_b",
        "1_",
        "_1",
        "1_2",
        ".",
        "a.",
        ".a",
        "a..b",
        "1.",
        ".1",
        "1..2",
        " ",
        "a ",
        " a",
        "a b",
        "1 ",
        " 1",
        "1 2",
        "A.a",
        "aB.a",
        "ab.A",
        "A1.a",
        "a1.A",
        "A.1",
        "aB.1",
        "A1.1",
        "1A.1",
        "0.A",
        "01.A",
        "012.A",
        "1A.a",
        "1a.A",
        "A.B.C.D.E",
        "AA.BB.CC.DD.EE",
        "a.B.c.d.e",
        "aa.bB.cc.dd.ee",
        "a@b",
        "a,b",
        "a_b",
        "a;b",
        "a:b",
        "a%b",
        "a?b",
        "a$b"
      })
  void dns1123_subdomain_bad(String value) {
    assertThat(NameValidation.isDNS1123Subdomain(value)).isNotEmpty();
  }

  @Test
  void dns1123_subdomain_length() {
    assertThat(NameValidation.isDNS1123Subdomain("a".repeat(253))).isEmpty();
    assertThat(NameValidation.isDNS1123Subdomain("a".repeat(254)))
        .containsExactly("must be no more than 253 characters");
  }

  // TestIsDNS1035Label
  @ParameterizedTest
  @ValueSource(strings = {"a", "ab", "abc", "a1", "a-1", "a--1--2--b"})
  void dns1035_label_good(String value) {
    assertThat(NameValidation.isDNS1035Label(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "01",
        "012",
        "1a",
        "1-a",
        "1--a--b--2",
        "",
        "A",
        "ABC",
        "aBc",
        "A1",
        "A-1",
        "1-A",
        "-",
        "a-",
        "-a",
        "1-",
        "-1",
        "_",
        "a_",
        "_a",
        "a_b",
        "1_",
        "_1",
        "1_2",
        ".",
        "a.",
        ".a",
        "a.b",
        "1.",
        ".1",
        "1.2",
        " ",
        "a ",
        " a",
        "a b",
        "1 ",
        " 1",
        "1 2"
      })
  void dns1035_label_bad(String value) {
    assertThat(NameValidation.isDNS1035Label(value)).isNotEmpty();
  }

  // TestIsValidPortName
  @ParameterizedTest
  @ValueSource(
      strings = {"telnet", "re-mail-ck", "pop3", "a", "a-1", "1-a", "a-1-b-2-c", "1-a-2-b-3"})
  void port_name_good(String value) {
    assertThat(NameValidation.isValidPortName(value)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
        "- | must contain at least one letter (a-z)",
        "a- | must not begin or end with a hyphen",
        "1 | must contain at least one letter (a-z)",
        "a--b | must not contain consecutive hyphens",
        "do-not-use-more-than-15-chars | must be no more than 15 characters",
        "Http | must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
      })
  void port_name_bad(String value, String firstMessage) {
    assertThat(NameValidation.isValidPortName(value)).contains(firstMessage);
  }

  @ParameterizedTest
  @CsvSource({"1, true", "65535, true", "0, false", "65536, false", "-1, false"})
  void port_number(int port, boolean valid) {
    assertThat(NameValidation.isValidPortNum(port).isEmpty()).isEqualTo(valid);
  }

  // TestIsValidPercent
  @ParameterizedTest
  @ValueSource(strings = {"0%", "00000%", "1%", "01%", "99%", "100%", "101%"})
  void percent_good(String value) {
    assertThat(NameValidation.isValidPercent(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "%", "0", "00000", "1", "0.0%", "-1%", "1.5%", "100", "% 1"})
  void percent_bad(String value) {
    assertThat(NameValidation.isValidPercent(value))
        .containsExactly(
            "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%', "
                + " or '93%', regex used for validation is '[0-9]+%')");
  }

  // TestIsEnvVarName
  @ParameterizedTest
  @ValueSource(strings = {"-", ":", "_", "+a", ">", "<", "a=", "a.1"})
  void env_var_name(String value) {
    List<String> errs = NameValidation.isEnvVarName(value);
    boolean valid = value.matches("[-._a-zA-Z][-._a-zA-Z0-9]*");
    assertThat(errs.isEmpty()).isEqualTo(valid);
  }

  @Test
  void env_var_name_may_not_step_out() {
    assertThat(NameValidation.isEnvVarName("..")).containsExactly("must not be '..'");
    assertThat(NameValidation.isEnvVarName("..a")).containsExactly("must not start with '..'");
  }

  // maskTrailingDash, as NameIsDNSSubdomain(name, prefix=true) uses it
  @ParameterizedTest
  @CsvSource({"web-, wea", "a-, a", "-, -", "web, web"})
  void mask_trailing_dash(String name, String masked) {
    assertThat(NameValidation.maskTrailingDash(name)).isEqualTo(masked);
  }

  @Test
  void generate_name_may_end_in_a_dash() {
    assertThat(NameValidation.nameIsDNSSubdomain("web-", true)).isEmpty();
    assertThat(NameValidation.nameIsDNSSubdomain("web-", false)).isNotEmpty();
  }
}
