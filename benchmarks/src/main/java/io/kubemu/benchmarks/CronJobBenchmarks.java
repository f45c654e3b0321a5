package io.kubemu.benchmarks;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.cronJob;
import static io.kubemu.dsl.Kubemu.job;
import static io.kubemu.dsl.Kubemu.pod;

import io.kubemu.engine.Cluster;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.Job;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue #7's CronJob figure: an every-minute ("*&#47;1 * * * *") CronJob (a busybox job that echoes
 * and exits, default history limits 3/1) on a 3-node cluster, simulated for {@link #days} virtual
 * days (30: 43,200 Jobs), each with its pod pulled, run to completion, and cleaned up by the
 * history limit. Whole control plane on.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
@Timeout(time = 40, timeUnit = TimeUnit.MINUTES) // JMH's default, 10 min, may not do
@State(Scope.Thread)
public class CronJobBenchmarks {
  /** Virtual days simulated: issue #7's 30 by default; {@code -p days=1} for a quick look. */
  @Param({"30"})
  public int days;

  private Cluster cluster;

  private long cpuStart;
  private CronJob everyMinute;

  @Setup(Level.Iteration)
  public void boot() {
    cluster = Cluster.builder().nodes(Fixtures.nodes(3)).build();
    everyMinute =
        cronJob("tick", "*/1 * * * *")
            .jobTemplate(
                job()
                    .template(
                        pod()
                            .restartPolicy("OnFailure")
                            .container(
                                container("tick")
                                    .image("busybox:1.36")
                                    .command("sh", "-c", "echo tick"))))
            .build();
    cpuStart = Fixtures.cpuNanos();
  }

  @Benchmark
  public Cluster thirtyDays() {
    cluster.apply(everyMinute);
    return cluster.advance(Duration.ofDays(days));
  }

  @TearDown(Level.Iteration)
  public void ranEveryMinute() {
    Fixtures.printCpu(cpuStart);
    CronJob cj = cluster.get(CronJob.class, "tick");
    // the controller requeues 100 ms after each schedule time, so the run due at the very end
    // (the last instant) is the next op's; the one a minute before must have happened
    Fixtures.check(
        cj.status() != null
            && cj.status().lastScheduleTime() != null
            && !cj.status().lastScheduleTime().isBefore(cluster.now().minus(Duration.ofMinutes(1))),
        "scheduled until the end of the simulation: " + cj.status());
    Fixtures.check(cj.status().lastSuccessfulTime() != null, "jobs succeed");
    int jobs = cluster.list(Job.class).size();
    Fixtures.check(jobs <= 4, "history limit keeps at most 3 succeeded + 1 running: " + jobs);
    cluster.close();
  }
}
