package io.kubemu.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line a container runs, from its {@code command}/{@code args} and its image's
 * ENTRYPOINT/CMD, as Docker and the CRI runtimes combine them (the seed's figure 1.2.4):
 *
 * <ul>
 *   <li>{@code command} and {@code args}: {@code command + args};
 *   <li>{@code command} only: {@code command} (the image's CMD is dropped);
 *   <li>{@code args} only: the image's ENTRYPOINT + {@code args};
 *   <li>neither: the image's ENTRYPOINT + CMD.
 * </ul>
 *
 * {@code $(VAR)} references in {@code command} and {@code args} are expanded from the container's
 * environment first (kubecontainer.ExpandContainerCommandAndArgs): {@code $$} is a literal {@code
 * $}, and a reference to an unknown variable stays as written.
 */
public final class ContainerCommand {
  private ContainerCommand() {}

  /** {@return the argv of a container} */
  public static List<String> argv(
      List<String> command, List<String> args, ImageConfig image, Map<String, String> env) {
    List<String> cmd = expand(command, env);
    List<String> arg = expand(args, env);
    List<String> out = new ArrayList<>();
    if (!cmd.isEmpty()) {
      out.addAll(cmd);
      out.addAll(arg);
    } else {
      out.addAll(image.entrypoint());
      out.addAll(arg.isEmpty() ? image.cmd() : arg);
    }
    return List.copyOf(out);
  }

  private static List<String> expand(List<String> in, Map<String, String> env) {
    List<String> out = new ArrayList<>(in.size());
    for (String s : in) out.add(expand(s, env));
    return out;
  }

  /**
   * {@return {@code input} with {@code $(VAR)} references to {@code env} expanded} (the kubelet's
   * expansion of {@code env[].value} and {@code command}/{@code args}: third_party/forked/golang/
   * expansion.Expand with MappingFuncFor)
   */
  public static String expandVariables(String input, Map<String, String> env) {
    return expand(input, env);
  }

  static String expand(String input, Map<String, String> env) {
    StringBuilder buf = new StringBuilder();
    int checkpoint = 0;
    for (int cursor = 0; cursor < input.length(); cursor++) {
      if (input.charAt(cursor) == '$' && cursor + 1 < input.length()) {
        buf.append(input, checkpoint, cursor);
        String rest = input.substring(cursor + 1);
        // tryReadVariableName
        char first = rest.charAt(0);
        int advance = 1;
        if (first == '$') {
          buf.append('$');
        } else if (first == '(') {
          int close = rest.indexOf(')', 1);
          if (close >= 0) {
            String name = rest.substring(1, close);
            String value = env.get(name);
            buf.append(value != null ? value : "$(" + name + ")");
            advance = close + 1;
          } else {
            buf.append("$(");
          }
        } else {
          buf.append('$').append(first);
        }
        cursor += advance;
        checkpoint = cursor + 1;
      }
    }
    return buf.append(input.substring(Math.min(checkpoint, input.length()))).toString();
  }
}
