package io.kubemu.engine.api;

import static io.kubemu.engine.api.Fixtures.deployment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdmissionTest {
  final Fixtures.Server s = Fixtures.server();
  final ApiServer api = s.api();
  final List<String> calls = new ArrayList<>();

  Admission tracing(String name) {
    return new Admission() {
      @Override
      public KubernetesObject admit(AdmissionRequest r) {
        calls.add(
            name
                + ".admit "
                + r.operation()
                + " "
                + r.subresource()
                + " old="
                + (r.oldObject() != null));
        return r.object();
      }

      @Override
      public void validate(AdmissionRequest r) {
        calls.add(name + ".validate name=" + r.object().metadata().name());
      }
    };
  }

  @Test
  void everyMutatingPluginRunsBeforeAnyValidatingOne() {
    api.admission().register(Deployment.class, tracing("a")).registerForAll(tracing("b"));
    Deployment d = deployment("web", 1);

    api.create(d);

    assertThat(calls)
        .containsExactly(
            "a.admit CREATE  old=false",
            "b.admit CREATE  old=false",
            "a.validate name=web",
            "b.validate name=web");
  }

  @Test
  void updatesAndStatusWritesAreAdmittedToo() {
    Deployment d = api.create(deployment("web", 1));
    api.admission().register(Deployment.class, tracing("a"));

    d = api.update(d.withReplicas(2));
    api.updateStatus(d.withStatus(ApiServerUpdateTest.status(1)));
    api.patch(Deployment.class, null, "web", "{\"spec\":{\"replicas\":3}}");

    assertThat(calls)
        .containsExactly(
            "a.admit UPDATE  old=true",
            "a.validate name=web",
            "a.admit UPDATE status old=true",
            "a.validate name=web",
            "a.admit UPDATE  old=true",
            "a.validate name=web");
  }

  @Test
  void mutationsAreStoredAndGeneratedNamesAreSeenByValidation() {
    api.admission()
        .register(
            Deployment.class,
            new Admission() {
              @Override
              public KubernetesObject admit(AdmissionRequest r) {
                Deployment d = (Deployment) r.object();
                return d.spec().replicas() == null ? d : d.withReplicas(d.spec().replicas() + 10);
              }
            })
        .register(Deployment.class, tracing("v"));
    Deployment d = deployment("x", 1);

    Deployment out =
        api.create(d.withMetadata(d.metadata().withName(null).withGenerateName("web-")));

    assertThat(out.spec().replicas()).isEqualTo(11);
    assertThat(calls.get(1)).startsWith("v.validate name=web-");
  }

  @Test
  void aRejectionStoresNothing() {
    api.admission()
        .registerForAll(
            new Admission() {
              @Override
              public void validate(AdmissionRequest r) {
                throw new ApiException.BadRequest("no");
              }
            });
    String rv = api.resourceVersion();
    assertThatThrownBy(() -> api.create(deployment("web", 1))).hasMessage("no");
    assertThat(api.list(Deployment.class)).isEmpty();
    assertThat(api.resourceVersion()).isEqualTo(rv);
  }

  @Test
  void aPluginMustReturnTheSameKind() {
    api.admission()
        .registerForAll(
            new Admission() {
              @Override
              public KubernetesObject admit(AdmissionRequest r) {
                return Fixtures.pod("p", null);
              }
            });
    assertThatThrownBy(() -> api.create(deployment("web", 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("returned io.kubemu.model.core.Pod for a Deployment");
  }
}
