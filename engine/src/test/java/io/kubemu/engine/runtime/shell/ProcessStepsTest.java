package io.kubemu.engine.runtime.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.fs.ContainerFileSystem;
import io.kubemu.engine.runtime.fs.MemoryFileSystem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The step model: sleeping, waking, long-running processes and background jobs. */
class ProcessStepsTest {
  private static final Instant T0 = Sh.T0;

  private static ShellProcess start(String script, ShellContext ctx) {
    return Shell.parse(List.of("sh", "-c", script)).start(ctx);
  }

  static Stream<Arguments> sleepDurations() {
    return Stream.of(
        Arguments.of("sleep 5", Duration.ofSeconds(5)),
        Arguments.of("sleep 0.5", Duration.ofMillis(500)),
        Arguments.of("sleep .25", Duration.ofMillis(250)),
        Arguments.of("sleep 2m", Duration.ofMinutes(2)),
        Arguments.of("sleep 1h", Duration.ofHours(1)),
        Arguments.of("sleep 1d", Duration.ofDays(1)),
        Arguments.of("sleep 1m 30s", Duration.ofSeconds(90)),
        Arguments.of("sleep 1e2", Duration.ofSeconds(100)),
        Arguments.of("sleep 0; sleep 3", Duration.ofSeconds(3)));
  }

  @ParameterizedTest(name = "{0} sleeps {1}")
  @MethodSource("sleepDurations")
  void sleepArguments(String script, Duration expected) {
    ShellProcess p = start(script, ShellContext.of(new MemoryFileSystem()));
    assertThat(p.run(T0)).isEqualTo(new Step.Sleeping(T0.plus(expected)));
    assertThat(p.run(T0.plus(expected))).isEqualTo(new Step.Exited(0));
  }

  @Test
  void aLateCallResumesAtTheWakeUpTime() {
    ProcessOutput out = new ProcessOutput();
    ShellProcess p =
        start(
            "sleep 60; date +%s; sleep 600; date +%s",
            ShellContext.of(new MemoryFileSystem()).withOutput(out));
    p.run(T0);
    // the caller only comes back an hour later: both sleeps are over, at their own times
    assertThat(p.run(T0.plusSeconds(3600))).isEqualTo(new Step.Exited(0));
    assertThat(p.time()).isEqualTo(T0.plusSeconds(660));
    assertThat(out.texts())
        .containsExactly(
            Long.toString(T0.getEpochSecond() + 60), Long.toString(T0.getEpochSecond() + 660));
  }

  @Test
  void finishedProcessesKeepTheirStep() {
    ShellProcess p = start("exit 4", ShellContext.of(new MemoryFileSystem()));
    assertThat(p.run(T0)).isEqualTo(new Step.Exited(4));
    assertThat(p.run(T0.plusSeconds(100))).isEqualTo(new Step.Exited(4));
    assertThat(p.hasExited()).isTrue();
    assertThat(p.lastStep()).isEqualTo(new Step.Exited(4));
  }

  @Test
  void runUntilAppliesAProbeTimeout() {
    Step inTime =
        Shell.parse(List.of("sh", "-c", "sleep 2; exit 3"))
            .start(ShellContext.of(new MemoryFileSystem()))
            .runUntil(T0, T0.plusSeconds(5));
    assertThat(inTime).isEqualTo(new Step.Exited(3));
    Step timedOut =
        Shell.parse(List.of("sh", "-c", "sleep 2; sleep 9; exit 3"))
            .start(ShellContext.of(new MemoryFileSystem()))
            .runUntil(T0, T0.plusSeconds(5));
    assertThat(timedOut).isEqualTo(new Step.Sleeping(T0.plusSeconds(11)));
  }

  @Test
  void whileLoopWithSleepKeepsLoggingOnTheVirtualClock() {
    ProcessOutput out = new ProcessOutput();
    ShellProcess p =
        start(
            "while true; do echo hi; sleep 5; done",
            ShellContext.of(new MemoryFileSystem()).withOutput(out));
    Step step = p.run(T0);
    for (int i = 0; i < 3; i++) {
      step = p.run(((Step.Sleeping) step).wakeAt());
    }
    assertThat(step).isEqualTo(new Step.Sleeping(T0.plusSeconds(20)));
    assertThat(out.lines())
        .extracting(LogLine::time)
        .containsExactly(T0, T0.plusSeconds(5), T0.plusSeconds(10), T0.plusSeconds(15));
  }

  static Stream<Arguments> runsForever() {
    return Stream.of(
        Arguments.of("while true; do echo hi; done", "a loop repeats without sleeping"),
        Arguments.of("while :; do :; done", "a loop repeats without sleeping"),
        Arguments.of("until false; do x=1; done", "a loop repeats without sleeping"),
        Arguments.of(
            "i=0; while true; do i=$((i+1)); done", "ran 100000 commands without sleeping"),
        Arguments.of("sleep infinity", "`sleep infinity` never wakes up"),
        Arguments.of("tail -f /dev/null", "`tail -f /dev/null` follows its input forever"),
        Arguments.of(
            "echo starting; nginx -g 'daemon off;'", "`nginx -g daemon off;` is not simulated"),
        Arguments.of("exec java -jar app.jar", "`java -jar app.jar` is not simulated"),
        Arguments.of(
            "/docker-entrypoint.sh nginx", "`/docker-entrypoint.sh nginx` is not simulated"),
        Arguments.of("python app.py & wait", "`python app.py` is not simulated"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runsForever")
  void longRunningProcesses(String script, String reason) {
    ShellProcess p = start(script, ShellContext.of(new MemoryFileSystem()));
    Step step = p.run(T0);
    assertThat(step)
        .isInstanceOfSatisfying(
            Step.LongRunning.class, s -> assertThat(s.reason()).startsWith(reason));
    assertThat(p.notes()).anySatisfy(n -> assertThat(n).startsWith(reason));
    assertThat(p.run(T0.plusSeconds(1000))).isEqualTo(step);
  }

  @Test
  void plainArgvOfAnUnknownProgramIsLongRunning() {
    ShellProcess p =
        Shell.parse(List.of("nginx", "-g", "daemon off;"))
            .start(ShellContext.of(new MemoryFileSystem()));
    assertThat(p.run(T0)).isInstanceOf(Step.LongRunning.class);
    assertThat(p.notes())
        .containsExactly(
            "`nginx -g daemon off;` is not simulated: treated as a long-running process");
  }

  @Test
  void emptyCommandMeansTheImageEntrypoint() {
    ShellProcess p = Shell.parse(List.of()).start(ShellContext.of(new MemoryFileSystem()));
    assertThat(p.run(T0)).isInstanceOf(Step.LongRunning.class);
  }

  @Test
  void countedLoopWithoutSleepIsNotABusyLoop() {
    Sh.Result r = Sh.sh("i=0; while [ $i -lt 500 ]; do i=$((i+1)); done; echo $i");
    assertThat(r.stdout()).isEqualTo("500\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void loopReadingIdenticalLinesIsNotABusyLoop() {
    Sh.Result r =
        Sh.sh(
            "printf 'a\\n"
                + "a\\n"
                + "a\\n"
                + "' > /tmp/l; n=0; while read x; do n=$((n+1)); done < /tmp/l; echo $n");
    assertThat(r.stdout()).isEqualTo("3\n");
  }

  @Test
  void unknownCommandPolicies() {
    ShellContext ctx = ShellContext.of(new MemoryFileSystem());
    Sh.Result succeed =
        Sh.run(
            List.of("sh", "-c", "redis-cli ping && echo ok"),
            ctx.withUnknownCommands(UnknownCommandPolicy.SUCCEED));
    assertThat(succeed.stdout()).isEqualTo("ok\n");
    assertThat(succeed.notes())
        .containsExactly("`redis-cli ping` is not simulated: treated as succeeding");

    Sh.Result sh =
        Sh.run(
            List.of("sh", "-c", "nope; echo $?"),
            ctx.withUnknownCommands(UnknownCommandPolicy.NOT_FOUND));
    assertThat(sh.stderr()).isEqualTo("sh: nope: not found\n");
    assertThat(sh.stdout()).isEqualTo("127\n");
    Sh.Result bash =
        Sh.run(
            List.of("/bin/bash", "-c", "nope"),
            ctx.withUnknownCommands(UnknownCommandPolicy.NOT_FOUND));
    assertThat(bash.stderr()).isEqualTo("bash: nope: command not found\n");
    assertThat(bash.exitCode()).isEqualTo(127);
  }

  @Test
  void backgroundJobsRunConcurrentlyOnVirtualTime() {
    ProcessOutput out = new ProcessOutput();
    ShellProcess p =
        start(
            "(sleep 10; echo ten) & (sleep 5; echo five) & echo started; wait; echo all done",
            ShellContext.of(new MemoryFileSystem()).withOutput(out));
    assertThat(p.run(T0)).isEqualTo(new Step.Sleeping(T0.plusSeconds(5)));
    assertThat(p.run(T0.plusSeconds(5))).isEqualTo(new Step.Sleeping(T0.plusSeconds(10)));
    assertThat(p.run(T0.plusSeconds(10))).isEqualTo(new Step.Exited(0));
    assertThat(out.texts()).containsExactly("started", "five", "ten", "all done");
  }

  @Test
  void backgroundLoggerKeepsRunningBesideAServer() {
    MemoryFileSystem fs = new MemoryFileSystem();
    fs.createDirectory("/tmp");
    ShellProcess p =
        start(
            "while true; do date +%s >> /tmp/log; sleep 30; done & exec nginx",
            ShellContext.of(fs));
    // nginx never ends, but the logger still needs the caller to come back
    assertThat(p.run(T0)).isEqualTo(new Step.Sleeping(T0.plusSeconds(30)));
    assertThat(p.run(T0.plusSeconds(60))).isEqualTo(new Step.Sleeping(T0.plusSeconds(90)));
    assertThat(fs.readString("/tmp/log").lines()).hasSize(3);
  }

  @Test
  void busyWaitOnASharedVolumeIsLongRunningUntilTheCallerComesBack() {
    MemoryFileSystem shared = new MemoryFileSystem();
    ContainerFileSystem a =
        new ContainerFileSystem(new MemoryFileSystem(), Map.of("/shared", shared));
    ShellProcess waiter =
        start("until [ -f /shared/ready ]; do sleep 1; done; echo ready", ShellContext.of(a));
    assertThat(waiter.run(T0)).isEqualTo(new Step.Sleeping(T0.plusSeconds(1)));
    shared.write("/ready", "");
    assertThat(waiter.run(T0.plusSeconds(1))).isEqualTo(new Step.Exited(0));
  }

  @Test
  void environmentAndWorkingDirectoryComeFromTheContext() {
    MemoryFileSystem fs = new MemoryFileSystem();
    fs.createDirectories("/app");
    Sh.Result r =
        Sh.run(
            List.of("sh", "-c", "echo $GREETING $HOSTNAME; pwd; hostname; touch here"),
            ShellContext.of(fs)
                .withEnvironment(Map.of("GREETING", "hi"))
                .withVariable("HOSTNAME", "web-0")
                .withWorkingDir("/app"));
    assertThat(r.stdout()).isEqualTo("hi web-0\n/app\nweb-0\n");
    assertThat(fs.isFile("/app/here")).isTrue();
  }

  @Test
  void scriptFilesInTheContainerRun() {
    MemoryFileSystem fs = new MemoryFileSystem();
    fs.createDirectories("/scripts");
    fs.write("/scripts/run.sh", "#!/bin/sh\necho \"running $1\"\nexit 3\n");
    Sh.Result direct = Sh.run(List.of("/scripts/run.sh", "a"), fs);
    assertThat(direct.stdout()).isEqualTo("running a\n");
    assertThat(direct.exitCode()).isEqualTo(3);
    Sh.Result viaSh = Sh.run(List.of("sh", "/scripts/run.sh", "b"), fs);
    assertThat(viaSh.stdout()).isEqualTo("running b\n");
    Sh.Result sourced = Sh.sh(". /scripts/run.sh c; echo unreachable", fs);
    assertThat(sourced.stdout()).isEqualTo("running c\n");
    Sh.Result missing = Sh.run(List.of("sh", "/scripts/nope.sh"), fs);
    assertThat(missing.stderr()).isEqualTo("sh: /scripts/nope.sh: No such file or directory\n");
    assertThat(missing.exitCode()).isEqualTo(127);
  }

  @Test
  void outputKeepsPartialLinesAndStreamOrder() {
    ProcessOutput out = new ProcessOutput();
    start(
            "echo -n 'par'; echo err >&2; echo tial; echo -n tail",
            ShellContext.of(new MemoryFileSystem()).withOutput(out))
        .run(T0);
    assertThat(out.lines())
        .extracting(LogLine::stream, LogLine::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LogLine.Stream.STDERR, "err"),
            org.assertj.core.groups.Tuple.tuple(LogLine.Stream.STDOUT, "partial"),
            org.assertj.core.groups.Tuple.tuple(LogLine.Stream.STDOUT, "tail"));
  }

  @Test
  void sameScriptObjectStartsIndependentProcesses() {
    Script script = Shell.parse(List.of("sh", "-c", "x=${x:-0}; echo $((x+1)) > /tmp/n"));
    MemoryFileSystem one = new MemoryFileSystem();
    one.createDirectory("/tmp");
    MemoryFileSystem two = new MemoryFileSystem();
    two.createDirectory("/tmp");
    script.start(ShellContext.of(one)).run(T0);
    script.start(ShellContext.of(two).withVariable("x", "41")).run(T0);
    assertThat(one.readString("/tmp/n")).isEqualTo("1\n");
    assertThat(two.readString("/tmp/n")).isEqualTo("42\n");
  }

  @Test
  void sidecarSeesWritesThroughASharedEmptyDir() {
    MemoryFileSystem emptyDir = new MemoryFileSystem();
    ContainerFileSystem writer =
        new ContainerFileSystem(new MemoryFileSystem(), Map.of("/out", emptyDir));
    ContainerFileSystem server =
        new ContainerFileSystem(
            io.kubemu.engine.runtime.fs.ImageFiles.rootFor("nginx"),
            Map.of("/usr/share/nginx/html", emptyDir));
    ShellProcess generator =
        start(
            "i=0; while true; do i=$((i+1)); echo \"page $i\" > /out/index.html; sleep 10; done",
            ShellContext.of(writer));
    generator.run(T0);
    generator.run(T0.plusSeconds(10));

    Sh.Result read = Sh.run(List.of("cat", "/usr/share/nginx/html/index.html"), server);
    assertThat(read.stdout()).isEqualTo("page 2\n");
  }

  @Test
  void commandAndArgsAreJoinedAsTheRuntimeDoes() {
    Sh.Result r =
        Sh.run(
            Shell.parse(List.of("/bin/sh"), List.of("-c", "echo $0 $1", "zero", "one")).argv(),
            new MemoryFileSystem());
    assertThat(r.stdout()).isEqualTo("zero one\n");
    // a plain argv is not expanded by any shell
    Sh.Result plain = Sh.run(List.of("echo", "$HOME", "*", "'q'"), new MemoryFileSystem());
    assertThat(plain.stdout()).isEqualTo("$HOME * 'q'\n");
  }
}
