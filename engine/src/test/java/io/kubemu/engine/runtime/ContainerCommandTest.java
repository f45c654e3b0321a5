package io.kubemu.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 1.2.4: how command and args combine with the image's ENTRYPOINT and CMD. */
class ContainerCommandTest {

  private static final ImageConfig NGINX = Images.wellKnown("nginx:1.25");

  @Test
  void neitherCommandNorArgsRunsTheImagesEntrypointAndCmd() {
    assertThat(ContainerCommand.argv(List.of(), List.of(), NGINX, Map.of()))
        .containsExactly("/docker-entrypoint.sh", "nginx", "-g", "daemon off;");
  }

  @Test
  void commandReplacesTheEntrypointAndDropsTheCmd() {
    assertThat(ContainerCommand.argv(List.of("sleep", "60"), List.of(), NGINX, Map.of()))
        .containsExactly("sleep", "60");
  }

  @Test
  void argsReplaceTheCmdAfterTheEntrypoint() {
    assertThat(ContainerCommand.argv(List.of(), List.of("nginx", "-T"), NGINX, Map.of()))
        .containsExactly("/docker-entrypoint.sh", "nginx", "-T");
  }

  @Test
  void commandAndArgsReplaceBoth() {
    assertThat(ContainerCommand.argv(List.of("echo"), List.of("hello", "world"), NGINX, Map.of()))
        .containsExactly("echo", "hello", "world");
  }

  @Test
  void imagesWithoutEntrypointRunTheirCmd() {
    assertThat(ContainerCommand.argv(List.of(), List.of(), Images.wellKnown("busybox"), Map.of()))
        .containsExactly("sh");
    assertThat(ContainerCommand.argv(List.of(), List.of(), Images.wellKnown("centos:7"), Map.of()))
        .containsExactly("/bin/bash");
    assertThat(
            ContainerCommand.argv(
                List.of(), List.of("echo", "hi"), Images.wellKnown("busybox"), Map.of()))
        .containsExactly("echo", "hi");
    assertThat(
            ContainerCommand.argv(List.of(), List.of(), Images.wellKnown("example/x:1"), Map.of()))
        .isEmpty();
  }

  // upstream third_party/forked/golang/expansion/expand_test.go, rows of TestMapReference
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "$(VAR_A)|A",
        "___$(VAR_B)___|___B___",
        "$(VAR_A)-$(VAR_A)|A-A",
        "foo\\$(VAR_A)|foo\\A",
        "$$(VAR_B)|$(VAR_B)",
        "$$$(VAR_A)|$A",
        "$(VAR_DOES_NOT_EXIST)|$(VAR_DOES_NOT_EXIST)",
        "$(VAR_A|$(VAR_A",
        "$$|$",
        "$|$",
        "$x|$x",
        "$()|$()",
        "f000-$$VAR_A|f000-$VAR_A",
      })
  void expandsVariableReferences(String input, String expected) {
    Map<String, String> env = Map.of("VAR_A", "A", "VAR_B", "B");
    assertThat(ContainerCommand.expandVariables(input, env))
        .isEqualTo(expected == null ? "" : expected);
  }
}
