package io.kubemu.engine.runtime.fs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files an image ships in its root filesystem, as far as the simulation needs them.
 *
 * <p>Every image gets the usual Linux directories ({@link #BASE_DIRECTORIES}: {@code /tmp}, {@code
 * /etc}, {@code /var/log}, ...). Images whose repository name (last path segment, tag and digest
 * removed) contains {@code nginx} get nginx's document root {@code /usr/share/nginx/html} with its
 * {@code index.html} and {@code 50x.html}, and the image's ENTRYPOINT script {@link
 * #NGINX_ENTRYPOINT}; {@code httpd} images get {@code /usr/local/apache2/htdocs/index.html}. Other
 * images get the base directories only.
 */
public final class ImageFiles {
  /** Directories present in every image's root. */
  public static final List<String> BASE_DIRECTORIES =
      List.of(
          "/bin",
          "/dev",
          "/etc",
          "/home",
          "/lib",
          "/mnt",
          "/opt",
          "/proc",
          "/root",
          "/run",
          "/sbin",
          "/srv",
          "/sys",
          "/tmp",
          "/usr/bin",
          "/usr/lib",
          "/usr/local/bin",
          "/usr/sbin",
          "/usr/share",
          "/var/cache",
          "/var/lib",
          "/var/log",
          "/var/run",
          "/var/tmp");

  /** nginx's document root in the official image. */
  public static final String NGINX_HTML = "/usr/share/nginx/html";

  /** httpd's document root in the official image. */
  public static final String HTTPD_HTDOCS = "/usr/local/apache2/htdocs";

  static final String NGINX_INDEX =
      """
      <!DOCTYPE html>
      <html>
      <head>
      <title>Welcome to nginx!</title>
      <style>
          body {
              width: 35em;
              margin: 0 auto;
              font-family: Tahoma, Verdana, Arial, sans-serif;
          }
      </style>
      </head>
      <body>
      <h1>Welcome to nginx!</h1>
      <p>If you see this page, the nginx web server is successfully installed and
      working. Further configuration is required.</p>

      <p>For online documentation and support please refer to
      <a href="http://nginx.org/">nginx.org</a>.<br/>
      Commercial support is available at
      <a href="http://nginx.com/">nginx.com</a>.</p>

      <p><em>Thank you for using nginx.</em></p>
      </body>
      </html>
      """;

  static final String NGINX_50X =
      """
      <!DOCTYPE html>
      <html>
      <head>
      <title>Error</title>
      </head>
      <body>
      <h1>An error occurred.</h1>
      <p>Sorry, the page you are looking for is currently unavailable.<br/>
      Please try again later.</p>
      </body>
      </html>
      """;

  /** The official nginx image's ENTRYPOINT, {@value}. */
  public static final String NGINX_ENTRYPOINT = "/docker-entrypoint.sh";

  /**
   * The official nginx image's {@code docker-entrypoint.sh} (docker-library/nginx), reduced to what
   * kubemu simulates: when the command is nginx it logs its configuration step, then it execs its
   * arguments, so that {@code args} replacing the image's CMD run behind this ENTRYPOINT.
   */
  static final String NGINX_ENTRYPOINT_SCRIPT =
      """
      #!/bin/sh
      # vim:sw=4:ts=4:et

      set -e

      entrypoint_log() {
          if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
              echo "$@"
          fi
      }

      if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
          entrypoint_log "$0: Configuration complete; ready for start up"
      fi

      exec "$@"
      """;

  static final String HTTPD_INDEX = "<html><body><h1>It works!</h1></body></html>\n";

  private ImageFiles() {}

  /** A new root filesystem holding what {@code image} ships; see {@link #populate}. */
  public static MemoryFileSystem rootFor(String image) {
    MemoryFileSystem fs = new MemoryFileSystem();
    populate(fs, image);
    return fs;
  }

  /** Adds what {@code image} ships to {@code fs} (existing files are overwritten). */
  public static void populate(MemoryFileSystem fs, String image) {
    for (String dir : BASE_DIRECTORIES) {
      fs.createDirectories(dir);
    }
    String name = repositoryName(image);
    if (name.contains("nginx")) {
      fs.createDirectories(NGINX_HTML);
      fs.createDirectories("/etc/nginx/conf.d");
      fs.createDirectories("/var/cache/nginx");
      fs.createDirectories("/var/log/nginx");
      fs.write(NGINX_HTML + "/index.html", NGINX_INDEX);
      fs.write(NGINX_HTML + "/50x.html", NGINX_50X);
      fs.write(NGINX_ENTRYPOINT, NGINX_ENTRYPOINT_SCRIPT);
    } else if (name.contains("httpd")) {
      fs.createDirectories(HTTPD_HTDOCS);
      fs.write(HTTPD_HTDOCS + "/index.html", HTTPD_INDEX);
    }
  }

  /**
   * The directory an image's web server serves files from ({@code /usr/share/nginx/html} for nginx,
   * {@code /usr/local/apache2/htdocs} for httpd); empty for other images.
   */
  public static Optional<String> documentRoot(String image) {
    String name = repositoryName(image);
    if (name.contains("nginx")) {
      return Optional.of(NGINX_HTML);
    }
    if (name.contains("httpd")) {
      return Optional.of(HTTPD_HTDOCS);
    }
    return Optional.empty();
  }

  /**
   * The paths an image's web server answers from its own configuration rather than from files, so a
   * volume mounted over its document root does not hide them: {@code /health} for {@code
   * linuxduduniao/nginx}, the seed's StatefulSet image (its nginx.conf has a {@code location
   * /health} that returns 200, which is why the seed's pods become Ready with an empty claim
   * mounted on {@code /usr/share/nginx/html}); empty for other images.
   */
  public static java.util.Set<String> configuredLocations(String image) {
    return image != null && image.contains("linuxduduniao/nginx")
        ? java.util.Set.of("/health")
        : java.util.Set.of();
  }

  /**
   * The last path segment of an image reference, lower case, without tag or digest: {@code
   * harbor.od.com/public/nginx:v1.12} gives {@code nginx}.
   */
  public static String repositoryName(String image) {
    String ref = image == null ? "" : image;
    int at = ref.indexOf('@');
    if (at >= 0) {
      ref = ref.substring(0, at);
    }
    int slash = ref.lastIndexOf('/');
    String last = ref.substring(slash + 1);
    int colon = last.indexOf(':');
    if (colon >= 0) {
      last = last.substring(0, colon);
    }
    return last.toLowerCase(Locale.ROOT);
  }
}
