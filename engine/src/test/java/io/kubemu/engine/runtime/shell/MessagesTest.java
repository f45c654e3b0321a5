package io.kubemu.engine.runtime.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Error messages and statuses, as bash and GNU coreutils print them. */
class MessagesTest {

  private static Arguments row(String script, String stderr, int exitCode) {
    return Arguments.of(script, stderr, exitCode);
  }

  static Stream<Arguments> commandErrors() {
    return Stream.of(
        row("cat /x", "cat: /x: No such file or directory\n", 1),
        row("cat /tmp", "cat: /tmp: Is a directory\n", 1),
        row("rm /x", "rm: cannot remove '/x': No such file or directory\n", 1),
        row("rm -f /x", "", 0),
        row("rm", "rm: missing operand\nTry 'rm --help' for more information.\n", 1),
        row("rm /tmp", "rm: cannot remove '/tmp': Is a directory\n", 1),
        row(
            "rm -rf /",
            "rm: it is dangerous to operate recursively on '/'\n"
                + "rm: use --no-preserve-root to override this failsafe\n",
            1),
        row("mkdir /a/b", "mkdir: cannot create directory '/a/b': No such file or directory\n", 1),
        row("mkdir /tmp", "mkdir: cannot create directory '/tmp': File exists\n", 1),
        row("mkdir -p /tmp", "", 0),
        row("touch /a/b", "touch: cannot touch '/a/b': No such file or directory\n", 1),
        row("ls /x", "ls: cannot access '/x': No such file or directory\n", 2),
        row("cp /x /y", "cp: cannot stat '/x': No such file or directory\n", 1),
        row("cp /tmp /y", "cp: -r not specified; omitting directory '/tmp'\n", 1),
        row("sleep", "sleep: missing operand\nTry 'sleep --help' for more information.\n", 1),
        row(
            "sleep x",
            "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n",
            1),
        row("cd /nope", "sh: cd: /nope: No such file or directory\n", 1),
        row("exit abc", "sh: exit: abc: numeric argument required\n", 2),
        row("echo x > /nodir/f", "sh: /nodir/f: No such file or directory\n", 1),
        row("echo x > /tmp", "sh: /tmp: Is a directory\n", 1),
        row("cat < /nope", "sh: /nope: No such file or directory\n", 1),
        row("echo ${x/a/b}", "sh: ${x/a/b}: bad substitution\n", 1),
        row("echo ${x:?must be set}; echo after", "sh: x: must be set\n", 1),
        row("echo ${x:?}", "sh: x: parameter null or not set\n", 1),
        row("echo $((1/0))", "sh: 1/0: division by 0 (error token is \"0\")\n", 1),
        row("export 1x=2", "sh: export: `1x=2': not a valid identifier\n", 1),
        row("return", "sh: return: can only `return' from a function or sourced script\n", 1),
        row("date -d tomorrow", "date: invalid date '-d'\n", 1),
        row(
            "grep",
            "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
            2),
        row("set -x; echo traced", "+ echo traced\n", 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandErrors")
  void commandErrors(String script, String stderr, int exitCode) {
    Sh.Result r = Sh.sh(script);
    assertThat(r.stderr()).isEqualTo(stderr);
    assertThat(r.step()).isEqualTo(new Step.Exited(exitCode));
  }

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        row("if true", "sh: syntax error: unexpected end of file\n", 2),
        row("echo 'unclosed", "sh: syntax error: unexpected end of file\n", 2),
        row("echo \"unclosed", "sh: syntax error: unexpected end of file\n", 2),
        row("echo $(unclosed", "sh: syntax error: unexpected end of file\n", 2),
        row("true &&", "sh: syntax error: unexpected end of file\n", 2),
        row("fi", "sh: syntax error near unexpected token `fi'\n", 2),
        row("; echo", "sh: syntax error near unexpected token `;'\n", 2),
        row("if true; then fi", "sh: syntax error near unexpected token `fi'\n", 2),
        row("while true; do done", "sh: syntax error near unexpected token `done'\n", 2),
        row("echo a | | b", "sh: syntax error near unexpected token `|'\n", 2),
        row("echo >", "sh: syntax error near unexpected token `newline'\n", 2),
        row("for 1 in a; do :; done", "sh: syntax error near unexpected token `1'\n", 2),
        row("case x in a) echo; esac )", "sh: syntax error near unexpected token `)'\n", 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntaxErrors")
  void syntaxErrorsExitWithStatus2(String script, String stderr, int exitCode) {
    Sh.Result r = Sh.sh(script);
    assertThat(r.stderr()).isEqualTo(stderr);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.step()).isEqualTo(new Step.Exited(exitCode));
    assertThat(Shell.parse(List.of("sh", "-c", script)).syntaxError())
        .contains(stderr.substring(0, stderr.length() - 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntaxErrors")
  void bashNamesItself(String script, String stderr, int exitCode) {
    Sh.Result r =
        Sh.run(
            List.of("/bin/bash", "-c", script),
            io.kubemu.engine.runtime.fs.ImageFiles.rootFor("centos"));
    assertThat(r.stderr()).isEqualTo("bash" + stderr.substring(2));
    assertThat(r.exitCode()).isEqualTo(exitCode);
  }

  static Stream<Arguments> shellUsageErrors() {
    return Stream.of(
        Arguments.of(List.of("sh", "-c"), "sh: -c: option requires an argument\n"),
        Arguments.of(List.of("bash", "-Z", "x"), "bash: -Z: invalid option\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shellUsageErrors")
  void shellUsageErrors(List<String> argv, String stderr) {
    Sh.Result r = Sh.run(argv, new io.kubemu.engine.runtime.fs.MemoryFileSystem());
    assertThat(r.stderr()).isEqualTo(stderr);
    assertThat(r.exitCode()).isEqualTo(2);
  }
}
