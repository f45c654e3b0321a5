package io.kubemu.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where failure reports go: {@code <dir>/<test class>/<test method>.html}, the directory given by
 * the configuration parameter or system property {@value KubemuExtension#REPORTS_DIR} (default
 * {@value KubemuExtension#DEFAULT_REPORTS_DIR}, relative to the working directory). Invocations of
 * a parameterized or repeated test are told apart by their index: {@code method[2].html}.
 */
final class ReportFiles {
  private ReportFiles() {}

  private static final Pattern INVOCATION = Pattern.compile("#(\\d+)\\]$");

  /** {@return the report file of the test} */
  static Path path(ExtensionContext context) {
    String dir =
        context
            .getConfigurationParameter(KubemuExtension.REPORTS_DIR)
            .orElse(KubemuExtension.DEFAULT_REPORTS_DIR);
    String className = context.getRequiredTestClass().getName();
    String name = context.getTestMethod().map(Method::getName).orElse("class");
    Matcher m = INVOCATION.matcher(context.getUniqueId());
    if (m.find() && context.getUniqueId().contains("invocation:#")) {
      name += "[" + m.group(1) + "]";
    }
    return Path.of(dir).resolve(safe(className)).resolve(safe(name) + ".html").toAbsolutePath();
  }

  /** Writes the page, creating the directories. */
  static void write(Path file, String html) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the kubemu report " + file, e);
    }
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._$\\[\\]-]", "_");
  }
}
