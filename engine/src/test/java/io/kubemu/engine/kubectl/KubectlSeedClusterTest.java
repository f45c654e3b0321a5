package io.kubemu.engine.kubectl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.Cluster;
import io.kubemu.manifest.Manifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kubectl on the seed's two-node cluster with every controller running: {@code create namespace},
 * the global {@code -n} before the command, {@code describe service}, {@code get -w --since} and
 * the STATUS reasons kubectl derives from real pod lifecycles.
 */
class KubectlSeedClusterTest {
  private final Cluster cluster =
      Cluster.builder().nodes(Manifests.readResource("seed/manifests/nodes-hdss7.yaml")).build();

  @Test
  void create_namespace_then_again_is_already_exists() {
    assertThat(cluster.kubectl("create namespace apps")).isEqualTo("namespace/apps created\n");
    assertThat(cluster.kubectl("get ns apps")).startsWith("NAME   STATUS   AGE\napps   ");
    assertThatThrownBy(() -> cluster.kubectl("create ns apps"))
        .isInstanceOf(KubectlException.class)
        .hasMessage("Error from server (AlreadyExists): namespaces \"apps\" already exists");
    assertThatThrownBy(() -> cluster.kubectl("create namespace"))
        .hasMessageStartingWith("error: exactly one NAME is required, got 0");
    assertThatThrownBy(() -> cluster.kubectl("create deployment web --image=nginx"))
        .hasMessage(
            "error: unknown command \"deployment\" for \"kubectl create\"\n"
                + "Supported: kubectl create -f FILE, kubectl create namespace NAME");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-n app get pods -l partition=website | get pods -n app -l partition=website",
        "--namespace=app get deploy -o wide | get deploy -o wide -n app",
        "--namespace app get rs -L version | get rs -n app -L version",
        "-napp get pods -o name | get pods -o name -n app"
      })
  void the_global_namespace_flag_may_come_before_the_command(String before, String after) {
    cluster.kubectl("apply -f seed/manifests/nginx-v1.12.yaml");
    cluster.advance(Duration.ofSeconds(30));
    assertThat(cluster.kubectl(before)).isEqualTo(cluster.kubectl(after)).contains("nginx-deploy");
  }

  @Test
  void global_namespace_before_a_command_with_a_subcommand() {
    cluster.kubectl("apply -f seed/manifests/nginx-v1.12.yaml");
    assertThat(cluster.kubectl("-n app set image deploy nginx-deploy nginx-pod=nginx:1.25"))
        .isEqualTo("deployment.apps/nginx-deploy image updated\n");
    assertThat(cluster.kubectl("-n app rollout history deploy nginx-deploy"))
        .startsWith("deployment.apps/nginx-deploy \nREVISION  CHANGE-CAUSE\n");
    assertThatThrownBy(() -> cluster.kubectl("--context prod get pods"))
        .hasMessage(
            "error: unknown flag: --context\n"
                + "Supported global flags before the command: -n, --namespace");
    assertThatThrownBy(() -> cluster.kubectl("-n app"))
        .hasMessageStartingWith("error: unknown command \"\" for \"kubectl\"");
  }

  @Test
  void describe_service_as_describe_go_prints_it() {
    cluster.kubectl("create namespace apps");
    cluster.apply(
        Manifests.read(
            """
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: apps, labels: {app: web}}
            spec:
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http}]
            """));
    cluster.advance(Duration.ofSeconds(5));
    assertThat(cluster.kubectl("describe svc web -n apps"))
        .matches(
            """
            Name:              web
            Namespace:         apps
            Labels:            app=web
            Annotations:       <none>
            Selector:          app=web
            Type:              ClusterIP
            IP Family Policy:  SingleStack
            IP Families:       IPv4
            IP:                10\\.\\d+\\.\\d+\\.\\d+
            IPs:               10\\.\\d+\\.\\d+\\.\\d+
            Port:              http  80/TCP
            TargetPort:        http/TCP
            Endpoints:         (<none>)?
            Session Affinity:  None
            Events:            <none>
            """);
  }

  @Test
  void a_watch_since_a_write_prints_the_later_writes_of_the_same_instant_as_rows() {
    cluster.kubectl("apply -f seed/manifests/pod-demo.yaml");
    cluster.advance(Duration.ofMinutes(1));
    String since = cluster.now().toString();
    int writes = cluster.timeline().size();
    cluster.kubectl("apply -f seed/manifests/pod-01-liveness.yaml");
    cluster.advance(Duration.ofSeconds(30));
    assertThat(cluster.kubectl("get pods -n app -w --since-write " + writes + " --since " + since))
        .startsWith(
            """
            NAME       READY   STATUS    RESTARTS   AGE
            pod-demo   1/1     Running   0          60s
            pod-01     0/1     Pending   0          0s
            """)
        .containsPattern("\npod-01 +1/1 +Running +0 ");
    // --since alone: every write of that instant is in the initial list
    assertThat(cluster.kubectl("get pods -n app -w --since " + since))
        .startsWith("NAME       READY   STATUS")
        .doesNotContain("Pending   0          0s");
    assertThatThrownBy(() -> cluster.kubectl("get pods -w --since-write=-1"))
        .hasMessage("error: invalid argument \"-1\" for \"--since-write\" flag: a count of writes");
  }

  @Test
  void status_reasons_of_real_pod_lifecycles() {
    cluster.apply(
        Manifests.read(
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: init}
            spec:
              initContainers: [{name: wait, image: busybox, command: [sh, -c, "sleep 30"]}]
              containers: [{name: c, image: busybox, command: [sh, -c, "sleep 3600"]}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: crash}
            spec:
              containers: [{name: c, image: busybox, command: [sh, -c, "exit 1"]}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: done}
            spec:
              restartPolicy: Never
              containers: [{name: c, image: busybox, command: [sh, -c, "exit 0"]}]
            """));
    assertThat(cluster.kubectl("get pods"))
        .isEqualTo(
            """
            NAME    READY   STATUS              RESTARTS   AGE
            crash   0/1     ContainerCreating   0          0s
            done    0/1     ContainerCreating   0          0s
            init    0/1     Init:0/1            0          0s
            """);
    cluster.advance(Duration.ofMinutes(2));
    assertThat(cluster.kubectl("get pods"))
        .containsPattern("crash   0/1     CrashLoopBackOff   \\d \\(\\d+s ago\\)   2m")
        .contains("done    0/1     Completed          0")
        .contains("init    1/1     Running            0");
    cluster.kubectl("delete pod init --wait=false");
    assertThat(cluster.kubectl("get pod init")).contains("init   1/1     Terminating   0");
    cluster.advance(Duration.ofMinutes(1));
    assertThat(cluster.kubectl("get pods -o name")).isEqualTo("pod/crash\npod/done\n");
  }

  @Test
  void sort_by_a_field_path() {
    cluster.kubectl("apply -f seed/manifests/pod-demo.yaml");
    cluster.advance(Duration.ofSeconds(10));
    cluster.kubectl("apply -f seed/manifests/pod-01-liveness.yaml");
    assertThat(cluster.kubectl("get pods -n app -o name")).isEqualTo("pod/pod-01\npod/pod-demo\n");
    assertThat(cluster.kubectl("get pods -n app -o name --sort-by=.metadata.creationTimestamp"))
        .isEqualTo("pod/pod-demo\npod/pod-01\n");
    assertThat(cluster.kubectl("get pods -n app -o name --sort-by={.metadata.name}"))
        .isEqualTo("pod/pod-01\npod/pod-demo\n");
    // objects without the field come first: pod-demo has no version label
    assertThat(cluster.kubectl("get pods -n app -o name --sort-by=.metadata.labels.version"))
        .isEqualTo("pod/pod-demo\npod/pod-01\n");
    assertThatThrownBy(() -> cluster.kubectl("get pods -n app --sort-by=.metadata[?(@.x)]"))
        .isInstanceOf(KubectlException.class)
        .hasMessageStartingWith("error: ");
  }

  @ParameterizedTest
  @CsvSource({"a2, a10, -1", "a10, a2, 1", "a02, a2, 0", "b, a, 1", "web-1, web-1, 0", "x, x1, -1"})
  void natural_order_compares_digit_runs_by_value(String a, String b, int sign) {
    assertThat(Integer.signum(SortBy.natural(a, b))).isEqualTo(sign);
  }

  @Test
  void apply_a_directory_applies_its_manifests_in_name_order(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("b-pod.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata: {name: b}\n"
            + "spec: {containers: [{name: c, image: busybox}]}\n");
    Files.writeString(
        dir.resolve("a-ns.yml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: team}\n");
    Files.writeString(dir.resolve("notes.txt"), "not a manifest");
    assertThat(cluster.kubectl("apply -f " + dir))
        .isEqualTo("namespace/team created\npod/b created\n");
  }

  @Test
  void logs_of_a_pod_or_of_a_workloads_pod_with_the_api_servers_errors() {
    cluster.kubectl("apply -f seed/manifests/cronjob.yaml");
    cluster.advance(Duration.ofSeconds(70));
    assertThat(cluster.kubectl("get jobs -o name")).isEqualTo("job.batch/hello-29453761\n");
    String log = "Thu Jan  1 00:01:01 UTC 2026\nHello from the Kubernetes cluster\n";
    assertThat(cluster.kubectl("logs job/hello-29453761")).isEqualTo(log);
    String pod = cluster.kubectl("get pods -o name").strip();
    assertThat(cluster.kubectl("logs " + pod + " -c hello")).isEqualTo(log);
    assertThat(cluster.kubectl("logs " + pod + " --tail=1"))
        .isEqualTo("Hello from the Kubernetes cluster\n");
    assertThatThrownBy(() -> cluster.kubectl("logs " + pod + " -c nope"))
        .hasMessage(
            "Error from server (BadRequest): container nope is not valid for pod "
                + pod.substring("pod/".length()));
    assertThatThrownBy(() -> cluster.kubectl("logs " + pod + " -p"))
        .hasMessageStartingWith(
            "Error from server (BadRequest): previous terminated container \"hello\" in pod");
    assertThatThrownBy(() -> cluster.kubectl("logs cronjob/hello"))
        .hasMessage(
            "error: cannot get the logs from *v1.CronJob: selector for *v1.CronJob not"
                + " implemented");
    assertThatThrownBy(() -> cluster.kubectl("logs nope"))
        .hasMessage("Error from server (NotFound): pods \"nope\" not found");

    cluster.kubectl("apply -f seed/manifests/pod-demo.yaml");
    assertThatThrownBy(() -> cluster.kubectl("logs pod-demo -n app"))
        .hasMessage(
            "Error from server (BadRequest): container \"centos\" in pod \"pod-demo\" is waiting"
                + " to start: ContainerCreating");
  }
}
