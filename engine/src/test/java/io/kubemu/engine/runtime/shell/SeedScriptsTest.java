package io.kubemu.engine.runtime.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.fs.ContainerFileSystem;
import io.kubemu.engine.runtime.fs.ImageFiles;
import io.kubemu.engine.runtime.fs.MemoryFileSystem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands, probes and hooks of the seed manifests. */
class SeedScriptsTest {
  private static final Instant T0 = Sh.T0;

  private static final List<String> PROBE = List.of("/bin/bash", "-c", "[ -f /tmp/health ]");

  private static int probe(ContainerFileSystem fs, Instant now) {
    Step step = Shell.exec(PROBE, ShellContext.of(fs), now);
    return ((Step.Exited) step).exitCode();
  }

  /** pod-01-liveness.yaml: the file exists for 60 s, then the probe fails; exit at 660 s. */
  @Test
  void livenessCommandWritesSleepsRemovesSleeps() {
    ContainerFileSystem fs =
        new ContainerFileSystem(ImageFiles.rootFor("harbor.od.com/public/centos:7"));
    ShellProcess p =
        Shell.parse(
                List.of(
                    "/bin/bash",
                    "-c",
                    "echo 'abc' > /tmp/health;sleep 60;rm -f /tmp/health;sleep 600"))
            .start(ShellContext.of(fs));

    assertThat(p.run(T0)).isEqualTo(new Step.Sleeping(T0.plusSeconds(60)));
    assertThat(fs.readString("/tmp/health")).isEqualTo("abc\n");
    assertThat(probe(fs, T0.plusSeconds(10))).isZero();

    // a call before the wake-up time changes nothing
    assertThat(p.run(T0.plusSeconds(59))).isEqualTo(new Step.Sleeping(T0.plusSeconds(60)));
    assertThat(fs.exists("/tmp/health")).isTrue();

    assertThat(p.run(T0.plusSeconds(60))).isEqualTo(new Step.Sleeping(T0.plusSeconds(660)));
    assertThat(fs.exists("/tmp/health")).isFalse();
    assertThat(probe(fs, T0.plusSeconds(70))).isEqualTo(1);

    assertThat(p.run(T0.plusSeconds(660))).isEqualTo(new Step.Exited(0));
    assertThat(p.time()).isEqualTo(T0.plusSeconds(660));
    assertThat(p.notes()).isEmpty();
  }

  /** pod-demo.yaml and job.yaml: sleep as a process that lives that long. */
  @Test
  void sleepLivesForItsDuration() {
    for (List<String> argv :
        List.of(List.of("/bin/bash", "-c", "sleep 3600"), List.of("sleep", "3600"))) {
      ShellProcess p = Shell.parse(argv).start(ShellContext.of(new MemoryFileSystem()));
      assertThat(p.run(T0)).isEqualTo(new Step.Sleeping(T0.plusSeconds(3600)));
      assertThat(p.run(T0.plusSeconds(3599))).isInstanceOf(Step.Sleeping.class);
      assertThat(p.run(T0.plusSeconds(3600))).isEqualTo(new Step.Exited(0));
    }
    ShellProcess job =
        Shell.parse(List.of("sleep", "60")).start(ShellContext.of(new MemoryFileSystem()));
    assertThat(job.runUntil(T0, T0.plus(Duration.ofHours(1)))).isEqualTo(new Step.Exited(0));
    assertThat(job.time()).isEqualTo(T0.plusSeconds(60));
  }

  /** cronjob.yaml: two log lines and exit 0 at once. */
  @Test
  void cronJobPrintsDateAndHello() {
    ProcessOutput out = new ProcessOutput();
    Instant scheduled = Instant.parse("1970-01-01T00:00:00Z");
    Step step =
        Shell.parse(List.of("/bin/sh", "-c", "date; echo Hello from the Kubernetes cluster"))
            .start(ShellContext.of(new MemoryFileSystem()).withOutput(out))
            .run(scheduled);

    assertThat(step).isEqualTo(new Step.Exited(0));
    assertThat(out.texts())
        .containsExactly("Thu Jan  1 00:00:00 UTC 1970", "Hello from the Kubernetes cluster");
    assertThat(out.lines()).allSatisfy(l -> assertThat(l.time()).isEqualTo(scheduled));
    assertThat(out.lines())
        .allSatisfy(l -> assertThat(l.stream()).isEqualTo(LogLine.Stream.STDOUT));
  }

  @Test
  void dateUsesTheVirtualTimeWithAPaddedDay() {
    ProcessOutput out = new ProcessOutput();
    Shell.parse(List.of("date"))
        .start(ShellContext.of(new MemoryFileSystem()).withOutput(out))
        .run(Instant.parse("2024-12-25T07:08:09Z"));
    assertThat(out.stdout()).isEqualTo("Wed Dec 25 07:08:09 UTC 2024\n");
  }

  @Test
  void livenessProbeIsTrueOnlyWhileTheFileExists() {
    ContainerFileSystem fs = new ContainerFileSystem(ImageFiles.rootFor("centos:7"));
    assertThat(probe(fs, T0)).isEqualTo(1);
    fs.write("/tmp/health", "abc\n");
    assertThat(probe(fs, T0)).isZero();
    assertThat(Shell.exec(List.of("cat", "/tmp/health"), ShellContext.of(fs), T0))
        .isEqualTo(new Step.Exited(0));
  }

  /** nginx-v1.1x.yaml and proxy-v1.1x.yaml: postStart writes the readiness page. */
  @Test
  void postStartWritesHealthPageServedByNginx() {
    ContainerFileSystem fs =
        new ContainerFileSystem(ImageFiles.rootFor("harbor.od.com/public/nginx:v1.12"));
    Step step =
        Shell.exec(
            List.of(
                "/bin/bash", "-c", "echo 'health check ok!' > /usr/share/nginx/html/health.html"),
            ShellContext.of(fs).withUnknownCommands(UnknownCommandPolicy.SUCCEED),
            T0);

    assertThat(step).isEqualTo(new Step.Exited(0));
    assertThat(fs.readString(ImageFiles.NGINX_HTML + "/health.html"))
        .isEqualTo("health check ok!\n");
  }

  @Test
  void catProbeOfAMissingFileFails() {
    ProcessOutput out = new ProcessOutput();
    Step step =
        Shell.exec(
            List.of("cat", "/tmp/healthy"),
            ShellContext.of(new MemoryFileSystem()).withOutput(out),
            T0);
    assertThat(step).isEqualTo(new Step.Exited(1));
    assertThat(out.stderr()).isEqualTo("cat: /tmp/healthy: No such file or directory\n");
  }
}
