package io.kubemu.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubemu.model.meta.FieldSelector.Operator;
import io.kubemu.model.meta.FieldSelector.Term;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Upstream's fields/selector_test.go, row for row where it applies. */
class FieldSelectorTest {

  // TestSplitTerms
  @ParameterizedTest
  @MethodSource("splitTermsTable")
  void splitTerms(String selector, List<String> expected) {
    assertThat(FieldSelector.splitTerms(selector)).isEqualTo(expected);
  }

  static Stream<Arguments> splitTermsTable() {
    return Stream.of(
        arguments("a", List.of("a")),
        arguments("a=avalue", List.of("a=avalue")),
        arguments("a=avalue,b=bvalue", List.of("a=avalue", "b=bvalue")),
        arguments("a=avalue,b==bvalue,c!=cvalue", List.of("a=avalue", "b==bvalue", "c!=cvalue")),
        arguments("", List.of()),
        arguments("a=a,", List.of("a=a", "")),
        arguments(",a=a", List.of("", "a=a")),
        arguments("k=\\,,k2=v2", List.of("k=\\,", "k2=v2")),
        arguments("k=\\\\,k2=v2", List.of("k=\\\\", "k2=v2")),
        arguments("k=\\\\\\,,k2=v2", List.of("k=\\\\\\,", "k2=v2")),
        arguments("k=\\a\\b\\", List.of("k=\\a\\b\\")),
        arguments("k=\\", List.of("k=\\")),
        arguments("함=수,목=록", List.of("함=수", "목=록")));
  }

  // TestSplitTerm
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      emptyValue = "",
      value = {
        "a=value|a|=|value",
        "b==value|b|==|value",
        "c!=value|c|!=|value",
        "a|null|null|null",
        "k=\\,|k|=|\\,",
        "k=\\=|k|=|\\=",
        "k=\\\\\\a\\b\\=\\,\\|k|=|\\\\\\a\\b\\=\\,\\",
        "함=수|함|=|수",
      })
  void splitTerm(String term, String lhs, String op, String rhs) {
    String[] split = FieldSelector.splitTerm(term);
    if (lhs == null) {
      assertThat(split).isNull();
    } else {
      assertThat(split).containsExactly(lhs, op, rhs);
    }
  }

  @Test
  void splitEmptyTerm() {
    assertThat(FieldSelector.splitTerm("")).isNull();
  }

  // TestEscapeValue
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {"''|''", "a|a", "=|\\=", ",|\\,", "\\|\\\\", "\\=\\,\\|\\\\\\=\\\\\\,\\\\"})
  void escapeValue(String unescaped, String escaped) {
    assertThat(FieldSelector.escapeValue(unescaped)).isEqualTo(escaped);
    assertThat(FieldSelector.unescapeValue(escaped)).isEqualTo(unescaped);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\\|invalid field selector: invalid escape sequence: \\",
        "\\\\\\|invalid field selector: invalid escape sequence: \\",
        "\\a|invalid field selector: invalid escape sequence: \\a",
        "a=b|invalid field selector: unescaped character in value: 61",
        "a,b|invalid field selector: unescaped character in value: 44",
      })
  void invalidEscapes(String value, String message) {
    assertThatThrownBy(() -> FieldSelector.unescapeValue(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  // TestSelectorParse
  @ParameterizedTest
  @ValueSource(strings = {"x=a,y=b,z=c", "", "x!=a,y=b", "x=a||y\\=b", "x=a\\=\\=b"})
  void goodStringsRestring(String test) {
    assertThat(FieldSelector.parse(test).toString()).isEqualTo(test);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "x=a||y=b => invalid field selector: unescaped character in value: 61",
        "x==a==b => invalid field selector: unescaped character in value: 61",
        "x=a,b => invalid selector: 'x=a,b'; can't understand 'b'",
        "x in (a) => invalid selector: 'x in (a)'; can't understand 'x in (a)'",
        "x in (a,b,c) => invalid selector: 'x in (a,b,c)'; can't understand 'b'",
        "x => invalid selector: 'x'; can't understand 'x'",
      })
  void badStrings(String test, String message) {
    assertThatThrownBy(() -> FieldSelector.parse(test))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  // TestDeterministicParse
  @Test
  void deterministicParse() {
    assertThat(FieldSelector.parse("x=a,a=x").toString())
        .isEqualTo(FieldSelector.parse("a=x,x=a").toString())
        .isEqualTo("a=x,x=a");
  }

  // TestSelectorMatches
  @ParameterizedTest
  @MethodSource("matchTable")
  void selectorMatches(String selector, Map<String, String> fields, boolean match) {
    assertThat(FieldSelector.parse(selector).matches(fields::get)).isEqualTo(match);
  }

  static Stream<Arguments> matchTable() {
    Map<String, String> fieldset = Map.of("foo", "bar", "baz", "blah", "complex", "=value\\,\\");
    return Stream.of(
        arguments("", Map.of("x", "y"), true),
        arguments("x=y", Map.of("x", "y"), true),
        arguments("x=y,z=w", Map.of("x", "y", "z", "w"), true),
        arguments("x!=y,z!=w", Map.of("x", "z", "z", "a"), true),
        arguments("notin=in", Map.of("notin", "in"), true),
        arguments("x=y", Map.of("x", "z"), false),
        arguments("x=y,z=w", Map.of("x", "w", "z", "w"), false),
        arguments("x!=y,z!=w", Map.of("x", "z", "z", "w"), false),
        arguments("foo=bar", fieldset, true),
        arguments("baz=blah", fieldset, true),
        arguments("foo=bar,baz=blah", fieldset, true),
        arguments("foo=bar,baz=blah,complex=\\=value\\\\\\,\\\\", fieldset, true),
        arguments("foo=blah", fieldset, false),
        arguments("baz=bar", fieldset, false),
        arguments("foo=bar,foobar=bar,baz=blah", fieldset, false),
        // the API server's fields, a missing field reading as ""
        arguments("spec.nodeName=", Map.of(), true),
        arguments("spec.nodeName!=", Map.of(), false),
        arguments("spec.nodeName!=", Map.of("spec.nodeName", "n1"), true),
        arguments(
            "metadata.name=x,status.phase==Running",
            Map.of("metadata.name", "x", "status.phase", "Running"),
            true),
        arguments(
            "metadata.name=x,status.phase!=Running",
            Map.of("metadata.name", "x", "status.phase", "Running"),
            false));
  }

  // TestOneTermEqualSelector, TestSetIsEmpty, TestRequiresExactMatch
  @Test
  void oneTermEmptyAndExactMatch() {
    assertThat(FieldSelector.of("x", "y").matches(Map.of("x", "y")::get)).isTrue();
    assertThat(FieldSelector.of("x", "y").matches(Map.of("x", "z")::get)).isFalse();
    assertThat(FieldSelector.everything().empty()).isTrue();
    assertThat(FieldSelector.parse("").empty()).isTrue();
    assertThat(FieldSelector.parse("=").empty()).isTrue(); // empty field and value are skipped
    assertThat(FieldSelector.parse(",,").empty()).isTrue();
    assertThat(FieldSelector.of("a", "b").empty()).isFalse();
    assertThat(FieldSelector.parse("test=b").requiresExactMatch("test")).contains("b");
    assertThat(FieldSelector.parse("test=").requiresExactMatch("test")).contains("");
    assertThat(FieldSelector.parse("a=b").requiresExactMatch("test")).isEmpty();
    assertThat(FieldSelector.parse("test!=b").requiresExactMatch("test")).isEmpty();
    assertThat(FieldSelector.parse("a=c,test=b").requiresExactMatch("test")).contains("b");
  }

  @Test
  void termsAreExposedForTheApiServer() {
    FieldSelector s = FieldSelector.parse("spec.nodeName!=,metadata.name==web-0");
    assertThat(s.terms())
        .containsExactly(
            new Term("metadata.name", Operator.EQUALS, "web-0"),
            new Term("spec.nodeName", Operator.NOT_EQUALS, ""));
    assertThat(s).hasToString("metadata.name=web-0,spec.nodeName!=");
    assertThat(s).isEqualTo(FieldSelector.parse("metadata.name=web-0,spec.nodeName!="));
    assertThat(Arrays.asList(Operator.values()))
        .extracting(Operator::value)
        .containsExactly("=", "!=");
  }
}
