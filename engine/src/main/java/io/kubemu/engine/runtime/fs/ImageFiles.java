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
 * {@code index.html} and {@code 50x.html}; {@code httpd} images get {@code
 * /usr/local/apache2/htdocs/index.html}. Other images get the base directories only.
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
