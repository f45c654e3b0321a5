package io.kubemu.engine.api;

import static io.kubemu.engine.api.Fixtures.deployment;
import static io.kubemu.engine.api.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyTest {
  final Fixtures.Server s = Fixtures.server();
  final ApiServer api = s.api();

  @Test
  void applyCreatesThenConfiguresThenReportsUnchanged() {
    ApplyResult<Deployment> created = api.apply(deployment("web", 1));
    ApplyResult<Deployment> configured = api.apply(deployment("web", 3));
    ApplyResult<Deployment> unchanged = api.apply(deployment("web", 3));

    assertThat(created.message()).isEqualTo("deployment.apps/web created");
    assertThat(configured.message()).isEqualTo("deployment.apps/web configured");
    assertThat(unchanged.message()).isEqualTo("deployment.apps/web unchanged");
    assertThat(configured.object().spec().replicas()).isEqualTo(3);
    assertThat(unchanged.object()).isEqualTo(configured.object());
    assertThat(s.timeline().ofKind(Deployment.class))
        .extracting(e -> e.verb().text())
        .containsExactly("create", "patch");
  }

  @Test
  void theLastAppliedConfigurationIsRecordedAsKubectlDoes() {
    Deployment d = api.apply(deployment("web", 1)).object();
    assertThat(d.metadata().annotation(Applier.LAST_APPLIED))
        .isEqualTo(
            "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"annotations\":{},"
                + "\"labels\":{\"app\":\"web\"},\"name\":\"web\",\"namespace\":\"default\"},"
                + "\"spec\":{\"replicas\":1,\"selector\":{\"matchLabels\":{\"app\":\"web\"}},"
                + "\"template\":{\"metadata\":{\"labels\":{\"app\":\"web\"}},\"spec\":{\"containers\":"
                + "[{\"image\":\"nginx:1.25\",\"name\":\"web\"}]}}}}\n");
  }

  @Test
  void applyKeepsWhatOthersSetAndRemovesWhatTheUserDropped() {
    Deployment v1 = deployment("web", 1);
    v1 = v1.withMetadata(v1.metadata().withLabel("tier", "front"));
    Deployment stored = api.apply(v1).object();
    // a controller sets an annotation and status
    stored =
        api.update(
            stored.withMetadata(
                stored.metadata().withAnnotation("deployment.kubernetes.io/revision", "1")));
    api.updateStatus(stored.withStatus(ApiServerUpdateTest.status(1)));

    Deployment v2 = deployment("web", 2); // tier label dropped
    Deployment out = api.apply(v2).object();

    assertThat(out.metadata().labels()).containsOnlyKeys("app");
    assertThat(out.metadata().annotations()).containsKey("deployment.kubernetes.io/revision");
    assertThat(out.status()).isEqualTo(ApiServerUpdateTest.status(1));
    assertThat(out.spec().replicas()).isEqualTo(2);
  }

  @Test
  void applyKeepsServerSetSpecFieldsSuchAsTheNode() {
    api.apply(pod("p", null));
    api.update(api.get(Pod.class, null, "p").withNodeName("n1")); // the scheduler binds it

    ApplyResult<Pod> again = api.apply(pod("p", null));

    assertThat(again.outcome()).isEqualTo(ApplyResult.Outcome.UNCHANGED);
    assertThat(again.object().spec().nodeName()).isEqualTo("n1");
  }

  /** Rejects any Deployment whose replicas are negative, as validation would. */
  static final class RejectNegativeReplicas implements Admission {
    @Override
    public void validate(AdmissionRequest request) {
      Deployment d = (Deployment) request.object();
      if (d.spec().replicas() < 0) {
        throw new ApiException.Invalid(
            request.kind(),
            d.metadata().name(),
            List.of(
                FieldError.invalid(
                    FieldPath.root("spec", "replicas"),
                    d.spec().replicas(),
                    "must be greater than or equal to 0")));
      }
    }
  }

  @Test
  void applyAllStoresNothingWhenOneObjectIsInvalid() {
    api.admission().register(Deployment.class, new RejectNegativeReplicas());
    List<String> watched = new ArrayList<>();
    api.watch(Deployment.class, api.resourceVersion(), e -> watched.add(e.type().name()));
    String rv = api.resourceVersion();
    int entries = s.timeline().size();
    List<KubernetesObject> docs =
        Manifests.read(
            """
            apiVersion: v1
            kind: Namespace
            metadata: {name: app}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: good, namespace: app}
            spec:
              replicas: 1
              selector: {matchLabels: {app: good}}
              template:
                metadata: {labels: {app: good}}
                spec: {containers: [{name: c, image: nginx}]}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: bad, namespace: app}
            spec:
              replicas: -1
              selector: {matchLabels: {app: bad}}
              template:
                metadata: {labels: {app: bad}}
                spec: {containers: [{name: c, image: nginx}]}
            """);

    assertThatThrownBy(() -> api.applyAll(docs))
        .isInstanceOf(ApiException.Invalid.class)
        .hasMessage(
            "Deployment.apps \"bad\" is invalid: spec.replicas: Invalid value: -1: must be greater"
                + " than or equal to 0");

    s.loop().runDue();
    assertThat(api.find(Namespace.class, null, "app")).isEmpty();
    assertThat(api.list(Deployment.class)).isEmpty();
    assertThat(api.resourceVersion()).isEqualTo(rv);
    assertThat(s.timeline().size()).isEqualTo(entries);
    assertThat(watched).isEmpty();

    List<ApplyResult<KubernetesObject>> ok = api.applyAll(docs.subList(0, 2));
    assertThat(ok)
        .extracting(ApplyResult::message)
        .containsExactly("namespace/app created", "deployment.apps/good created");
  }
}
