package io.kubemu.engine.runtime.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scripts and what sh prints for them (checked against bash/busybox behaviour). */
class ShellLanguageTest {

  private static Arguments row(String script, String stdout, int exitCode) {
    return Arguments.of(script, stdout, exitCode);
  }

  static Stream<Arguments> quoting() {
    return Stream.of(
        row("echo 'a  b' \"c  d\" e\\ \\ f", "a  b c  d e  f\n", 0),
        row("echo \"$HOME\" '$HOME' \\$HOME", "/root $HOME $HOME\n", 0),
        row("X='a b'; printf '[%s]' \"$X\" $X", "[a b][a][b]", 0),
        row("printf '[%s]' \"\" x", "[][x]", 0),
        row("printf '[%s]' $UNSET x", "[x]", 0),
        row("echo \"a\\\"b\" 'c\\d' \"e\\$f\"", "a\"b c\\d e$f\n", 0),
        row("echo $'tab\\there'", "tab\there\n", 0),
        row("echo a # a comment", "a\n", 0),
        row("echo a#b", "a#b\n", 0),
        row("echo a \\\n b", "a b\n", 0),
        row("echo \"multi\nline\"", "multi\nline\n", 0),
        row("echo ~ ~/x '~'", "/root /root/x ~\n", 0),
        row("echo \"it's\" 'say \"hi\"'", "it's say \"hi\"\n", 0));
  }

  static Stream<Arguments> operators() {
    return Stream.of(
        row("true && echo yes || echo no", "yes\n", 0),
        row("false && echo yes || echo no", "no\n", 0),
        row("false || true && echo both", "both\n", 0),
        row("! false && echo negated", "negated\n", 0),
        row("! true; echo $?", "1\n", 0),
        row("echo a; echo b\necho c", "a\nb\nc\n", 0),
        row("false && echo never", "", 1),
        row("true || echo never", "", 0),
        row("echo one |\n cat", "one\n", 0));
  }

  static Stream<Arguments> exitCodes() {
    return Stream.of(
        row("exit 3", "", 3),
        row("echo a; exit 7; echo b", "a\n", 7),
        row("exit 300", "", 44),
        row("false", "", 1),
        row("true; false", "", 1),
        row("false; exit", "", 1),
        row("(exit 4); echo $?", "4\n", 0),
        row("sh -c 'exit 5'; echo $?", "5\n", 0),
        row("f() { return 3; }; f; echo $?", "3\n", 0),
        row("x=$(exit 6); echo $?", "6\n", 0),
        row("(echo sub; exit 2) && echo no || echo \"failed $?\"", "sub\nfailed 2\n", 0));
  }

  static Stream<Arguments> expansions() {
    return Stream.of(
        row("X=1; Y=$X$X; echo $Y ${Y}2", "11 112\n", 0),
        row("a=1 b=$a; echo $b", "1\n", 0),
        row("echo ${U:-def} ${U-d2} ${#HOME}", "def d2 5\n", 0),
        row("E=; echo [${E:-colon}] [${E-nocolon}]", "[colon] []\n", 0),
        row(
            "F=/a/b/c.txt; echo ${F##*/} ${F%.txt} ${F#/} ${F%%/*}x",
            "c.txt /a/b/c a/b/c.txt x\n", 0),
        row(": ${V:=set}; echo $V", "set\n", 0),
        row("echo ${U:+alt}x ${HOME:+alt}", "x alt\n", 0),
        row("echo $((7/2)) $((7%3)) $((2**10)) $((1<2)) $((x=5, x*2)) $x", "3 1 1024 1 10 5\n", 0),
        row("i=0; i=$((i+1)); echo $((i * 3 + 1)) $(( -i )) $((i ? 10 : 20))", "4 -1 10\n", 0),
        row("echo \"$(echo a; echo b)\"", "a\nb\n", 0),
        row("echo $(echo a; echo b)", "a b\n", 0),
        row("echo $(echo $(echo deep))", "deep\n", 0),
        row("echo `echo back` \"`echo quoted`\"", "back quoted\n", 0),
        row("x=$(false); echo $?", "1\n", 0),
        row("set -- x y z; echo $2 $#; shift; echo $1 \"$@\"", "y 3\ny y z\n", 0),
        row("for a in \"$@\"; do echo \"[$a]\"; done; echo $#", "0\n", 0),
        row("echo $$ ${UNSET}end", "1 end\n", 0),
        row("X=exported; export X; sh -c 'echo $X'", "exported\n", 0),
        row("X=local; sh -c 'echo [$X]'", "[]\n", 0),
        row("X=one env | grep '^X='", "X=one\n", 0),
        row("export A=1 B; B=2; env | grep -E '^(A|B)='", "A=1\nB=2\n", 0));
  }

  static Stream<Arguments> positionalParameters() {
    return Stream.of(row("echo $0 $1 $# \"$@\"", "name a 2 a b\n", 0));
  }

  static Stream<Arguments> redirections() {
    return Stream.of(
        row("echo hi > /tmp/f; cat /tmp/f; echo more >> /tmp/f; cat /tmp/f", "hi\nhi\nmore\n", 0),
        row("cat /nope 2>/dev/null; echo $?", "1\n", 0),
        row("cat /nope 2>&1 | grep -c 'No such'", "1\n", 0),
        row("{ echo out; echo err >&2; } > /tmp/both 2>&1; cat /tmp/both", "out\nerr\n", 0),
        row("> /tmp/empty; [ -f /tmp/empty ] && [ ! -s /tmp/empty ] && echo empty", "empty\n", 0),
        row("echo hidden >/dev/null; echo shown", "shown\n", 0),
        row("echo both &> /tmp/b; cat /tmp/b", "both\n", 0),
        row("cat <<EOF\n$HOME\n  x\nEOF\necho after", "/root\n  x\nafter\n", 0),
        row("cat <<'EOF'\n$HOME\nEOF", "$HOME\n", 0),
        row("cat <<-EOF\n\t\tindented\n\tEOF", "indented\n", 0),
        row("cat <<EOF > /tmp/h\nline\nEOF\ncat /tmp/h", "line\n", 0),
        row("cat <<< \"here string\"", "here string\n", 0),
        row(
            "printf 'a\\nb\\n' > /tmp/l; while read line; do echo \"got $line\"; done < /tmp/l",
            "got a\ngot b\n",
            0),
        row("for i in 1 2; do echo $i; done > /tmp/loop; cat /tmp/loop", "1\n2\n", 0),
        row("exec 3>&1; exec > /tmp/all; echo captured; exec >&3; cat /tmp/all", "captured\n", 0),
        row("echo x > /tmp/d1 > /tmp/d2; cat /tmp/d1 /tmp/d2", "x\n", 0));
  }

  static Stream<Arguments> compoundCommands() {
    return Stream.of(
        row("if false; then echo a; elif true; then echo b; else echo c; fi", "b\n", 0),
        row("if false; then echo a; fi", "", 0),
        row("if false; then :; else exit 9; fi", "", 9),
        row("for x in a b; do echo $x; done", "a\nb\n", 0),
        row("for x in a b\ndo\n  echo $x\ndone", "a\nb\n", 0),
        row("i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done", "0\n1\n2\n", 0),
        row("i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i", "2\n", 0),
        row(
            "for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done",
            "1\n3\n",
            0),
        row(
            "for i in 1 2; do for j in a b; do [ $j = b ] && break 2; echo $i$j; done; done",
            "1a\n",
            0),
        row(
            "case foo.txt in *.log) echo log;; *.txt|*.md) echo text;; *) echo other;; esac",
            "text\n",
            0),
        row("case x in y) echo y;; esac; echo $?", "0\n", 0),
        row(
            "greet() { echo \"hello $1\"; }; greet world; greet you",
            "hello world\nhello you\n",
            0),
        row("function f { echo fn; }; f", "fn\n", 0),
        row("x=1; (x=2; echo $x); echo $x", "2\n1\n", 0),
        row("x=1; { x=2; }; echo $x", "2\n", 0),
        row("cd /tmp && pwd && cd .. && pwd", "/tmp\n/\n", 0),
        row("(cd /tmp); pwd", "/\n", 0),
        row("eval 'echo evaluated; x=3'; echo $x", "evaluated\n3\n", 0));
  }

  static Stream<Arguments> options() {
    return Stream.of(
        row("set -e; false; echo not reached", "", 1),
        row("set -e; false || true; echo reached", "reached\n", 0),
        row("set -e; if false; then :; fi; echo ok", "ok\n", 0),
        row("set -e; ! true; echo negation is exempt", "negation is exempt\n", 0),
        row("false | true; echo $?", "0\n", 0),
        row("set -o pipefail; false | true; echo $?", "1\n", 0),
        row("set -u; echo $NOPE; echo after", "", 1));
  }

  static Stream<Arguments> globbing() {
    return Stream.of(
        row(
            "touch /tmp/b.log /tmp/a.log /tmp/c.txt; echo /tmp/*.log; echo /tmp/*.none",
            "/tmp/a.log /tmp/b.log\n/tmp/*.none\n",
            0),
        row("touch /tmp/a.log /tmp/c.txt; rm -f /tmp/*.log; ls /tmp", "c.txt\n", 0),
        row("touch /tmp/x1 /tmp/x2; cd /tmp; echo x?; echo \"x?\" 'x*'", "x1 x2\nx? x*\n", 0),
        row("touch /tmp/.hidden /tmp/shown; echo /tmp/*", "/tmp/shown\n", 0),
        row(
            "touch /tmp/a1 /tmp/b1 /tmp/c1; echo /tmp/[ab]1 /tmp/[!ab]1",
            "/tmp/a1 /tmp/b1 /tmp/c1\n",
            0));
  }

  static Stream<Arguments> textCommands() {
    return Stream.of(
        row("echo -n a; echo -e 'b\\tc'; echo -E 'd\\te'", "ab\tc\nd\\te\n", 0),
        row("printf '%5s|%-5s|%03d|%x|%%|%s\\n' a b 7 255 end", "    a|b    |007|ff|%|end\n", 0),
        row("printf '%s\\n' one two three", "one\ntwo\nthree\n", 0),
        row("printf '%d' abc", "0", 1),
        row("seq 3 | wc -l", "3\n", 0),
        row("seq 2 2 6", "2\n4\n6\n", 0),
        row("printf 'b\\na\\nc\\n' | sort", "a\nb\nc\n", 0),
        row(
            "printf '1\\n2\\n3\\n4\\n' | head -n 2; printf '1\\n2\\n3\\n' | tail -1",
            "1\n2\n3\n",
            0),
        row("printf 'x\\ny\\n' | grep -v x; echo $?; echo z | grep -q y; echo $?", "y\n0\n1\n", 0),
        row("echo hello | tee /tmp/t > /dev/null; cat /tmp/t", "hello\n", 0),
        row("basename /a/b/c.txt .txt; dirname /a/b/c.txt; dirname c", "c\n/a/b\n.\n", 0),
        row("date +%Y-%m-%dT%H:%M:%S%z; date -u +%s", "2024-05-01T10:00:00+0000\n1714557600\n", 0),
        row("hostname; whoami", "localhost\nroot\n", 0),
        row("cat /tmp/missing || echo fallback", "fallback\n", 0),
        row("mkdir -p /a/b/c && touch /a/b/c/f && ls /a/b/c && rm -r /a && ls /a", "f\n", 2),
        row(
            "echo data > /tmp/src; cp /tmp/src /tmp/dst; mv /tmp/dst /tmp/moved; cat /tmp/moved; ls"
                + " /tmp",
            "data\nmoved\nsrc\n",
            0),
        row("mkdir /d; touch /d/f; cp -r /d /e; ls /e; rmdir /d; echo $?", "f\n1\n", 0),
        row("which sleep; command -v echo; which nginx; echo $?", "/usr/bin/sleep\necho\n1\n", 0),
        row("/bin/echo abs; /usr/bin/printf 'p\\n'", "abs\np\n", 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({
    "quoting",
    "operators",
    "exitCodes",
    "expansions",
    "redirections",
    "compoundCommands",
    "options",
    "globbing",
    "textCommands"
  })
  void printsWhatShPrints(String script, String stdout, int exitCode) {
    Sh.Result r = Sh.sh(script);
    assertThat(r.stdout()).as("stdout; stderr was: %s", r.stderr()).isEqualTo(stdout);
    assertThat(r.step()).isEqualTo(new Step.Exited(exitCode));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positionalParameters")
  void positionalParametersFollowTheScript(String script, String stdout, int exitCode) {
    Sh.Result r =
        Sh.run(
            java.util.List.of("/bin/sh", "-c", script, "name", "a", "b"),
            io.kubemu.engine.runtime.fs.ImageFiles.rootFor("busybox"));
    assertThat(r.stdout()).isEqualTo(stdout);
    assertThat(r.exitCode()).isEqualTo(exitCode);
  }
}
