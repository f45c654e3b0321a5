package io.kubemu.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubemu.model.apps.Deployment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors name the source, document, object, line, column and field path, in Kubernetes' words. */
class ManifestErrorsTest {

  static final String NGINX =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: nginx-deploy
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: nginx
        template:
          metadata:
            labels:
              app: nginx
          spec:
            containers:
            - name: nginx
              image: nginx:1.25
              imagePullPolcy: Always
      """;

  static ManifestException readError(String yaml, String source) {
    return catchThrowableOfType(
        ManifestException.class,
        () ->
            Manifests.read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), source));
  }

  @Test
  void strictUnknownFieldNamesFileDocumentObjectLineColumnAndPath() {
    ManifestException e = readError(NGINX, "nginx.yaml");
    assertThat(e)
        .hasMessage(
            "nginx.yaml: document 1 (Deployment \"nginx-deploy\"), line 18, column 9: strict"
                + " decoding error: unknown field"
                + " \"spec.template.spec.containers[0].imagePullPolcy\"");
    assertThat(e.source()).isEqualTo("nginx.yaml");
    assertThat(e.document()).isEqualTo(1);
    assertThat(e.object()).isEqualTo("Deployment \"nginx-deploy\"");
    assertThat(e.line()).isEqualTo(18);
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.fieldPath()).isEqualTo("spec.template.spec.containers[0].imagePullPolcy");
  }

  @Test
  void stringSourceIsNamedAndLaterDocumentsAreCounted() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n" + NGINX;
    assertThatThrownBy(() -> Manifests.read(yaml))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith(
            "<string>: document 2 (Deployment \"nginx-deploy\"), line 23, column 9: strict");
  }

  @Test
  void fileSourceIsNamedByItsPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("web.yaml");
    Files.writeString(file, NGINX);
    assertThatThrownBy(() -> Manifests.read(file))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith(file + ": document 1 (Deployment \"nginx-deploy\"), line 18");
  }

  @Test
  void allStrictProblemsAreListedInDocumentOrder() {
    String yaml =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          name: web2
          unknownMeta: x
        spec:
          unknown1: val1
          paused: true
          paused: false
          selector:
            matchLabels:
              app: nginx
          template:
            spec:
              containers:
              - name: nginx
                image: nginx
                unknownNested: val1
                imagePullPolicy: Always
                imagePullPolicy: Never
        """;
    // upstream test/integration/apiserver/field_validation_test.go, post-strict-validation
    assertThat(readError(yaml, "web.yaml"))
        .hasMessage(
            "web.yaml: document 1 (Deployment \"web2\"), line 5, column 3: strict decoding error:"
                + " duplicate field \"metadata.name\", unknown field \"metadata.unknownMeta\","
                + " unknown field \"spec.unknown1\", duplicate field \"spec.paused\", unknown field"
                + " \"spec.template.spec.containers[0].unknownNested\", duplicate field"
                + " \"spec.template.spec.containers[0].imagePullPolicy\"");
  }

  @Test
  void aFieldBothUnknownAndRepeatedIsReportedOnceAsUnknown() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\nfoo: 1\nfoo: 2\n";
    assertThatThrownBy(() -> Manifests.read(yaml))
        .hasMessageEndingWith("strict decoding error: unknown field \"foo\"");
  }

  @Test
  void duplicateKeyIsAnErrorWithTheRepeatedKeysPosition() {
    String yaml =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          replicas: 3
          selector:
            matchLabels:
              app: web
        """;
    ManifestException e = readError(yaml, "web.yaml");
    assertThat(e)
        .hasMessage(
            "web.yaml: document 1 (Deployment \"web\"), line 7, column 3: strict decoding error:"
                + " duplicate field \"spec.replicas\"");
    assertThat(e.fieldPath()).isEqualTo("spec.replicas");
  }

  @Test
  void wrongTypeIsReportedAsGoDoes() {
    String yaml =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: five
        """;
    ManifestException e = readError(yaml, "web.yaml");
    assertThat(e)
        .hasMessage(
            "web.yaml: document 1 (Deployment \"web\"), line 6, column 3: json: cannot unmarshal"
                + " string into Go struct field DeploymentSpec.spec.replicas of type int32");
    assertThat(e.fieldPath()).isEqualTo("spec.replicas");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'spec:\\n  replicas: \"5\"'                     | json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32
          'spec:\\n  replicas: 5.5'                       | json: cannot unmarshal number 5.5 into Go struct field DeploymentSpec.spec.replicas of type int32
          'spec:\\n  replicas: 99999999999'               | json: cannot unmarshal number 99999999999 into Go struct field DeploymentSpec.spec.replicas of type int32
          'spec:\\n  paused: \"true\"'                    | json: cannot unmarshal string into Go struct field DeploymentSpec.spec.paused of type bool
          'spec:\\n  paused: 1'                           | json: cannot unmarshal number into Go struct field DeploymentSpec.spec.paused of type bool
          'spec: 5'                                      | json: cannot unmarshal number into Go struct field Deployment.spec of type v1.DeploymentSpec
          'metadata:\\n  labels:\\n    ssd: true'       | json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string
          'metadata:\\n  labels: [a]'                    | json: cannot unmarshal array into Go struct field ObjectMeta.metadata.labels of type map[string]string
          'spec:\\n  template:\\n    spec:\\n      containers:\\n      - name: 5' | json: cannot unmarshal number into Go struct field Container.spec.template.spec.containers.name of type string
          'spec:\\n  template:\\n    spec:\\n      containers: {}' | json: cannot unmarshal object into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container
          'spec:\\n  strategy:\\n    rollingUpdate:\\n      maxSurge: 1.5' | json: cannot unmarshal number 1.5 into Go value of type int32
          """)
  void typeErrorsMirrorGoEncodingJson(String body, String detail) {
    String yaml = "apiVersion: apps/v1\nkind: Deployment\n" + body.replace("\\n", "\n") + "\n";
    ManifestException e = catchThrowableOfType(ManifestException.class, () -> Manifests.read(yaml));
    assertThat(e).isNotNull();
    assertThat(e.detail()).isEqualTo(detail);
    assertThat(e.line()).isPositive();
  }

  @Test
  void badQuantityNamesTheFieldAndUsesQuantitysMessage() {
    String yaml =
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - name: c
            image: busybox
            resources:
              limits:
                cpu: lots
        """;
    ManifestException e = readError(yaml, "pod.yaml");
    assertThat(e.line()).isEqualTo(11);
    assertThat(e.fieldPath()).isEqualTo("spec.containers[0].resources.limits.cpu");
    assertThat(e.detail())
        .startsWith("spec.containers[0].resources.limits.cpu: quantities must match");
  }

  @Test
  void malformedYamlGivesTheParsersProblemAndPosition() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n labels: x\n";
    ManifestException e = readError(yaml, "bad.yaml");
    assertThat(e.getMessage()).startsWith("bad.yaml: document 1 (Pod \"p\"), line 5, column ");
    assertThat(e.detail()).startsWith("yaml: ");
    assertThat(e.line()).isEqualTo(5);
  }

  @Test
  void notYamlAtAll() {
    ManifestException e = readError("this is: not: yaml\n", "notes.txt");
    assertThat(e)
        .hasMessageStartingWith(
            "notes.txt: document 1, line 1, column 13: yaml: mapping values are not allowed here");
  }

  @Test
  void plainTextIsAStringDocumentNotAnObject() {
    assertThatThrownBy(() -> Manifests.read("hello world\n"))
        .hasMessage(
            "<string>: document 1, line 1, column 1: json: cannot unmarshal string into Go value"
                + " of type struct { APIVersion string \"json:\\\"apiVersion,omitempty\\\"\";"
                + " Kind string \"json:\\\"kind,omitempty\\\"\" }");
  }

  @Test
  void missingKindAndApiVersionInKubernetesWords() {
    assertThatThrownBy(() -> Manifests.read("apiVersion: v1\nmetadata:\n  name: x\n"))
        .hasMessage(
            "<string>: document 1, line 1, column 1: Object 'Kind' is missing in"
                + " '{\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"x\"}}'");
    assertThatThrownBy(() -> Manifests.read("kind: Pod\nmetadata:\n  name: x\n"))
        .hasMessage(
            "<string>: document 1 (Pod \"x\"), line 1, column 1: Object 'apiVersion' is missing in"
                + " '{\"kind\":\"Pod\",\"metadata\":{\"name\":\"x\"}}'");
  }

  @Test
  void unknownKindOrVersionInKubernetesWords() {
    assertThatThrownBy(() -> Manifests.read("apiVersion: bar/v1\nkind: Foo\n"))
        .hasMessage(
            "<string>: document 1 (Foo), line 1, column 1: no matches for kind \"Foo\" in version"
                + " \"bar/v1\"");
    assertThatThrownBy(() -> Manifests.read("apiVersion: apps/v2\nkind: Deployment\n"))
        .hasMessageEndingWith("no matches for kind \"Deployment\" in version \"apps/v2\"");
  }

  @Test
  void kindOfTheWrongTypeIsAGoTypeError() {
    assertThatThrownBy(() -> Manifests.read("apiVersion: v1\nkind: 5\n"))
        .hasMessage(
            "<string>: document 1, line 2, column 1: json: cannot unmarshal number into Go struct"
                + " field .kind of type string");
  }

  @Test
  void readOneChecksCountAndType() {
    assertThatThrownBy(() -> Manifests.readOne("", Deployment.class))
        .hasMessage("<string>: expected one Deployment, found 0 objects");
    assertThatThrownBy(
            () ->
                Manifests.readOne(
                    "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n", Deployment.class))
        .hasMessage("<string>: document 1 (Pod \"p\"): expected a Deployment, found a Pod");
  }

  @Test
  void missingResourceAndFile(@TempDir Path dir) {
    assertThatThrownBy(() -> Manifests.readResource("seed/manifests/nope.yaml"))
        .hasMessage("seed/manifests/nope.yaml: classpath resource not found");
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> Manifests.read(missing))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith(missing + ": cannot read: ");
  }

  @Test
  void jsonErrorsHaveLinesToo() {
    String json =
        """
        {
          "apiVersion": "v1",
          "kind": "Namespace",
          "metadata": {"name": "a"},
          "spec": {"finalizers": ["kubernetes"], "bogus": 1}
        }
        """;
    assertThatThrownBy(() -> Manifests.read(json))
        .hasMessage(
            "<string>: document 1 (Namespace \"a\"), line 5, column 42: strict decoding error:"
                + " unknown field \"spec.bogus\"");
    assertThatThrownBy(() -> Manifests.read("{\"apiVersion\": \"v1\",\n \"kind\": }"))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith("<string>: document 1, line 2, column 10: json: ");
  }
}
