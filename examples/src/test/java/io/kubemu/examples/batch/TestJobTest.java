package io.kubemu.examples.batch;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.batch.Terminal.kubectl;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobCondition;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Seed section 4, Job: {@code test-job} runs one busybox pod that sleeps 60 s and then stops.
 *
 * <p>A Job's spec has no selector: the API server generates one from the Job's uid (the {@code
 * batch.kubernetes.io/controller-uid} label) and stamps the pod template with it. With {@code
 * restartPolicy: Never} a pod that exits 0 is done: phase Succeeded, which kubectl shows as {@code
 * Completed}, and the Job counts one completion of the one it needs.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class TestJobTest {

  @Test
  void runs_sleep_60_once_to_completion(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/job.yaml");
    Job created = cluster.get(Job.class, "default/test-job");
    String uid = created.metadata().uid();
    assertThat(created.spec().selector().matchLabels())
        .containsEntry("batch.kubernetes.io/controller-uid", uid);
    assertThat(created.spec().completions()).isEqualTo(1); // defaulted
    assertThat(created.spec().parallelism()).isEqualTo(1); // defaulted
    assertThat(created.spec().backoffLimit()).isEqualTo(6); // defaulted

    // Half a minute in, the pod is still sleeping: the Job has 0 of 1 completions.
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "get pod -o wide");
    String running = kubectl(cluster, "get job -o wide");
    assertThat(running).containsPattern("test-job\\s+Running\\s+0/1\\s+30s\\s+30s");
    assertThat(cluster).pods("default", "job-name=test-job").hasSize(1).allAreRunning();

    // The seed looks 3m21s after the apply: the pod is Completed, the Job 1/1.
    cluster.advance(Duration.ofSeconds(171));
    String pods = kubectl(cluster, "get pod -o wide");
    assertThat(pods).containsPattern("test-job-[a-z0-9]{5}\\s+0/1\\s+Completed\\s+0\\s+3m21s");
    String jobs = kubectl(cluster, "get job -o wide");
    assertThat(jobs)
        .containsPattern("NAME\\s+STATUS\\s+COMPLETIONS\\s+DURATION\\s+AGE\\s+CONTAINERS\\s+IMAGES")
        .containsPattern(
            "test-job\\s+Complete\\s+1/1\\s+6\\ds\\s+3m21s\\s+job-sleep\\s+busybox:latest")
        .contains("batch.kubernetes.io/controller-uid=" + uid);

    Pod pod = cluster.list(Pod.class, "default", "job-name=test-job").get(0);
    assertThat(pod).isSucceeded().hasRestartCount(0);
    assertThat(pod.metadata().name()).matches("test-job-[a-z0-9]{5}");

    Job done = cluster.get(Job.class, "default/test-job");
    assertThat(done.status().succeeded()).isEqualTo(1);
    assertThat(done.status().condition(JobCondition.COMPLETE).status()).isEqualTo("True");
    // DURATION is completionTime - startTime: the 60 s sleep plus the image pull and the
    // controller's 1 s batching of pod updates (the seed's cluster took 68 s).
    Duration duration = Duration.between(done.status().startTime(), done.status().completionTime());
    assertThat(duration).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(70));
    assertThat(cluster.events(done).stream().map(e -> e.reason()))
        .containsExactly("SuccessfulCreate", "Completed");
  }
}
