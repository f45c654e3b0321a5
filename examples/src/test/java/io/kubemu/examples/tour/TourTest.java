package io.kubemu.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.examples.Tour;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Plays every scenario of the tour and checks the lines a reader of the seed would look for. */
class TourTest {

  static Stream<Arguments> scenarios() {
    return Stream.of(
        Arguments.of(
            "pods",
            List.of(
                "[+0s] $ kubectl apply -f seed/manifests/pod-demo.yaml",
                "pod/pod-demo created",
                "pod-demo   1/1     Running   0          16s   10.244.",
                "Successfully assigned app/pod-demo to hdss7-2",
                "Normal  Started    15s   kubelet            Started container centos",
                "[+1h00m16s] $ kubectl get pod pod-demo -n app",
                "pod-demo   1/1     Running   1 (",
                "Liveness probe failed",
                "Container centos failed liveness probe, will be restarted")),
        Arguments.of(
            "deployment",
            List.of(
                "deployment.apps/nginx-deploy created",
                "nginx-deploy   5/5     5            5           60s   nginx-pod   "
                    + " harbor.od.com/public/nginx:v1.12",
                "Waiting for deployment \"nginx-deploy\" rollout to finish: 5 old replicas are"
                    + " pending termination...",
                "deployment \"nginx-deploy\" successfully rolled out",
                "# meanwhile, in a second terminal since [+1m00s]:",
                "0/1     Pending   0          0s    v1.13",
                "deployment.apps/nginx-deploy paused",
                "1         1         1       60s     v1.15",
                "5         5         5       3m      v1.14",
                "2         2         2       2m      v1.15",
                "deployment.apps/nginx-deploy rolled back",
                "1         kubectl apply --filename=seed/manifests/nginx-v1.12.yaml --record=true\n"
                    + "2         kubectl apply --filename=seed/manifests/nginx-v1.13.yaml"
                    + " --record=true\n"
                    + "4         kubectl apply --filename=seed/manifests/nginx-v1.15.yaml"
                    + " --record=true\n"
                    + "5         kubectl apply --filename=seed/manifests/nginx-v1.14.yaml"
                    + " --record=true\n",
                "Replicas:               5 desired | 5 updated | 5 total | 5 available | 0"
                    + " unavailable")),
        Arguments.of(
            "daemonset",
            List.of(
                "proxy-daemonset   2         2         2       2            2           <none>  "
                    + "        56s",
                "daemon set \"proxy-daemonset\" successfully rolled out",
                "2         kubectl apply --filename=seed/manifests/proxy-v1.13.yaml --record=true",
                "1/1     Running   0          30s   10.244.2.2   hdss7-23.host.com",
                "node \"hdss7-22.host.com\" deleted")),
        Arguments.of(
            "job",
            List.of(
                "job.batch/test-job created",
                "0/1     Completed   0          3m26s",
                "test-job   Complete   1/1           6")),
        Arguments.of(
            "cronjob",
            List.of(
                "hello   */1 * * * *   <none>     False     0        36s             6m36s   hello "
                    + "       busybox   <none>",
                "hello-29453764   Complete   1/1",
                "hello-29453766   Complete   1/1",
                "$ kubectl logs job/hello-29453766\nThu Jan  1 00:06:0",
                " UTC 2026\nHello from the Kubernetes cluster\n")),
        Arguments.of(
            "statefulset",
            List.of(
                "namespace/apps created",
                "statefulset.apps/nginx-web created",
                "nginx-web-nginx-web-0   Bound    pvc-",
                "managed-nfs-storage",
                "statefulset.apps/nginx-web patched",
                "statefulset.apps \"nginx-web\" deleted")),
        Arguments.of(
            "scheduling",
            List.of(
                "centos-7-54   Ready    <none>   0s    v1.30.0   true   high",
                "0/6 nodes are available: 3 node(s) didn't match Pod's node affinity/selector, 3"
                    + " node(s) had untolerated taint {node-role.kubernetes.io/master: }",
                "node/centos-7-54 tainted",
                "Taints:             node-role.kubernetes.io/master:NoSchedule",
                "node/centos-7-56 drained",
                "centos-7-56   Ready,SchedulingDisabled   <none>",
                "node/centos-7-56 uncordoned")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void every_scenario_plays_without_kubectl_errors_and_prints_the_seeds_lines(
      String name, List<String> expected) {
    Scenario scenario =
        Scenario.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> errors = Tour.play(scenario, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(errors).as(out).isEmpty();
    assertThat(out).contains("######## " + scenario.title()).contains(expected);
  }

  @Test
  void scenarios_by_section_in_the_seeds_order() {
    assertThat(Scenario.all().stream().map(Scenario::name))
        .containsExactly(
            "pods", "deployment", "daemonset", "job", "cronjob", "statefulset", "scheduling");
  }

  @Test
  void list_names_the_scenarios_and_unknown_names_fail_with_the_choices() {
    Run list = run("--list");
    assertThat(list.code).isZero();
    assertThat(list.out).contains("deployment   2. Deployment\n", "scheduling   8. Scheduling\n");

    Run unknown = run("deploy");
    assertThat(unknown.code).isEqualTo(2);
    assertThat(unknown.err)
        .contains(
            "error: unknown scenario or flag \"deploy\"; scenarios: pods, deployment, daemonset,"
                + " job, cronjob, statefulset, scheduling")
        .contains("usage: kubemu-tour");
  }

  @Test
  void selected_scenarios_play_in_the_order_given() {
    Run r = run("cronjob", "job");
    assertThat(r.code).isZero();
    assertThat(r.out.indexOf("######## 5. CronJob")).isLessThan(r.out.indexOf("######## 4. Job"));
    assertThat(r.out).doesNotContain("######## 2. Deployment");
  }

  @Test
  void a_users_manifest_is_applied_watched_and_listed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("web.yaml");
    Files.writeString(
        file,
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          replicas: 3
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: web, image: "nginx:1.25"}]}
        """);
    Run r = run("--manifest", file.toString(), "--for", "2m");
    assertThat(r.code).as(r.err).isZero();
    assertThat(r.out)
        .contains("deployment.apps/web created")
        .contains("[+0s] $ kubectl get pods -A -o wide -w")
        .contains("[+2m00s] ^C")
        .contains("default     deployment.apps/web   3/3     3            3           2m")
        .contains("ScalingReplicaSet         deployment/web")
        .contains("Scaled up replica set web-");

    Run positional = run(file.toString(), "90s");
    assertThat(positional.code).as(positional.err).isZero();
    assertThat(positional.out).contains("deployment.apps/web created").contains("[+1m30s] ^C");

    Run missing = run("--manifest", dir.resolve("nope.yaml").toString());
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).contains("error: no such file: ");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0s",
    "45, 45s",
    "65, 1m05s",
    "3600, 1h00m00s",
    "7387, 2h03m07s",
    "273900, 3d04h05m"
  })
  void elapsed_time_prefix(long seconds, String text) {
    assertThat(Session.elapsed(Duration.ofSeconds(seconds))).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"90s, 90", "10m, 600", "1h30m, 5400", "PT5M, 300"})
  void durations_for_the_manifest(String text, long seconds) {
    assertThat(ManifestPlay.duration(text)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest
  @CsvSource({"10", "5x", "m", "P1X"})
  void bad_durations(String text) {
    assertThatThrownBy(() -> ManifestPlay.duration(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid duration");
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Tour.run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
