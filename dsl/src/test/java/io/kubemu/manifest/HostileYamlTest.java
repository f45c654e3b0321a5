package io.kubemu.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.ConfigMap;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hostile input is rejected with a clear error, and fast: the 10 s guard only stops a hang, it is
 * not a timing assertion (each case finishes in milliseconds).
 */
class HostileYamlTest {
  private static final Duration GUARD = Duration.ofSeconds(10);

  private static <T> T guarded(Supplier<T> action) {
    return assertTimeoutPreemptively(GUARD, action::get);
  }

  private static ManifestException rejected(String text, ManifestOptions options) {
    return guarded(
        () -> {
          try {
            Manifests.reader(options).read(text);
          } catch (ManifestException e) {
            return e;
          }
          throw new AssertionError("accepted hostile input");
        });
  }

  private static ManifestException rejected(String text) {
    return rejected(text, ManifestOptions.DEFAULTS);
  }

  /** The classic billion laughs: 9 levels of 9 aliases, a billion strings if expanded. */
  static String billionLaughs() {
    StringBuilder b = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nlol0: &l0 [lol]\n");
    for (int level = 1; level <= 9; level++) {
      b.append("lol").append(level).append(": &l").append(level).append(" [");
      for (int i = 0; i < 9; i++) b.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
      b.append("]\n");
    }
    return b.toString();
  }

  @Test
  void billionLaughsIsExcessiveAliasing() {
    ManifestException e = rejected(billionLaughs());
    assertThat(e.detail()).startsWith("yaml: document contains excessive aliasing: ");
    assertThat(e.line()).isEqualTo(9);
  }

  @Test
  void fiftyOneAliasesToACollection() {
    String yaml = "a: &a [x]\nb: [" + "*a, ".repeat(50) + "*a]\n";
    ManifestException e = rejected(yaml);
    assertThat(e.detail())
        .isEqualTo(
            "yaml: document contains excessive aliasing: more than 50 aliases to mappings or"
                + " sequences (ManifestOptions.maxAliasesForCollections)");
    assertThat(e.column()).isEqualTo(4 + 4 * 50 + 1);
    assertThat(
            Manifests.reader(
                    ManifestOptions.DEFAULTS.withValidation(ManifestOptions.Validation.IGNORE))
                .read(
                    "apiVersion: v1\nkind: Namespace\n"
                        + "a: &a [x]\nb: ["
                        + "*a, ".repeat(49)
                        + "*a]\n")
                .objects())
        .hasSize(1);
  }

  @Test
  void aDoublingChainUnderTheAliasLimitHitsTheExpandedSizeLimit() {
    // 2 aliases per level: 48 aliases in all, 2^24 copies of the first list if expanded
    StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x]\n");
    for (int level = 1; level <= 24; level++) {
      b.append('a').append(level).append(": &a").append(level);
      b.append(" [*a").append(level - 1).append(", *a").append(level - 1).append("]\n");
    }
    ManifestException e = rejected(b.toString());
    assertThat(e.detail())
        .isEqualTo(
            "yaml: document contains excessive aliasing: it expands beyond 3145728 code points"
                + " (ManifestOptions.maxDocumentCodePoints)");
  }

  @Test
  void tenThousandDeepFlowNesting() {
    ManifestException e = rejected("[".repeat(10_000) + "]".repeat(10_000));
    assertThat(e)
        .hasMessage(
            "<string>: document 1, line 1, column 101: yaml: exceeded max depth of 100"
                + " (ManifestOptions.maxNestingDepth)");
  }

  @Test
  void tenThousandDeepJsonNesting() {
    ManifestException e = rejected("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
    assertThat(e.detail())
        .isEqualTo("yaml: exceeded max depth of 100 (ManifestOptions.maxNestingDepth)");
  }

  @Test
  void deepBlockNesting() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 150; i++) b.append("  ".repeat(i)).append("a:\n");
    assertThat(rejected(b.toString()).detail()).startsWith("yaml: exceeded max depth of 100");
  }

  @Test
  void tenMegabyteScalar() {
    String yaml =
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  big: "
            + "x".repeat(10 * 1024 * 1024)
            + "\n";
    ManifestException e = rejected(yaml);
    assertThat(e.detail())
        .isEqualTo(
            "yaml: document exceeds the limit of 3145728 code points"
                + " (ManifestOptions.maxDocumentCodePoints)");
    assertThat(e.document()).isEqualTo(1);
    assertThat(e.object()).isEqualTo("ConfigMap \"big\"");
    assertThat(e.line()).as("the start of the oversized scalar").isEqualTo(6);
    assertThat(e.column()).isEqualTo(8);
  }

  @Test
  void tenMegabyteQuotedScalarAndJsonString() {
    String big = "x".repeat(10 * 1024 * 1024);
    assertThat(rejected("data: \"" + big + "\"\n").detail()).contains("exceeds the limit");
    assertThat(rejected("{\"data\": \"" + big + "\"}").detail()).contains("exceeds");
  }

  @Test
  void recursiveAndUnknownAliases() {
    assertThat(rejected("a: &a [*a]\n").detail())
        .isEqualTo("yaml: anchor 'a' value contains itself");
    assertThat(rejected("a: &a {b: *a}\n").detail())
        .isEqualTo("yaml: anchor 'a' value contains itself");
    assertThat(rejected("a: *nowhere\n").detail())
        .isEqualTo("yaml: unknown anchor 'nowhere' referenced");
  }

  @Test
  void collectionsAsKeysAreRejected() {
    assertThat(rejected("? [a, b]\n: c\n").detail())
        .isEqualTo("yaml: mappings and sequences cannot be mapping keys");
    assertThat(rejected("x: &k [a]\n*k : c\n").detail())
        .isEqualTo("yaml: mappings, sequences and null cannot be mapping keys");
  }

  @Test
  void tagsNeverSelectClasses() {
    assertThat(
            rejected("apiVersion: v1\nkind: ConfigMap\ndata: !!java.net.URL [http://x]\n").detail())
        .startsWith("yaml: tag !!java.net.URL is not supported");
    assertThat(
            rejected("a: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n")
                .detail())
        .startsWith("yaml: tag !!javax.script.ScriptEngineManager is not supported");
    assertThat(rejected("a: !custom x\n").detail())
        .startsWith("yaml: tag !custom is not supported");
  }

  @Test
  void controlCharactersAreRejected() {
    ManifestException e = rejected("apiVersion: v1\nkind: Pod\nx: \u0000\n");
    assertThat(e.detail()).isEqualTo("yaml: control characters are not allowed");
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void tooManyDocuments() {
    String doc = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n";
    ManifestException e = rejected(doc.repeat(4), ManifestOptions.DEFAULTS.withMaxDocuments(3));
    assertThat(e)
        .hasMessage(
            "<string>: document 4, line 15, column 1: the stream has more than 3 documents"
                + " (ManifestOptions.maxDocuments)");
    String empties = "---\n".repeat(20_000);
    assertThat(rejected(empties).detail()).contains("more than 10000 documents");
  }

  @Test
  void limitsAreConfigurable() {
    String seed = "seed/manifests/nginx-v1.12.yaml";
    List<KubernetesObject> ok = Manifests.readResource(seed);
    assertThat(ok).hasSize(1);
    assertThatThrownBy(
            () ->
                Manifests.reader(ManifestOptions.DEFAULTS.withMaxNestingDepth(3))
                    .readResource(seed))
        .hasMessageContaining("exceeded max depth of 3");
    assertThatThrownBy(
            () ->
                Manifests.reader(ManifestOptions.DEFAULTS.withMaxDocumentCodePoints(100))
                    .readResource(seed))
        .hasMessageContaining("document exceeds the limit of 100 code points");
    String aliases = "a: &a [x]\nb: [*a, *a, *a]\n";
    assertThatThrownBy(
            () ->
                Manifests.reader(ManifestOptions.DEFAULTS.withMaxAliasesForCollections(2))
                    .read(aliases))
        .hasMessageContaining("more than 2 aliases");
  }

  @Test
  void aLargeButAllowedScalarIsReadInLinearTime() {
    String value = "y".repeat(2 * 1024 * 1024);
    String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  big: " + value;
    ConfigMap cm = guarded(() -> Manifests.readOne(yaml, ConfigMap.class));
    assertThat(cm.data().get("big")).hasSize(value.length());
  }
}
