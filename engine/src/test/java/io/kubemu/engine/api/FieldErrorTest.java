package io.kubemu.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.Kinds;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Pod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldErrorTest {
  static final FieldPath REPLICAS = FieldPath.root("spec", "replicas");

  @Test
  void pathsRenderLikeFieldPath() {
    assertThat(
            FieldPath.root("spec", "template", "spec").child("containers").index(0).child("name"))
        .hasToString("spec.template.spec.containers[0].name");
    assertThat(FieldPath.root("metadata").child("labels").key("app"))
        .hasToString("metadata.labels[app]");
    assertThat(FieldPath.root("a").key("x").index(2)).hasToString("a[x][2]");
    assertThat(FieldPath.root("spec").child("x").root()).hasToString("spec");
  }

  @Test
  void errorsFormatLikeFieldError() {
    FieldPath image = FieldPath.root("spec", "containers").index(0).child("image");
    FieldPath policy = FieldPath.root("spec", "restartPolicy");
    assertThat(
            List.of(
                FieldError.invalid(REPLICAS, -1, "must be greater than or equal to 0"),
                FieldError.invalid(REPLICAS, -1L, ""),
                FieldError.required(image, ""),
                FieldError.required(image, "must be set"),
                FieldError.notSupported(policy, "x", List.of("Always", "OnFailure", "Never")),
                FieldError.duplicate(
                    FieldPath.root("spec", "containers").index(1).child("name"), "web"),
                FieldError.forbidden(FieldPath.root("spec", "selector"), "may not be changed"),
                FieldError.notFound(FieldPath.root("spec", "x"), "y"),
                FieldError.invalid(
                    FieldPath.root("metadata", "name"), "Web_1", "a lowercase RFC 1123 subdomain"),
                FieldError.invalid(FieldPath.root("x"), null, "is null"),
                FieldError.invalid(FieldPath.root("x"), true, ""),
                FieldError.invalid(FieldPath.root("x"), 0.5, ""),
                FieldError.invalid(
                    FieldPath.root("spec", "template", "metadata", "labels"),
                    Map.of("app", "web", "a", "b\"c"),
                    "`selector` does not match template `labels`"),
                FieldError.invalid(FieldPath.root("x"), List.of("a", "b"), ""),
                FieldError.tooLong(FieldPath.root("x"), "long", 63),
                FieldError.tooMany(FieldPath.root("x"), 5, 4),
                FieldError.tooMany(FieldPath.root("x"), -1, 4)))
        .extracting(FieldError::message)
        .containsExactly(
            "spec.replicas: Invalid value: -1: must be greater than or equal to 0",
            "spec.replicas: Invalid value: -1",
            "spec.containers[0].image: Required value",
            "spec.containers[0].image: Required value: must be set",
            "spec.restartPolicy: Unsupported value: \"x\": supported values: \"Always\", \"OnFailure\", \"Never\"",
            "spec.containers[1].name: Duplicate value: \"web\"",
            "spec.selector: Forbidden: may not be changed",
            "spec.x: Not found: \"y\"",
            "metadata.name: Invalid value: \"Web_1\": a lowercase RFC 1123 subdomain",
            "x: Invalid value: null: is null",
            "x: Invalid value: true",
            "x: Invalid value: 0.5",
            "spec.template.metadata.labels: Invalid value: map[string]string{\"a\":\"b\\\"c\", \"app\":\"web\"}:"
                + " `selector` does not match template `labels`",
            "x: Invalid value: []string{\"a\", \"b\"}",
            "x: Too long: must have at most 63 bytes",
            "x: Too many: 5: must have at most 4 items",
            "x: Too many: must have at most 4 items");
  }

  @Test
  void goQuotingEscapesLikeStrconvQuote() {
    assertThat(GoFormat.quote("a\"b\\c\nd\te\u0001é☃")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\x01é☃\"");
  }

  @Test
  void invalidAggregatesOneOrManyErrors() {
    var kind = Kinds.of(Deployment.class);
    FieldError a = FieldError.invalid(REPLICAS, -1, "must be greater than or equal to 0");
    FieldError b = FieldError.required(FieldPath.root("spec", "selector"), "");
    assertThat(new ApiException.Invalid(kind, "web", List.of(a)))
        .hasMessage(
            "Deployment.apps \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than"
                + " or equal to 0");
    ApiException.Invalid two = new ApiException.Invalid(kind, "web", List.of(a, b, a));
    assertThat(two)
        .hasMessage(
            "Deployment.apps \"web\" is invalid: [spec.replicas: Invalid value: -1: must be greater"
                + " than or equal to 0, spec.selector: Required value]");
    assertThat(two.errors()).hasSize(3);
    assertThat(two.code()).isEqualTo(422);
    assertThat(two.reason()).isEqualTo("Invalid");
    assertThat(new ApiException.Invalid(Kinds.of(Pod.class), "p", List.of()))
        .hasMessage("Pod \"p\" is invalid");
  }

  @Test
  void statusErrorsUseKubernetesMessages() {
    var pods = Kinds.of(Pod.class);
    assertThat(new ApiException.NotFound(pods, "web-1")).hasMessage("pods \"web-1\" not found");
    assertThat(new ApiException.AlreadyExists(Kinds.of(Deployment.class), "web"))
        .hasMessage("deployments.apps \"web\" already exists");
    assertThat(
            new ApiException.TooManyRequests(
                    "Cannot evict pod as it would violate the pod's disruption budget.", 10)
                .code())
        .isEqualTo(429);
  }
}
