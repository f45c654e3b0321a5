package io.kubemu.engine.runtime.fs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageFilesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "nginx, nginx",
    "nginx:1.25, nginx",
    "harbor.od.com/public/nginx:v1.12, nginx",
    "linuxduduniao/nginx:v1.0.0, nginx",
    "registry:5000/team/app@sha256:abc, app",
    "docker.io/library/BusyBox:latest, busybox",
  })
  void repositoryName(String image, String name) {
    assertThat(ImageFiles.repositoryName(image)).isEqualTo(name);
  }

  @Test
  void everyImageHasTmp() {
    MemoryFileSystem fs = ImageFiles.rootFor("harbor.od.com/public/centos:7");
    assertThat(fs.isDirectory("/tmp")).isTrue();
    assertThat(fs.isDirectory("/var/log")).isTrue();
    assertThat(fs.exists("/usr/share/nginx/html")).isFalse();
    assertThat(ImageFiles.documentRoot("centos:7")).isEmpty();
  }

  @Test
  void nginxImagesServeTheWelcomePage() {
    MemoryFileSystem fs = ImageFiles.rootFor("linuxduduniao/nginx:v1.0.1");
    assertThat(fs.readString("/usr/share/nginx/html/index.html"))
        .contains("<title>Welcome to nginx!</title>");
    assertThat(fs.list("/usr/share/nginx/html")).containsExactly("50x.html", "index.html");
    assertThat(ImageFiles.documentRoot("nginx:1.25")).contains("/usr/share/nginx/html");
  }

  @Test
  void httpdImagesServeItWorks() {
    MemoryFileSystem fs = ImageFiles.rootFor("httpd:2.4");
    assertThat(fs.readString("/usr/local/apache2/htdocs/index.html")).contains("It works!");
    assertThat(ImageFiles.documentRoot("httpd:2.4")).contains("/usr/local/apache2/htdocs");
  }
}
