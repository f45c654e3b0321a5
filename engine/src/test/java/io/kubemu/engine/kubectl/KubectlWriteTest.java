package io.kubemu.engine.kubectl;

import static io.kubemu.engine.kubectl.Fixtures.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.ChangeCause;
import io.kubemu.engine.Cluster;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Taint;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The write verbs, through the API, with kubectl's messages. */
class KubectlWriteTest {

  static final Instant T0 = Instant.parse(Cluster.DEFAULT_START);

  Cluster cluster;
  Kubectl kubectl;

  @BeforeEach
  void setUp() {
    cluster = Fixtures.quietCluster();
    kubectl = new Kubectl(cluster);
    create(cluster, "metadata: {name: n1}", Node.class);
    create(
        cluster,
        """
        metadata: {name: web-1, labels: {app: web}}
        spec: {nodeName: n1, containers: [{name: web, image: "nginx:1.25"}]}
        """,
        Pod.class);
    create(
        cluster,
        """
        metadata: {name: web}
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              initContainers: [{name: init, image: busybox}]
              containers: [{name: web, image: "nginx:1.25"}, {name: log, image: fluentd}]
        """,
        Deployment.class);
    create(
        cluster,
        """
        metadata: {name: proxy}
        spec:
          selector: {matchLabels: {app: proxy}}
          template:
            metadata: {labels: {app: proxy}}
            spec: {containers: [{name: proxy, image: "nginx:1.12"}]}
        """,
        DaemonSet.class);
  }

  Pod pod() {
    return cluster.get(Pod.class, "default/web-1");
  }

  Deployment deployment() {
    return cluster.get(Deployment.class, "default/web");
  }

  @Nested
  class Labels {
    @Test
    void labeled_not_labeled_and_unlabeled() {
      assertThat(kubectl.run("label pods web-1 tier=front")).isEqualTo("pod/web-1 labeled\n");
      assertThat(pod().metadata().labels()).containsEntry("tier", "front");
      assertThat(kubectl.run("label pod/web-1 tier=front")).isEqualTo("pod/web-1 not labeled\n");
      assertThat(kubectl.run("label po web-1 tier-")).isEqualTo("pod/web-1 unlabeled\n");
      assertThat(kubectl.run("label po web-1 nope-"))
          .isEqualTo("label \"nope\" not found.\npod/web-1 not labeled\n");
    }

    @Test
    void overwriting_needs_the_flag() {
      assertThatThrownBy(() -> kubectl.run("label pod web-1 app=db"))
          .isInstanceOf(KubectlException.class)
          .hasMessage("error: 'app' already has a value (web), and --overwrite is false");
      assertThat(kubectl.run("label pod web-1 app=db --overwrite"))
          .isEqualTo("pod/web-1 labeled\n");
      assertThat(pod().metadata().label("app")).isEqualTo("db");
      assertThatThrownBy(() -> kubectl.run("label pod web-1 a=1 a-"))
          .hasMessage("error: can not both modify and remove a label in the same command");
    }

    @Test
    void by_selector_and_with_annotations() {
      assertThat(kubectl.run("label pods -l app=web env=test")).isEqualTo("pod/web-1 labeled\n");
      assertThat(kubectl.run("annotate deploy web note=hi"))
          .isEqualTo("deployment.apps/web annotated\n");
      assertThat(deployment().metadata().annotation("note")).isEqualTo("hi");
      assertThatThrownBy(() -> kubectl.run("annotate deploy web note=ho"))
          .hasMessage(
              "error: --overwrite is false but found the following declared annotation(s): 'note'"
                  + " already has a value (hi)");
      assertThatThrownBy(() -> kubectl.run("label pods env=x"))
          .hasMessage("error: resource(s) were provided, but no name was specified");
    }
  }

  @Nested
  class Patches {
    @Test
    void merge_patches_report_changes() {
      assertThat(kubectl.run("patch deploy web --type merge -p '{\"spec\":{\"replicas\":3}}'"))
          .isEqualTo("deployment.apps/web patched\n");
      assertThat(deployment().spec().replicas()).isEqualTo(3);
      assertThat(kubectl.run("patch deployment web -p '{\"spec\":{\"replicas\":3}}'"))
          .isEqualTo("deployment.apps/web patched (no change)\n");
    }

    @Test
    void unsupported_patches_are_refused() {
      assertThatThrownBy(
              () ->
                  kubectl.run(
                      "patch deploy web -p"
                          + " '{\"spec\":{\"template\":{\"spec\":{\"containers\":[]}}}}'"))
          .hasMessageStartingWith("error: kubemu applies strategic merge patches of maps only");
      assertThatThrownBy(() -> kubectl.run("patch deploy web --type json -p '[]'"))
          .hasMessageStartingWith("error: kubemu does not support --type json");
      assertThatThrownBy(() -> kubectl.run("patch deploy web -p '{oops'"))
          .hasMessageStartingWith("error: unable to parse \"{oops\"");
      assertThatThrownBy(() -> kubectl.run("patch deploy nope --type merge -p '{}'"))
          .hasMessage("Error from server (NotFound): deployments.apps \"nope\" not found");
    }
  }

  @Nested
  class ScaleAndImages {
    @Test
    void scale_patches_replicas_and_records() {
      assertThat(kubectl.run("scale --replicas=4 deployment/web --record"))
          .isEqualTo("deployment.apps/web scaled\n");
      assertThat(deployment().spec().replicas()).isEqualTo(4);
      assertThat(deployment().metadata().annotation(ChangeCause.ANNOTATION))
          .isEqualTo("kubectl scale deployment/web --replicas=4 --record=true");
      assertThatThrownBy(() -> kubectl.run("scale deploy web --current-replicas=2 --replicas=1"))
          .hasMessage("error: Expected replicas to be 2, was 4");
      assertThatThrownBy(() -> kubectl.run("scale deploy web"))
          .hasMessage(
              "error: The --replicas=COUNT flag is required, and COUNT must be greater than or"
                  + " equal to 0");
      assertThatThrownBy(() -> kubectl.run("scale pod web-1 --replicas=2"))
          .hasMessage(
              "Error from server (NotFound): the server could not find the requested resource");
    }

    @Test
    void set_image_changes_named_containers_in_one_patch() {
      long generation = deployment().metadata().generation();
      assertThat(kubectl.run("set image deployment/web web=nginx:1.27 init=busybox:1.36"))
          .isEqualTo("deployment.apps/web image updated\n");
      Deployment d = deployment();
      assertThat(d.spec().template().spec().containers())
          .extracting(c -> c.image())
          .containsExactly("nginx:1.27", "fluentd");
      assertThat(d.spec().template().spec().initContainers().get(0).image())
          .isEqualTo("busybox:1.36");
      assertThat(d.metadata().generation()).isEqualTo(generation + 1);
      assertThat(kubectl.run("set image deploy web web=nginx:1.27")).isEmpty();
      assertThat(kubectl.run("set image pod/web-1 *=nginx:1.28"))
          .isEqualTo("pod/web-1 image updated\n");
      assertThatThrownBy(() -> kubectl.run("set image deploy/web nope=x"))
          .hasMessage("error: unable to find container named \"nope\"");
      assertThatThrownBy(() -> kubectl.run("set images deploy/web a=b"))
          .hasMessageStartingWith("error: unknown command \"images\" for \"kubectl set\"");
    }
  }

  @Nested
  class Rollout {
    @Test
    void pause_resume_restart() {
      assertThat(kubectl.run("rollout pause deployment/web"))
          .isEqualTo("deployment.apps/web paused\n");
      assertThat(deployment().spec().paused()).isTrue();
      assertThat(kubectl.run("rollout pause deploy web"))
          .isEqualTo("deployment.apps/web already paused\n");
      assertThatThrownBy(() -> kubectl.run("rollout restart deploy/web"))
          .hasMessage(
              "error: deployments.apps \"web\" can't restart paused deployment (run rollout resume"
                  + " first)");
      assertThat(kubectl.run("rollout resume deploy/web"))
          .isEqualTo("deployment.apps/web resumed\n");
      assertThat(kubectl.run("rollout resume deploy/web"))
          .isEqualTo("deployment.apps/web already resumed\n");
      cluster.advance(Duration.ofSeconds(90));
      assertThat(kubectl.run("rollout restart deploy/web"))
          .isEqualTo("deployment.apps/web restarted\n");
      assertThat(
              deployment().spec().template().metadata().annotation(ApiKubectlBackend.RESTARTED_AT))
          .isEqualTo("2026-01-01T00:01:30Z");
      assertThatThrownBy(() -> kubectl.run("rollout restart deploy/web"))
          .hasMessageEndingWith(
              "if restart has already been triggered within the past second, please wait before"
                  + " attempting to trigger another");
      assertThat(kubectl.run("rollout restart daemonset proxy"))
          .isEqualTo("daemonset.apps/proxy restarted\n");
    }

    @Test
    void what_needs_the_controllers_fails_in_kubectls_words_on_a_quiet_cluster() {
      assertThatThrownBy(() -> kubectl.run("rollout pause ds/proxy"))
          .hasMessage("error: daemonsets.apps \"proxy\" pausing is not supported");
      // no deployment controller: the rollout never progresses
      assertThatThrownBy(() -> kubectl.run("rollout status deploy/web"))
          .isInstanceOf(KubectlException.class)
          .hasMessage("error: timed out waiting for the condition");
      assertThatThrownBy(() -> kubectl.run("rollout history deploy/web --revision=2"))
          .isInstanceOf(KubectlException.class)
          .hasMessageStartingWith("error: ");
      assertThatThrownBy(() -> kubectl.run("rollout undo deploy/web --to-revision=1"))
          .isInstanceOf(KubectlException.class)
          .hasMessageStartingWith("error: ");
      assertThatThrownBy(() -> kubectl.run("rollout frob deploy/web"))
          .hasMessageStartingWith("error: unknown command \"frob\" for \"kubectl rollout\"");
      assertThatThrownBy(() -> kubectl.run("rollout status deploy/nope"))
          .hasMessage("Error from server (NotFound): deployments.apps \"nope\" not found");
    }

    @Test
    void a_backend_receives_the_parsed_request() {
      KubectlBackend recording =
          new ApiKubectlBackend(cluster) {
            @Override
            public String rolloutUndo(io.kubemu.model.Kind kind, String key, Integer to) {
              return kind.kind() + " " + key + " to " + to + "\n";
            }

            @Override
            public String drain(String node, DrainOptions o) {
              return node + " " + o + "\n";
            }
          };
      Kubectl k = kubectl.withBackend(recording);
      assertThat(k.run("rollout undo deployment web --to-revision=3"))
          .isEqualTo("Deployment default/web to 3\n");
      assertThat(
              k.run(
                  "drain n1 --ignore-daemonsets --delete-emptydir-data --grace-period=5"
                      + " --timeout=2m"))
          .isEqualTo(
              "n1 DrainOptions[ignoreDaemonSets=true, deleteEmptyDirData=true, force=false,"
                  + " gracePeriodSeconds=5, timeout=PT2M, disableEviction=false]\n");
    }
  }

  @Nested
  class Nodes {
    @Test
    void cordon_and_uncordon() {
      assertThat(kubectl.run("cordon n1")).isEqualTo("node/n1 cordoned\n");
      assertThat(kubectl.run("cordon node/n1")).isEqualTo("node/n1 already cordoned\n");
      assertThat(kubectl.run("get nodes --no-headers"))
          .isEqualTo("n1    Unknown,SchedulingDisabled   <none>   0s    \n");
      assertThat(kubectl.run("uncordon n1")).isEqualTo("node/n1 uncordoned\n");
      assertThat(kubectl.run("uncordon n1")).isEqualTo("node/n1 already uncordoned\n");
      assertThat(cluster.get(Node.class, "n1").spec().unschedulable()).isNull();
      assertThatThrownBy(() -> kubectl.run("cordon nope"))
          .hasMessage("Error from server (NotFound): nodes \"nope\" not found");
    }

    @Test
    void taint_add_overwrite_and_remove() {
      assertThat(kubectl.run("taint nodes n1 monitor=true:NoSchedule"))
          .isEqualTo("node/n1 tainted\n");
      assertThatThrownBy(() -> kubectl.run("taint nodes n1 monitor=false:NoSchedule"))
          .hasMessage(
              "error: node n1 already has monitor taint(s) with same effect(s) and --overwrite is"
                  + " false");
      assertThat(kubectl.run("taint node/n1 monitor=false:NoSchedule --overwrite"))
          .isEqualTo("node/n1 modified\n");
      assertThat(kubectl.run("taint nodes n1 evict=now:NoExecute")).isEqualTo("node/n1 tainted\n");
      assertThat(cluster.get(Node.class, "n1").spec().taints())
          .containsExactly(
              new Taint("evict", "now", "NoExecute", T0),
              new Taint("monitor", "false", "NoSchedule", null));
      assertThat(kubectl.run("taint nodes n1 monitor:NoSchedule- evict-"))
          .isEqualTo("node/n1 untainted\n");
      assertThat(cluster.get(Node.class, "n1").spec().taints()).isEmpty();
      assertThatThrownBy(() -> kubectl.run("taint nodes n1 monitor:NoSchedule-"))
          .hasMessage("error: taint \"monitor:NoSchedule\" not found");
      assertThatThrownBy(() -> kubectl.run("taint nodes n1 a=b:Never"))
          .hasMessage(
              "error: invalid taint spec: a=b:Never, invalid taint effect: Never, unsupported taint"
                  + " effect");
      assertThatThrownBy(() -> kubectl.run("taint pods web-1 a=b:NoSchedule"))
          .hasMessage("error: invalid resource type pods, only node types are supported");
    }
  }

  @Nested
  class Manifests {
    @Test
    void apply_create_and_record() {
      assertThat(kubectl.run("apply -f seed/manifests/pod-demo.yaml --record"))
          .isEqualTo("pod/pod-demo created\n");
      assertThat(
              cluster.get(Pod.class, "app/pod-demo").metadata().annotation(ChangeCause.ANNOTATION))
          .isEqualTo("kubectl apply --filename=seed/manifests/pod-demo.yaml --record=true");
      assertThat(kubectl.run("apply -f seed/manifests/pod-demo.yaml --record"))
          .isEqualTo("pod/pod-demo unchanged\n");
      assertThatThrownBy(() -> kubectl.run("create -f seed/manifests/pod-demo.yaml"))
          .hasMessage("Error from server (AlreadyExists): pods \"pod-demo\" already exists");
      assertThatThrownBy(() -> kubectl.run("apply -f seed/manifests/pod-demo.yaml -n other"))
          .hasMessage(
              "error: the namespace from the provided object \"app\" does not match the namespace"
                  + " \"other\". You must pass '--namespace=app' to perform this operation.");
      assertThatThrownBy(() -> kubectl.run("apply -f no/such.yaml"))
          .hasMessage("error: the path \"no/such.yaml\" does not exist");
      assertThatThrownBy(() -> kubectl.run("apply pods"))
          .hasMessageStartingWith("error: must specify one of -f and -k");
    }

    @Test
    void create_takes_the_namespace_flag_for_objects_without_one() {
      assertThat(kubectl.run("create -f seed/manifests/nodes-hdss7.yaml"))
          .isEqualTo("node/hdss7-21.host.com created\nnode/hdss7-22.host.com created\n");
    }

    @Test
    void delete_waits_for_graceful_deletion_unless_told_not_to() {
      assertThat(kubectl.run("delete pod web-1")).isEqualTo("pod \"web-1\" deleted\n");
      assertThat(cluster.find(Pod.class, "default/web-1")).isEmpty();
      assertThat(cluster.now()).isEqualTo(T0.plusSeconds(30)); // waited the grace period
      assertThatThrownBy(() -> kubectl.run("delete pod web-1"))
          .hasMessage("Error from server (NotFound): pods \"web-1\" not found");
      assertThat(kubectl.run("delete pod web-1 --ignore-not-found")).isEqualTo("");
    }

    @Test
    void delete_without_waiting_and_with_force() {
      assertThat(kubectl.run("delete po/web-1 --wait=false")).isEqualTo("pod \"web-1\" deleted\n");
      // upstream's deletionTimestamp: when the grace period ends
      assertThat(pod().metadata().deletionTimestamp()).isEqualTo(T0.plusSeconds(30));
      assertThat(kubectl.run("get pods")).contains("Terminating");
      assertThat(kubectl.run("delete pod web-1 --grace-period=0 --force"))
          .isEqualTo("pod \"web-1\" force deleted\n");
      assertThat(cluster.find(Pod.class, "default/web-1")).isEmpty();
      // without a garbage collector the orphan finalizer stays: kubectl would wait (a week)
      assertThat(kubectl.run("delete deploy web --cascade=orphan --wait=false"))
          .isEqualTo("deployment.apps \"web\" deleted\n");
      assertThat(deployment().metadata().finalizers()).containsExactly("orphan");
      // a background delete drops the orphan finalizer: gone at once
      assertThat(kubectl.run("delete deploy web")).isEqualTo("deployment.apps \"web\" deleted\n");
      assertThat(cluster.find(Deployment.class, "default/web")).isEmpty();
      assertThatThrownBy(() -> kubectl.run("delete ds proxy --cascade=foreground --timeout=10s"))
          .hasMessage("error: timed out waiting for the condition on daemonsets/proxy")
          .extracting(e -> ((KubectlException) e).output())
          .isEqualTo("daemonset.apps \"proxy\" deleted\n");
      assertThatThrownBy(() -> kubectl.run("delete ds/proxy --cascade=sometimes"))
          .hasMessage(
              "error: invalid cascade value (sometimes). Must be \"background\", \"foreground\", or"
                  + " \"orphan\".");
      assertThatThrownBy(() -> kubectl.run("delete ds"))
          .hasMessage("error: resource(s) were provided, but no name was specified");
    }
  }
}
