package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.configMap;
import static io.kubemu.dsl.Kubemu.configMapVolume;
import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.emptyDirVolume;
import static io.kubemu.dsl.Kubemu.httpGet;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.ConfigMapKeySelector;
import io.kubemu.model.core.EnvVar;
import io.kubemu.model.core.EnvVarSource;
import org.junit.jupiter.api.Test;

class VolumesAndServersTest {

  @Test
  void anEmptyDirIsSharedBetweenThePodsContainersAndNginxServesIt() {
    Harness h = Harness.start();
    h.create(
        pod("shared")
            .volume(emptyDirVolume("html"))
            .container(
                container("writer")
                    .image("busybox:1.36")
                    .volumeMount("html", "/out")
                    .command("sh", "-c", "sleep 20; echo hi > /out/ready.html; sleep 3600"))
            .container(
                container("web")
                    .image("nginx:1.25")
                    .volumeMount("html", "/usr/share/nginx/html")
                    .readiness(httpGet(80, "/ready.html")))
            .build());
    h.loop.runUntilIdle();
    // the volume hides the image's index.html; ready.html exists from +21, probed at +30
    assertThat(h.now()).isEqualTo(30);
    assertThat(h.container("default", "shared", "web").ready()).isTrue();
  }

  @Test
  void configMapsFillVolumesAndEnvironmentAndAMissingOneBlocksTheContainer() {
    Harness h = Harness.start();
    h.api.create(configMap("cfg").data("greeting", "hello\n").build());
    h.create(
        pod("cm")
            .volume(configMapVolume("conf", "cfg"))
            .container(
                container("app")
                    .image("busybox:1.36")
                    .volumeMount("conf", "/etc/conf")
                    .env(
                        new EnvVar(
                            "G",
                            null,
                            new EnvVarSource(
                                new ConfigMapKeySelector("greeting", "cfg", null),
                                null,
                                null,
                                null)))
                    .command("sh", "-c", "cat /etc/conf/greeting; echo $G; sleep 3600"))
            .build());
    h.create(
        pod("missing")
            .container(
                container("app")
                    .image("busybox:1.36")
                    .env(
                        new EnvVar(
                            "G",
                            null,
                            new EnvVarSource(
                                new ConfigMapKeySelector("k", "nope", null), null, null, null)))
                    .command("sleep", "3600"))
            .build());
    h.advanceTo(5);
    assertThat(h.kubelets.logs("default/cm", "app", false))
        .extracting(io.kubemu.engine.runtime.shell.LogLine::text)
        .containsExactly("hello", "hello");
    assertThat(h.container("default", "missing", "app").state().waiting().reason())
        .isEqualTo("CreateContainerConfigError");
    assertThat(h.container("default", "missing", "app").state().waiting().message())
        .isEqualTo("configmap \"nope\" not found");
    assertThat(h.events("default", "missing"))
        .contains("+0 Warning Failed Error: configmap \"nope\" not found");
  }
}
