package io.kubemu.junit;

import io.kubemu.manifest.ManifestException;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A manifest to apply before a test: a classpath resource or a file.
 *
 * @param name the resource name or file path as given
 * @param classpath whether {@code name} is a classpath resource
 * @param origin where it was declared, for messages, e.g. {@code @WithManifests on MyTest}
 */
record ManifestSource(String name, boolean classpath, String origin) {

  /**
   * {@return the objects of the manifest, in document order}
   *
   * @throws ExtensionConfigurationException if it is missing or not a valid manifest
   */
  List<KubernetesObject> read(ClassLoader loader) {
    try {
      if (classpath) {
        String resource = name.startsWith("/") ? name.substring(1) : name;
        URL url = loader.getResource(resource);
        if (url == null) {
          throw new ExtensionConfigurationException(
              "manifest \""
                  + name
                  + "\" ("
                  + origin
                  + ") is not on the classpath; for a file on disk write @WithManifests(files ="
                  + " \""
                  + name
                  + "\")");
        }
        try (InputStream in = url.openStream()) {
          return Manifests.read(in, resource);
        }
      }
      Path path = Path.of(name);
      if (!Files.isRegularFile(path)) {
        throw new ExtensionConfigurationException(
            "manifest file \""
                + name
                + "\" ("
                + origin
                + ") does not exist: relative paths start at the working directory "
                + Path.of("").toAbsolutePath()
                + "; for a classpath resource write @WithManifests(\""
                + name
                + "\")");
      }
      return Manifests.read(path);
    } catch (ManifestException e) {
      throw new ExtensionConfigurationException(
          "manifest \"" + name + "\" (" + origin + ") cannot be read: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
