package io.kubemu.model.meta;

import static io.kubemu.model.meta.Selector.Operator.DOES_NOT_EXIST;
import static io.kubemu.model.meta.Selector.Operator.DOUBLE_EQUALS;
import static io.kubemu.model.meta.Selector.Operator.EQUALS;
import static io.kubemu.model.meta.Selector.Operator.EXISTS;
import static io.kubemu.model.meta.Selector.Operator.GREATER_THAN;
import static io.kubemu.model.meta.Selector.Operator.IN;
import static io.kubemu.model.meta.Selector.Operator.LESS_THAN;
import static io.kubemu.model.meta.Selector.Operator.NOT_EQUALS;
import static io.kubemu.model.meta.Selector.Operator.NOT_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubemu.model.meta.Selector.Operator;
import io.kubemu.model.meta.Selector.Requirement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Upstream's labels/selector_test.go, row for row where it applies, plus kubectl cases. */
class SelectorTest {

  static Requirement req(String key, Operator op, String... values) {
    return Requirement.of(key, op, List.of(values));
  }

  static Selector sel(Requirement... requirements) {
    return Selector.everything().add(requirements);
  }

  static Map<String, String> set(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  // ---------------------------------------------------------------- TestSelectorParse

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x=a,y=b,z=c",
        "",
        "x!=a,y=b",
        "x=",
        "x= ",
        "x=,z= ",
        "x= ,z= ",
        "!x",
        "x>1",
        "x>1,z<5"
      })
  void goodStringsRestring(String test) {
    assertThat(Selector.parse(test).toString()).isEqualTo(test.replace(" ", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x=a||y=b", "x==a==b", "!x=a", "x<a"})
  void badStrings(String test) {
    assertThatThrownBy(() -> Selector.parse(test)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deterministicParse() {
    assertThat(Selector.parse("x=a,a=x").toString())
        .isEqualTo(Selector.parse("a=x,x=a").toString())
        .isEqualTo("a=x,x=a");
  }

  // ---------------------------------------------------------------- TestSelectorMatches

  @ParameterizedTest
  @MethodSource("matchTable")
  void selectorMatches(String selector, Map<String, String> labels, boolean match) {
    assertThat(Selector.parse(selector).matches(labels)).isEqualTo(match);
  }

  static Stream<Arguments> matchTable() {
    Map<String, String> labelset = set("foo", "bar", "baz", "blah");
    return Stream.of(
        arguments("", set("x", "y"), true),
        arguments("x=y", set("x", "y"), true),
        arguments("x=y,z=w", set("x", "y", "z", "w"), true),
        arguments("x!=y,z!=w", set("x", "z", "z", "a"), true),
        arguments("notin=in", set("notin", "in"), true), // in and notin in exactMatch
        arguments("x", set("x", "z"), true),
        arguments("!x", set("y", "z"), true),
        arguments("x>1", set("x", "2"), true),
        arguments("x<1", set("x", "0"), true),
        arguments("x=z", set(), false),
        arguments("x=y", set("x", "z"), false),
        arguments("x=y,z=w", set("x", "w", "z", "w"), false),
        arguments("x!=y,z!=w", set("x", "z", "z", "w"), false),
        arguments("x", set("y", "z"), false),
        arguments("!x", set("x", "z"), false),
        arguments("x>1", set("x", "0"), false),
        arguments("x<1", set("x", "2"), false),
        arguments("foo=bar", labelset, true),
        arguments("baz=blah", labelset, true),
        arguments("foo=bar,baz=blah", labelset, true),
        arguments("foo=blah", labelset, false),
        arguments("baz=bar", labelset, false),
        arguments("foo=bar,foobar=bar,baz=blah", labelset, false),
        // kubectl -l as users write it
        arguments(
            "app=nginx,tier!=db,env in (a,b),!canary,x",
            set("app", "nginx", "env", "a", "x", ""),
            true),
        arguments(
            "app=nginx,tier!=db,env in (a,b),!canary,x",
            set("app", "nginx", "env", "c", "x", ""),
            false),
        arguments(
            "app=nginx,tier!=db,env in (a,b),!canary,x",
            set("app", "nginx", "env", "a", "x", "", "canary", "true"),
            false),
        arguments(
            "app=nginx,tier!=db,env in (a,b),!canary,x", set("app", "nginx", "env", "a"), false),
        arguments("x notin (a)", set(), true),
        arguments("x notin (a)", set("x", "a"), false),
        arguments("x notin (a)", set("x", "b"), true),
        arguments("x>5", set("x", "6"), true),
        arguments("x<5", set("x", "-6"), true),
        arguments("x>1", set("x", "v2"), false),
        arguments("x>1", set("x", "1.5"), false),
        arguments("x in ()", set("x", ""), true),
        arguments("x in ()", set(), false));
  }

  // TestSetMatches
  @Test
  void setMatches() {
    Map<String, String> labelset = set("foo", "bar", "baz", "blah");
    assertThat(Selector.fromSet(set()).matches(labelset)).isTrue();
    assertThat(Selector.fromSet(set("foo", "bar")).matches(labelset)).isTrue();
    assertThat(Selector.fromSet(set("baz", "blah")).matches(labelset)).isTrue();
    assertThat(Selector.fromSet(set("foo", "bar", "baz", "blah")).matches(labelset)).isTrue();
    assertThat(Selector.fromSet(set("foo", "bar", "baz", "blah")).toString())
        .isEqualTo("baz=blah,foo=bar");
  }

  // TestEverything, TestNilMapIsValid, TestSetIsEmpty
  @Test
  void everythingAndNothing() {
    assertThat(Selector.everything().matches(set("x", "y"))).isTrue();
    assertThat(Selector.everything().matches(null)).isTrue();
    assertThat(Selector.everything().empty()).isTrue();
    assertThat(Selector.fromSet(null).empty()).isTrue();
    assertThat(Selector.fromSet(set()).empty()).isTrue();
    assertThat(Selector.parse("").empty()).isTrue();
    assertThat(Selector.nothing().matches(set())).isFalse();
    assertThat(Selector.nothing().matches(set("x", "y"))).isFalse();
    assertThat(Selector.nothing().empty()).isFalse();
    assertThat(Selector.nothing().matchesNothing()).isTrue();
    assertThat(Selector.everything().matchesNothing()).isFalse();
    assertThat(Selector.nothing().toString()).isEmpty();
    assertThat(Selector.nothing().add(req("x", EXISTS))).isSameAs(Selector.nothing());
    assertThat(Selector.nothing()).isNotEqualTo(Selector.everything());
  }

  // ---------------------------------------------------------------- TestRequirementConstructor

  @ParameterizedTest
  @MethodSource("requirementConstructor")
  void requirementConstructor(String key, Operator op, List<String> vals, String wantErr) {
    if (wantErr == null) {
      assertThat(Requirement.of(key, op, vals).key()).isEqualTo(key);
    } else {
      assertThatThrownBy(() -> Requirement.of(key, op, vals))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(wantErr);
    }
  }

  static Stream<Arguments> requirementConstructor() {
    String a254 = "a".repeat(254);
    return Stream.of(
        arguments(
            "x1",
            IN,
            List.of(),
            "values: Invalid value: []string{}: for 'in', 'notin'"
                + " operators, values set can't be empty"),
        arguments(
            "x2",
            NOT_IN,
            List.of(),
            "values: Invalid value: []string{}: for 'in', 'notin'"
                + " operators, values set can't be empty"),
        arguments("x3", IN, List.of("foo"), null),
        arguments("x4", NOT_IN, List.of("foo"), null),
        arguments(
            "x5",
            EQUALS,
            List.of("bar", "foo"),
            "values: Invalid value: []string{\"bar\","
                + " \"foo\"}: exact-match compatibility requires one single value"),
        arguments("x6", EXISTS, List.of(), null),
        arguments("x7", DOES_NOT_EXIST, List.of(), null),
        arguments(
            "x8",
            EXISTS,
            List.of("foo"),
            "values: Invalid value: []string{\"foo\"}: values"
                + " set must be empty for exists and does not exist"),
        arguments("x9", IN, List.of("bar"), null),
        arguments("x10", IN, List.of("bar"), null),
        arguments("x11", GREATER_THAN, List.of("1"), null),
        arguments("x12", LESS_THAN, List.of("6"), null),
        arguments(
            "x13",
            GREATER_THAN,
            List.of(),
            "values: Invalid value: []string{}: for 'Gt',"
                + " 'Lt' operators, exactly one value is required"),
        arguments(
            "x14",
            GREATER_THAN,
            List.of("bar"),
            "values[0]: Invalid value: \"bar\": for"
                + " 'Gt', 'Lt' operators, the value must be an integer"),
        arguments(
            "x15",
            LESS_THAN,
            List.of("bar"),
            "values[0]: Invalid value: \"bar\": for 'Gt',"
                + " 'Lt' operators, the value must be an integer"),
        arguments(
            a254,
            EXISTS,
            List.of(),
            "key: Invalid value: \""
                + a254
                + "\": name part must"
                + " be no more than 63 characters"),
        arguments(
            "x16",
            EQUALS,
            List.of(a254),
            "values[0][x16]: Invalid value: \"" + a254 + "\": must be no more than 63 characters"),
        arguments(
            "x16",
            EQUALS,
            List.of("-" + a254),
            "values[0][x16]: Invalid value: \"-"
                + a254
                + "\": must be no more than 63 characters; a valid label must be an empty string or"
                + " consist of alphanumeric characters, '-', '_' or '.', and must start and end"
                + " with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345',"
                + " regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"),
        arguments(
            "x17",
            EQUALS,
            List.of("a b"),
            "values[0][x17]: Invalid value: \"a b\": a valid label must be an empty string or"
                + " consist of alphanumeric characters, '-', '_' or '.', and must start and end"
                + " with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345',"
                + " regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"),
        arguments("1foo", IN, List.of("bar"), null),
        arguments("1234", IN, List.of("bar"), null),
        arguments("example.com/app", IN, List.of("bar"), null),
        arguments(
            "Example.com/app",
            EXISTS,
            List.of(),
            "key: Invalid value: \"Example.com/app\": prefix part a lowercase RFC 1123 subdomain"
                + " must consist of lower case alphanumeric characters, '-' or '.', and must start"
                + " and end with an alphanumeric character (e.g. 'example.com', regex used for"
                + " validation is"
                + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"),
        arguments(
            "a/b/c",
            EXISTS,
            List.of(),
            "key: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric"
                + " characters, '-', '_' or '.', and must start and end with an alphanumeric"
                + " character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for"
                + " validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS"
                + " subdomain prefix and '/' (e.g. 'example.com/MyName')"),
        arguments(
            "/x",
            EXISTS,
            List.of(),
            "key: Invalid value: \"/x\": prefix part must be" + " non-empty"),
        arguments(
            "x",
            GREATER_THAN,
            List.of("a", "b"),
            "[values: Invalid value: []string{\"a\", \"b\"}: for 'Gt', 'Lt' operators, exactly one"
                + " value is required, values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators,"
                + " the value must be an integer, values[1]: Invalid value: \"b\": for 'Gt', 'Lt'"
                + " operators, the value must be an integer]"));
  }

  // ---------------------------------------------------------------- TestToString

  @Test
  void requirementsToString() {
    assertThat(sel(req("x", IN, "abc", "def"), req("y", NOT_IN, "jkl"), req("z", EXISTS)))
        .hasToString("x in (abc,def),y notin (jkl),z");
    assertThat(
            sel(
                req("x", NOT_IN, "abc", "def"),
                req("y", NOT_EQUALS, "jkl"),
                req("z", DOES_NOT_EXIST)))
        .hasToString("x notin (abc,def),y!=jkl,!z");
    assertThat(sel(req("x", NOT_IN, "abc"), req("y", IN, "jkl", "mno"), req("z", NOT_IN, "")))
        .hasToString("x notin (abc),y in (jkl,mno),z notin ()");
    assertThat(
            sel(
                req("x", EQUALS, "abc"),
                req("y", DOUBLE_EQUALS, "jkl"),
                req("z", NOT_EQUALS, "a"),
                req("z", EXISTS)))
        .hasToString("x=abc,y==jkl,z!=a,z");
    assertThat(sel(req("x", GREATER_THAN, "2"), req("y", LESS_THAN, "8"), req("z", EXISTS)))
        .hasToString("x>2,y<8,z");
    // values print sorted without changing the requirement
    Requirement unsorted = req("x", IN, "b", "a");
    assertThat(unsorted).hasToString("x in (a,b)");
    assertThat(unsorted.values()).containsExactly("b", "a");
  }

  // ----------------------------------------------------------------
  // TestRequirementSelectorMatching

  @ParameterizedTest
  @MethodSource("requirementMatching")
  void requirementSelectorMatching(Map<String, String> labels, Selector sel, boolean match) {
    assertThat(sel.matches(labels)).isEqualTo(match);
  }

  static Stream<Arguments> requirementMatching() {
    return Stream.of(
        arguments(
            set("x", "foo", "y", "baz"), sel(req("x", IN, "foo"), req("y", NOT_IN, "alpha")), true),
        arguments(
            set("x", "foo", "y", "baz"), sel(req("x", IN, "foo"), req("y", IN, "alpha")), false),
        arguments(set("y", ""), sel(req("x", NOT_IN, ""), req("y", EXISTS)), true),
        arguments(set("y", ""), sel(req("x", DOES_NOT_EXIST), req("y", EXISTS)), true),
        arguments(set("y", ""), sel(req("x", NOT_IN, ""), req("y", DOES_NOT_EXIST)), false),
        arguments(set("y", "baz"), sel(req("x", IN, "")), false),
        arguments(set("z", "2"), sel(req("z", GREATER_THAN, "1")), true),
        arguments(set("z", "v2"), sel(req("z", GREATER_THAN, "1")), false));
  }

  @Test
  void unvalidatedRequirementNeverMatchesBadGtLt() {
    // upstream's zero Requirement and a Gt with two values match nothing
    assertThat(new Requirement("z", GREATER_THAN, List.of("1", "2")).matches(set("z", "5")))
        .isFalse();
    assertThat(new Requirement("z", LESS_THAN, List.of("x")).matches(set("z", "5"))).isFalse();
  }

  // ---------------------------------------------------------------- TestSetSelectorParser

  @ParameterizedTest
  @MethodSource("setSelectorParser")
  void setSelectorParser(String in, Selector out, boolean match, boolean valid) {
    if (!valid) {
      assertThatThrownBy(() -> Selector.parse(in)).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Selector sel = Selector.parse(in);
    if (match) {
      assertThat(sel).isEqualTo(out);
    } else {
      assertThat(sel).isNotEqualTo(out);
    }
  }

  static Stream<Arguments> setSelectorParser() {
    return Stream.of(
        arguments("", Selector.everything(), true, true),
        arguments("\rx", sel(req("x", EXISTS)), true, true),
        arguments(
            "this-is-a-dns.domain.com/key-with-dash",
            sel(req("this-is-a-dns.domain.com/key-with-dash", EXISTS)),
            true,
            true),
        arguments(
            "this-is-another-dns.domain.com/key-with-dash in (so,what)",
            sel(req("this-is-another-dns.domain.com/key-with-dash", IN, "so", "what")),
            true,
            true),
        arguments(
            "0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)",
            sel(req("0.1.2.domain/99", NOT_IN, "10.10.100.1", "tick.tack.clock")),
            true,
            true),
        arguments("foo  in\t (abc)", sel(req("foo", IN, "abc")), true, true),
        arguments("x notin\n (abc)", sel(req("x", NOT_IN, "abc")), true, true),
        arguments("x  notin\t\t\t(abc,def)", sel(req("x", NOT_IN, "abc", "def")), true, true),
        arguments("x in (abc,def)", sel(req("x", IN, "abc", "def")), true, true),
        arguments("x in (abc,)", sel(req("x", IN, "", "abc")), true, true),
        arguments("x in ()", sel(req("x", IN, "")), true, true),
        arguments(
            "x notin (abc,,def),bar,z in (),w",
            sel(
                req("bar", EXISTS),
                req("w", EXISTS),
                req("x", NOT_IN, "", "abc", "def"),
                req("z", IN, "")),
            true,
            true),
        // upstream's expectation lists y before x and so does not match; kubemu's selectors are
        // always sorted, so the same requirements are equal
        arguments("x,y in (a)", sel(req("y", IN, "a"), req("x", EXISTS)), true, true),
        arguments("x=a", sel(req("x", EQUALS, "a")), true, true),
        arguments("x>1", sel(req("x", GREATER_THAN, "1")), true, true),
        arguments("x<7", sel(req("x", LESS_THAN, "7")), true, true),
        arguments("x=a,y!=b", sel(req("x", EQUALS, "a"), req("y", NOT_EQUALS, "b")), true, true),
        arguments(
            "x=a,y!=b,z in (h,i,j)",
            sel(req("x", EQUALS, "a"), req("y", NOT_EQUALS, "b"), req("z", IN, "h", "i", "j")),
            true,
            true),
        arguments("x=a||y=b", Selector.everything(), false, false),
        arguments("x,,y", null, true, false),
        arguments(",x,y", null, true, false),
        arguments("x nott in (y)", null, true, false),
        arguments("x notin ( )", sel(req("x", NOT_IN, "")), true, true),
        arguments("x notin (, a)", sel(req("x", NOT_IN, "", "a")), true, true),
        arguments("a in (xyz),", null, true, false),
        arguments("a in (xyz)b notin ()", null, true, false),
        arguments("a ", sel(req("a", EXISTS)), true, true),
        arguments(
            "a in (x,y,notin, z,in)",
            sel(req("a", IN, "in", "notin", "x", "y", "z")),
            true,
            true), // operator 'in' inside list of identifiers
        arguments("a in (xyz abc)", null, false, false), // no comma
        arguments("a notin(", null, true, false), // bad formed
        arguments("a (", null, false, false), // cpar
        arguments("(", null, false, false)); // opar
  }

  // ---------------------------------------------------------------- parse error messages

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "x=a||y=b => unable to parse requirement: values[0][x]: Invalid value: \"a||y\": a valid"
            + " label must be an empty string or consist of alphanumeric characters, '-', '_' or"
            + " '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or"
            + " 'my_value',  or '12345', regex used for validation is"
            + " '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
        "x==a==b => found '==', expected: ',' or 'end of string'",
        "!x=a => found '=', expected: ',' or 'end of string'",
        "x<a => unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt'"
            + " operators, the value must be an integer",
        "x,,y => found ',', expected: identifier after ','",
        ",x,y => found ',', expected: !, identifier, or 'end of string'",
        "x nott in (y) => unable to parse requirement: found 'nott', expected: in, notin, =, ==,"
            + " !=, gt, lt",
        "a in (xyz), => found '', expected: identifier after ','",
        "a in (xyz)b notin () => found 'b', expected: ',' or 'end of string'",
        "a in (xyz abc) => unable to parse requirement: found 'abc', expected: ',' or ')'",
        "a notin( => unable to parse requirement: found '', expected: ',', ')' or identifier",
        "a ( => unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt",
        "( => found '(', expected: !, identifier, or 'end of string'",
        "x in a => unable to parse requirement: found 'a' expected: '('",
        "x in (a => unable to parse requirement: found '', expected: ',' or ')'",
        "x in (a,=) => unable to parse requirement: found '=', expected: ',', or identifier",
        "x=( => unable to parse requirement: found '(', expected: identifier",
        "! => unable to parse requirement: found '', expected: identifier",
        "!=a => found '!=', expected: !, identifier, or 'end of string'",
        "x=a b => found 'b', expected: ',' or 'end of string'",
        "x=a b! => found 'b', expected: ',' or 'end of string'",
      })
  void parseErrors(String in, String message) {
    assertThatThrownBy(() -> Selector.parse(in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void invalidKeyIsReportedWithUpstreamsNilPath() {
    assertThatThrownBy(() -> Selector.parse("-x=a"))
        .hasMessage(
            "unable to parse requirement: <nil>: Invalid value: \"-x\": name part must consist of"
                + " alphanumeric characters, '-', '_' or '.', and must start and end with an"
                + " alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used"
                + " for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");
    assertThatThrownBy(() -> Selector.parse("app=ng nx"))
        .hasMessage("found 'nx', expected: ',' or 'end of string'");
    assertThatThrownBy(() -> Selector.parse("app=a_"))
        .hasMessageStartingWith(
            "unable to parse requirement: values[0][app]: Invalid value: \"a_\"");
  }

  // ---------------------------------------------------------------- TestAdd,
  // TestRequiresExactMatch

  @Test
  void add() {
    Selector s = Selector.everything().add(req("key", IN, "value"));
    assertThat(s.requirements()).containsExactly(new Requirement("key", IN, List.of("value")));
    s = s.add(req("key2", EQUALS, "value2"));
    assertThat(s.requirements())
        .containsExactly(
            new Requirement("key", IN, List.of("value")),
            new Requirement("key2", EQUALS, List.of("value2")));
    assertThat(Selector.everything().add(req("b", EXISTS)).add(req("a", EXISTS)))
        .hasToString("a,b");
  }

  @ParameterizedTest
  @MethodSource("exactMatch")
  void requiresExactMatch(Selector sel, String label, String expected) {
    assertThat(sel.requiresExactMatch(label).orElse(null)).isEqualTo(expected);
  }

  static Stream<Arguments> exactMatch() {
    return Stream.of(
        arguments(sel(req("key", IN, "value")), "key", "value"),
        arguments(sel(req("key", IN, "value", "value2")), "key", null),
        arguments(
            sel(req("key", IN, "value", "value1"), req("key2", IN, "value2")), "key2", "value2"),
        arguments(sel(req("key", EQUALS, "value")), "key", "value"),
        arguments(sel(req("key", DOUBLE_EQUALS, "value")), "key", "value"),
        arguments(sel(req("key", NOT_EQUALS, "value")), "key", null),
        arguments(sel(req("key", IN, "value"), req("key2", IN, "value2")), "key", "value"));
  }

  // ---------------------------------------------------------------- LabelSelectorAsSelector

  @Test
  void fromLabelSelector() {
    Map<String, String> matchLabels = Map.of("foo", "bar");
    List<LabelSelectorRequirement> matchExpressions =
        List.of(
            new LabelSelectorRequirement(
                "baz", LabelSelectorRequirement.IN, List.of("qux", "norf")));
    assertThat(Selector.from(null)).isEqualTo(Selector.nothing());
    assertThat(Selector.from(new LabelSelector(null, null))).isEqualTo(Selector.everything());
    assertThat(Selector.from(LabelSelector.of(matchLabels))).hasToString("foo=bar");
    assertThat(Selector.from(new LabelSelector(null, matchExpressions)))
        .hasToString("baz in (norf,qux)");
    assertThat(new LabelSelector(matchLabels, matchExpressions).toSelector())
        .hasToString(Selector.parse("baz in (norf,qux),foo=bar").toString());
    assertThatThrownBy(
            () ->
                Selector.from(
                    new LabelSelector(
                        null,
                        List.of(
                            new LabelSelectorRequirement(
                                "baz", LabelSelectorRequirement.EXISTS, List.of("qux", "norf"))))))
        .hasMessage(
            "values: Invalid value: []string{\"qux\", \"norf\"}: values set must be empty for"
                + " exists and does not exist");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "In|x|values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't"
            + " be empty",
        "NotIn|x|values: Invalid value: []string(nil): for 'in', 'notin' operators, values set"
            + " can't be empty",
        "Seriously|x|\"Seriously\" is not a valid label selector operator",
        "in|x|\"in\" is not a valid label selector operator",
        "Gt|x|\"Gt\" is not a valid label selector operator",
        "Exists|a b|key: Invalid value: \"a b\": name part must consist of alphanumeric"
            + " characters, '-', '_' or '.', and must start and end with an alphanumeric character"
            + " (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is"
            + " '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      })
  void fromLabelSelectorErrors(String operator, String key, String message) {
    LabelSelector s =
        new LabelSelector(null, List.of(new LabelSelectorRequirement(key, operator, null)));
    assertThatThrownBy(s::toSelector)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> s.matches(Map.of())).hasMessage(message);
  }

  @Test
  void matchLabelsAreValidated() {
    assertThatThrownBy(() -> LabelSelector.of(Map.of("app", "web app")).toSelector())
        .hasMessageStartingWith("values[0][app]: Invalid value: \"web app\": a valid label");
  }

  @Test
  void labelSelectorMatches() {
    LabelSelector web =
        new LabelSelector(
            Map.of("app", "web"),
            List.of(
                new LabelSelectorRequirement(
                    "tier", LabelSelectorRequirement.NOT_IN, List.of("db")),
                new LabelSelectorRequirement(
                    "canary", LabelSelectorRequirement.DOES_NOT_EXIST, null),
                new LabelSelectorRequirement("env", LabelSelectorRequirement.EXISTS, List.of())));
    assertThat(web.matches(Map.of("app", "web", "env", "prod"))).isTrue();
    assertThat(web.matches(Map.of("app", "web", "env", "prod", "tier", "db"))).isFalse();
    assertThat(web.matches(Map.of("app", "web", "env", "prod", "canary", "1"))).isFalse();
    assertThat(web.matches(Map.of("app", "web"))).isFalse();
    assertThat(web.matches(null)).isFalse();
    assertThat(web.toSelector()).hasToString("app=web,!canary,env,tier notin (db)");
    assertThat(new LabelSelector(null, null).matches(Map.of("any", "label"))).isTrue();
    assertThat(
            new LabelSelectorRequirement("tier", LabelSelectorRequirement.IN, List.of("fe", "be"))
                .matches(Map.of("tier", "be")))
        .isTrue();
  }

  @Test
  void helperMethodsAreNotSerialized() throws Exception {
    LabelSelector s =
        new LabelSelector(
            Map.of("app", "web"),
            List.of(new LabelSelectorRequirement("env", LabelSelectorRequirement.EXISTS, null)));
    assertThat(io.kubemu.manifest.Json.mapper().writeValueAsString(s))
        .isEqualTo(
            "{\"matchLabels\":{\"app\":\"web\"},"
                + "\"matchExpressions\":[{\"key\":\"env\",\"operator\":\"Exists\"}]}");
  }

  @Test
  void equalityAndHash() {
    assertThat(Selector.parse("b,a=1"))
        .isEqualTo(Selector.parse("a=1,b"))
        .hasSameHashCodeAs(Selector.parse("a=1,b"));
    assertThat(Selector.parse("a=1")).isNotEqualTo(Selector.parse("a==1"));
  }
}
