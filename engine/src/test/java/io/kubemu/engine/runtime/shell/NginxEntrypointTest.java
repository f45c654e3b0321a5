package io.kubemu.engine.runtime.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.fs.ImageFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The nginx image's {@code /docker-entrypoint.sh} run as a container's ENTRYPOINT. */
class NginxEntrypointTest {

  @Test
  void withTheImageCmdItLogsAndExecsNginx() {
    Sh.Result r =
        Sh.run(
            List.of("/docker-entrypoint.sh", "nginx", "-g", "daemon off;"),
            ImageFiles.rootFor("nginx:1.25"));
    assertThat(r.step()).isInstanceOf(Step.LongRunning.class);
    assertThat(r.stdout())
        .isEqualTo("/docker-entrypoint.sh: Configuration complete; ready for start up\n");
    assertThat(r.notes()).anyMatch(n -> n.contains("`nginx -g daemon off;` is not simulated"));
  }

  @Test
  void withOtherArgsItExecsThemSilently() {
    Sh.Result r =
        Sh.run(
            List.of("/docker-entrypoint.sh", "echo", "hello from args"),
            ImageFiles.rootFor("nginx:1.25"));
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEqualTo("hello from args\n");
  }

  @Test
  void quietLogsSilenceIt() {
    Sh.Result r =
        Sh.run(
            List.of("/docker-entrypoint.sh", "nginx"),
            ShellContext.of(ImageFiles.rootFor("nginx"))
                .withVariable("NGINX_ENTRYPOINT_QUIET_LOGS", "1"));
    assertThat(r.stdout()).isEmpty();
  }
}
