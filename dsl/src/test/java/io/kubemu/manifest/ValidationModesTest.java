package io.kubemu.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.manifest.ManifestOptions.Validation;
import io.kubemu.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** kubectl's --validate=strict (default), warn and ignore. */
class ValidationModesTest {

  static final String TYPO_AND_DUPLICATE =
      ManifestErrorsTest.NGINX.replace("  replicas: 2\n", "  replicas: 2\n  replicas: 3\n");

  static ManifestReader reader(Validation validation) {
    return Manifests.reader(ManifestOptions.DEFAULTS.withValidation(validation));
  }

  @Test
  void strictIsTheDefault() {
    assertThat(ManifestOptions.DEFAULTS.validation()).isEqualTo(Validation.STRICT);
    assertThatThrownBy(() -> Manifests.read(TYPO_AND_DUPLICATE))
        .isInstanceOf(ManifestException.class)
        .hasMessageEndingWith(
            "strict decoding error: duplicate field \"spec.replicas\", unknown field"
                + " \"spec.template.spec.containers[0].imagePullPolcy\"");
  }

  @Test
  void warnCollectsWarningsAndStillReturnsTheObject() {
    ManifestResult result = reader(Validation.WARN).read(TYPO_AND_DUPLICATE);
    assertThat(result.warnings())
        .containsExactly(
            "<string>: document 1 (Deployment \"nginx-deploy\"), line 7, column 3: duplicate field"
                + " \"spec.replicas\"",
            "<string>: document 1 (Deployment \"nginx-deploy\"), line 19, column 9: unknown field"
                + " \"spec.template.spec.containers[0].imagePullPolcy\"");
    Deployment d = (Deployment) result.objects().get(0);
    assertThat(d.spec().replicas()).as("the last duplicate wins").isEqualTo(3);
    assertThat(d.spec().template().spec().containers().get(0).imagePullPolicy()).isNull();
  }

  @Test
  void warnKeepsGoingAcrossDocuments() {
    ManifestResult result =
        reader(Validation.WARN)
            .read(
                TYPO_AND_DUPLICATE
                    + "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  x: 1\n");
    assertThat(result.objects()).hasSize(2);
    assertThat(result.warnings()).hasSize(3);
    assertThat(result.warnings().get(2))
        .isEqualTo(
            "<string>: document 2 (Namespace \"a\"), line 25, column 3: unknown field"
                + " \"metadata.x\"");
  }

  @Test
  void ignoreDropsUnknownAndDuplicateFieldsSilently() {
    ManifestResult result = reader(Validation.IGNORE).read(TYPO_AND_DUPLICATE);
    assertThat(result.warnings()).isEmpty();
    assertThat(((Deployment) result.objects().get(0)).spec().replicas()).isEqualTo(3);
  }

  @Test
  void typeErrorsAreErrorsInEveryMode() {
    String yaml = "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: five\n";
    for (Validation v : Validation.values()) {
      assertThatThrownBy(() -> reader(v).read(yaml))
          .as(v.name())
          .hasMessageContaining("json: cannot unmarshal string into Go struct field");
    }
  }
}
