package io.kubemu.engine;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.node;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.ImageConfig;
import io.kubemu.engine.runtime.shell.LogLine;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Builder.image(...)}: an image's ENTRYPOINT and CMD, which command and args replace. */
class ClusterImagesTest {
  private final Cluster cluster =
      Cluster.builder()
          .nodes(node("n1"))
          .image("acme/greeter:*", ImageConfig.of(List.of("echo", "hello"), List.of("world")))
          .build();

  private List<String> logsOf(String name, String... commandThenArgs) {
    var c = container("app").image("acme/greeter:1.0");
    if (commandThenArgs.length > 0 && !commandThenArgs[0].isEmpty()) c.command(commandThenArgs[0]);
    if (commandThenArgs.length > 1) c.args(commandThenArgs[1]);
    cluster.apply(pod(name).nodeName("n1").restartPolicy("Never").container(c));
    cluster.advance(Duration.ofMinutes(1));
    return cluster.logs(name, "app", false).stream().map(LogLine::text).toList();
  }

  @Test
  void theImageEntrypointAndCmdRunWhenTheContainerSetsNeither() {
    assertThat(logsOf("plain")).containsExactly("hello world");
  }

  @Test
  void argsReplaceCmdOnly() {
    assertThat(logsOf("args", "", "kubemu")).containsExactly("hello kubemu");
  }

  @Test
  void commandReplacesEntrypointAndDropsCmd() {
    assertThat(logsOf("command", "echo")).containsExactly("");
  }
}
