package io.kubemu.engine.runtime;

import io.kubemu.engine.runtime.fs.ImageFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The image catalogue: the {@link ImageConfig} of an image reference. Registered globs come first
 * (latest registration first; see {@link ContainerBehaviors} for how globs match images), then the
 * well-known images below, matched on the repository name ({@link ImageFiles#repositoryName}):
 *
 * <table>
 *   <caption>Well-known images (sizes approximate the official images, unpacked)</caption>
 *   <tr><th>repository name</th><th>ENTRYPOINT</th><th>CMD</th><th>server</th></tr>
 *   <tr><td>contains {@code nginx}</td><td>{@code /docker-entrypoint.sh} (a script in the
 *       image's files, {@link io.kubemu.engine.runtime.fs.ImageFiles#NGINX_ENTRYPOINT}: logs its
 *       configuration step before nginx, then execs its arguments)</td>
 *       <td>{@code nginx -g "daemon off;"}</td><td>HTTP on 80 from /usr/share/nginx/html,
 *       STOPSIGNAL SIGQUIT (exits 0)</td></tr>
 *   <tr><td>{@code busybox}</td><td></td><td>{@code sh}</td><td>none (sh without input exits
 *       0)</td></tr>
 *   <tr><td>{@code centos}</td><td></td><td>{@code /bin/bash}</td><td>none</td></tr>
 *   <tr><td>{@code alpine}</td><td></td><td>{@code /bin/sh}</td><td>none</td></tr>
 *   <tr><td>{@code ubuntu}, {@code debian}</td><td></td><td>{@code bash}</td><td>none</td></tr>
 *   <tr><td>{@code httpd}</td><td></td><td>{@code httpd-foreground}</td><td>HTTP on 80 from
 *       /usr/local/apache2/htdocs, STOPSIGNAL SIGWINCH (exits 0)</td></tr>
 *   <tr><td>anything else</td><td colspan="2">its own program</td><td>TCP and HTTP 200 on the
 *       container's declared ports and the ports its probes name</td></tr>
 * </table>
 *
 * <p>Besides, {@code linuxduduniao/nginx} (the seed's StatefulSet image) answers {@code /health}
 * from its configuration ({@link io.kubemu.engine.runtime.fs.ImageFiles#configuredLocations}).
 * Every image pulls in {@value ImageConfig#DEFAULT_PULL_SECONDS} s. Not thread-safe.
 */
public final class Images {

  private record Entry(Glob glob, ImageConfig config) {}

  private static final ImageConfig NGINX =
      ImageConfig.of(List.of("/docker-entrypoint.sh"), List.of("nginx", "-g", "daemon off;"))
          .withPorts(List.of(80))
          .withStopExitCode(0)
          .withSizeBytes(187_000_000L);

  private final List<Entry> registered = new ArrayList<>();

  /** The catalogue of the well-known images only. */
  public Images() {}

  /** Registers {@code config} for the images matching {@code imageGlob}, before all others. */
  public Images register(String imageGlob, ImageConfig config) {
    registered.add(0, new Entry(Glob.of(Objects.requireNonNull(imageGlob)), config));
    return this;
  }

  /** {@return the configuration of {@code image}} */
  public ImageConfig lookup(String image) {
    for (Entry e : registered) if (e.glob.matchesImage(image)) return e.config;
    return wellKnown(image);
  }

  /** {@return the built-in configuration of {@code image}, ignoring registrations} */
  public static ImageConfig wellKnown(String image) {
    String name = ImageFiles.repositoryName(image);
    if (name.contains("nginx")) {
      return NGINX;
    }
    return switch (name) {
      case "busybox" -> shell(List.of("sh"), 4_300_000L);
      case "centos" -> shell(List.of("/bin/bash"), 204_000_000L);
      case "alpine" -> shell(List.of("/bin/sh"), 7_800_000L);
      case "ubuntu" -> shell(List.of("bash"), 78_000_000L);
      case "debian" -> shell(List.of("bash"), 117_000_000L);
      case "httpd" ->
          ImageConfig.of(List.of(), List.of("httpd-foreground"))
              .withPorts(List.of(80))
              .withStopExitCode(0)
              .withSizeBytes(148_000_000L);
      default -> ImageConfig.UNKNOWN;
    };
  }

  private static ImageConfig shell(List<String> cmd, long size) {
    return ImageConfig.of(List.of(), cmd).withSizeBytes(size);
  }
}
