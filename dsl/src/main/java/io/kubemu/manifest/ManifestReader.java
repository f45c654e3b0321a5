package io.kubemu.manifest;

import io.kubemu.model.KubernetesObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads manifests with given {@link ManifestOptions}; obtained from {@link
 * Manifests#reader(ManifestOptions)}. Immutable and thread-safe; every read is independent.
 *
 * <p>Input whose first non-blank character is {@code {} is read as a stream of JSON values, as
 * kubectl does; anything else as a stream of YAML documents. Documents are read one at a time and
 * bound to model records as they are read. Text is UTF-8.
 */
public final class ManifestReader {
  private static final int SNIFF = 4096; // upstream yaml.NewYAMLOrJSONDecoder's look-ahead

  private final ManifestOptions options;

  ManifestReader(ManifestOptions options) {
    if (options == null) throw new IllegalArgumentException("options must not be null");
    this.options = options;
  }

  /** {@return the options this reader applies} */
  public ManifestOptions options() {
    return options;
  }

  /** Reads manifests from a string; errors name the source {@code <string>}. */
  public ManifestResult read(String text) {
    return read(new StringReader(text), "<string>");
  }

  /** Reads a file; errors name it as given. */
  public ManifestResult read(Path path) {
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(in, path.toString());
    } catch (IOException e) {
      throw new ManifestException(path.toString(), 0, null, null, null, "cannot read: " + e, e);
    }
  }

  /** Reads a stream (not closed here); errors name {@code sourceName}. */
  public ManifestResult read(InputStream in, String sourceName) {
    return read(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName);
  }

  /**
   * Reads a classpath resource such as {@code seed/manifests/nginx-v1.12.yaml}, from the context
   * class loader or else this library's.
   */
  public ManifestResult readResource(String resource) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    InputStream in = loader == null ? null : loader.getResourceAsStream(name);
    if (in == null) in = ManifestReader.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new ManifestException(
          resource, 0, null, null, null, "classpath resource not found", null);
    }
    try (InputStream stream = in) {
      return read(stream, resource);
    } catch (IOException e) {
      throw new ManifestException(resource, 0, null, null, null, "cannot read: " + e, e);
    }
  }

  /** Reads from a character stream (not closed here); errors name {@code sourceName}. */
  public ManifestResult read(Reader reader, String sourceName) {
    BufferedReader in = new BufferedReader(reader, 2 * SNIFF);
    boolean json;
    try {
      json = startsWithBrace(in);
    } catch (IOException e) {
      throw new ManifestException(sourceName, 0, null, null, null, "cannot read: " + e, e);
    }
    DocumentSource documents =
        json
            ? new JsonDocuments(in, sourceName, options)
            : new YamlDocuments(in, sourceName, options);
    Binder binder = new Binder(sourceName, options);
    List<KubernetesObject> objects = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try {
      for (Document d = documents.next(); d != null; d = documents.next()) {
        binder.bind(d, objects, warnings);
      }
    } catch (UncheckedIOException e) {
      throw new ManifestException(
          sourceName, 0, null, null, null, "cannot read: " + e.getCause(), e.getCause());
    }
    return new ManifestResult(objects, warnings);
  }

  // upstream util/yaml GuessJSONStream / hasJSONPrefix: white space, then '{'
  private static boolean startsWithBrace(BufferedReader in) throws IOException {
    in.mark(SNIFF + 1);
    boolean bom = false;
    int c;
    int read = 0;
    while ((c = in.read()) >= 0 && read++ < SNIFF) {
      if (read == 1 && c == '\uFEFF') {
        bom = true;
        continue;
      }
      if (Character.isWhitespace(c)) continue;
      break;
    }
    in.reset();
    boolean json = c == '{';
    if (json && bom) in.skip(1);
    return json;
  }
}
