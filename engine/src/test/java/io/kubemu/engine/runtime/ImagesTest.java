package io.kubemu.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImagesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "harbor.od.com/public/nginx:v1.12|/docker-entrypoint.sh|nginx -g daemon off;|80",
        "nginx|/docker-entrypoint.sh|nginx -g daemon off;|80",
        "busybox:1.36||sh|",
        "harbor.od.com/public/centos:7||/bin/bash|",
        "alpine:3.19||/bin/sh|",
        "httpd:2.4||httpd-foreground|80",
        "quay.io/acme/api:2|||",
      })
  void wellKnownImagesHaveTheirEntrypointCmdAndPorts(
      String image, String entrypoint, String cmd, String ports) {
    ImageConfig c = new Images().lookup(image);
    assertThat(String.join(" ", c.entrypoint())).isEqualTo(entrypoint == null ? "" : entrypoint);
    assertThat(String.join(" ", c.cmd())).isEqualTo(cmd == null ? "" : cmd);
    assertThat(c.ports()).isEqualTo(ports == null ? List.of() : List.of(Integer.parseInt(ports)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "busybox, busybox:latest",
    "busybox:1.36, busybox:1.36",
    "localhost:5000/app, localhost:5000/app:latest",
    "nginx@sha256:abc, nginx@sha256:abc",
  })
  void theDefaultTagIsLatest(String image, String expected) {
    assertThat(ImageStore.withDefaultTag(image)).isEqualTo(expected);
  }
}
