package io.kubemu.examples.pods;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.pod;
import static io.kubemu.examples.pods.Terminal.kubectl;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.dsl.ContainerBuilder;
import io.kubemu.engine.Cluster;
import io.kubemu.engine.runtime.shell.LogLine;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 1.2.4, the figure "k8s和image中的命令": a container's {@code command} replaces the image's
 * ENTRYPOINT (and the image's CMD is then ignored), its {@code args} replace the image's CMD; with
 * neither, the image's own ENTRYPOINT and CMD run.
 *
 * <p>The image here is nginx, whose ENTRYPOINT is {@code ["/docker-entrypoint.sh"]} and CMD {@code
 * ["nginx", "-g", "daemon off;"]} (kubemu's image catalogue, {@code
 * io.kubemu.engine.runtime.Images}, gives them as the official image has them). Its entrypoint
 * script logs {@code /docker-entrypoint.sh: Configuration complete; ready for start up} when asked
 * to run nginx, then {@code exec}s its arguments. What ran is what the container logged:
 *
 * <table>
 *   <caption>The four combinations</caption>
 *   <tr><th>command</th><th>args</th><th>the container runs</th></tr>
 *   <tr><td>-</td><td>-</td><td>{@code /docker-entrypoint.sh nginx -g "daemon off;"}: the
 *       entrypoint's log line, then nginx serving (Running)</td></tr>
 *   <tr><td>{@code echo command wins}</td><td>-</td><td>{@code echo command wins}: no entrypoint,
 *       and no {@code nginx -g daemon off;} appended (Completed)</td></tr>
 *   <tr><td>-</td><td>{@code echo args replace CMD}</td><td>{@code /docker-entrypoint.sh echo args
 *       replace CMD}: the entrypoint execs the args (Completed)</td></tr>
 *   <tr><td>{@code echo}</td><td>{@code both given}</td><td>{@code echo both given}: command +
 *       args (Completed)</td></tr>
 * </table>
 *
 * <p>The one-shot pods use {@code restartPolicy: Never} so that they stay Completed. A second test
 * shows the classic surprise of an image whose CMD is a shell: {@code centos:7} without a command
 * runs {@code /bin/bash}, which has no terminal, exits 0 at once, and with {@code restartPolicy:
 * Always} goes into {@code CrashLoopBackOff}.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class CommandAndArgsTest {

  private static final String NGINX = "harbor.od.com/public/nginx:v1.12";

  @Test
  void command_replaces_entrypoint_and_args_replace_cmd(Cluster cluster) {
    run(cluster, "neither", container("nginx").image(NGINX), "Always");
    run(cluster, "command-only", container("nginx").image(NGINX).command("echo", "command wins"));
    run(cluster, "args-only", container("nginx").image(NGINX).args("echo", "args replace CMD"));
    run(cluster, "both", container("nginx").image(NGINX).command("echo").args("both given"));
    cluster.advance(Duration.ofSeconds(10));

    kubectl(cluster, "get pods -n app");
    kubectl(cluster, "describe pod args-only -n app");

    // neither: the image's ENTRYPOINT ran with the image's CMD as its arguments.
    assertThat(logs(cluster, "neither"))
        .containsExactly("/docker-entrypoint.sh: Configuration complete; ready for start up");
    assertThat(cluster).pod("app/neither").isRunning().isReady();

    // command only: the ENTRYPOINT is replaced and the CMD dropped.
    assertThat(logs(cluster, "command-only")).containsExactly("command wins");
    assertThat(cluster).pod("app/command-only").isSucceeded();

    // args only: the ENTRYPOINT stays and runs the args instead of the CMD.
    assertThat(logs(cluster, "args-only")).containsExactly("args replace CMD");
    assertThat(cluster).pod("app/args-only").isSucceeded();

    // both: command + args, the image contributes nothing.
    assertThat(logs(cluster, "both")).containsExactly("both given");
    assertThat(cluster).pod("app/both").isSucceeded();
  }

  @Test
  void an_image_whose_cmd_is_a_shell_exits_at_once_without_a_command(Cluster cluster) {
    run(cluster, "centos", container("centos").image("harbor.od.com/public/centos:7"), "Always");
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "get pods -n app");
    assertThat(cluster)
        .pod("app/centos")
        .hasEvent("Warning", "BackOff", "Back-off restarting failed container centos")
        .container("centos")
        .isWaitingWithReason("CrashLoopBackOff");
    // Each run of /bin/bash ended at once, successfully: Completed, exit code 0.
    var last = cluster.get(Pod.class, "app/centos").status().containerStatuses().get(0).lastState();
    assertThat(last.terminated().reason()).isEqualTo("Completed");
    assertThat(last.terminated().exitCode()).isZero();
  }

  private static void run(Cluster cluster, String name, ContainerBuilder c) {
    run(cluster, name, c, "Never");
  }

  private static void run(Cluster cluster, String name, ContainerBuilder c, String restart) {
    cluster.apply(pod(name).namespace("app").restartPolicy(restart).container(c));
  }

  private static List<String> logs(Cluster cluster, String pod) {
    String container = cluster.get(Pod.class, "app/" + pod).spec().containers().get(0).name();
    List<String> lines =
        cluster.logs("app/" + pod, container, false).stream().map(LogLine::text).toList();
    System.out.println("[root@hdss7-21 ~]# kubectl logs " + pod + " -n app");
    lines.forEach(System.out::println);
    return lines;
  }
}
